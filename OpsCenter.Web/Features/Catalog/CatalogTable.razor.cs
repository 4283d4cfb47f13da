using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>The catalog's grid: it asks <see cref="Load"/> for each page and sort, and starts again when the filter changes.</summary>
public partial class CatalogTable
{
    public const int PageSize = 25;

    private MudDataGrid<CatalogRow>? grid;
    private CatalogFilter? shown;

    [Parameter, EditorRequired]
    public CatalogFilter Filter { get; set; } = default!;

    /// <summary>One page of the catalog under a filter.</summary>
    [Parameter, EditorRequired]
    public Func<CatalogFilter, PageRequest, CancellationToken, Task<Paged<CatalogRow>>> Load { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (shown is not null && shown != Filter)
        {
            await grid.RestartAsync();
        }
    }

    private async Task<GridData<CatalogRow>> LoadAsync(GridState<CatalogRow> state, CancellationToken cancellationToken)
    {
        shown = Filter;
        return GridPages.DataOf(await Load(Filter, GridPages.RequestOf(state), cancellationToken));
    }
}
