using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Budget;

/// <summary>The project list's grid: it asks <see cref="Load"/> for each page and sort, and starts again when the filter changes.</summary>
public partial class ProjectsGrid
{
    public const int PageSize = 25;

    private MudDataGrid<ProjectRow>? grid;
    private ProjectFilter? shown;

    [Parameter, EditorRequired]
    public ProjectFilter Filter { get; set; } = default!;

    /// <summary>One page of the projects under a filter.</summary>
    [Parameter, EditorRequired]
    public Func<ProjectFilter, PageRequest, CancellationToken, Task<Paged<ProjectRow>>> Load { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (shown is not null && shown != Filter)
        {
            await grid.RestartAsync();
        }
    }

    private async Task<GridData<ProjectRow>> LoadAsync(GridState<ProjectRow> state, CancellationToken cancellationToken)
    {
        shown = Filter;
        return GridPages.DataOf(await Load(Filter, GridPages.RequestOf(state), cancellationToken));
    }
}
