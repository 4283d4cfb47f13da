using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Common;

namespace OpsCenter.Web.Shared;

/// <summary>
/// A server-paged grid under a page's filter: it asks <see cref="Load"/> for each page and sort, and starts again from
/// the first page when the filter changes.
/// </summary>
public abstract class FilteredGrid<TRow, TFilter> : ComponentBase
    where TFilter : class
{
    protected const int PageSize = PageRequest.DefaultSize;

    private TFilter? shown;

    protected MudDataGrid<TRow>? Grid { get; set; }

    [Parameter, EditorRequired]
    public TFilter Filter { get; set; } = default!;

    /// <summary>One page of the rows under a filter.</summary>
    [Parameter, EditorRequired]
    public Func<TFilter, PageRequest, CancellationToken, Task<Paged<TRow>>> Load { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (shown is not null && !shown.Equals(Filter))
        {
            await Grid.RestartAsync();
        }
    }

    protected async Task<GridData<TRow>> LoadAsync(GridState<TRow> state, CancellationToken cancellationToken)
    {
        shown = Filter;
        return GridPages.DataOf(await Load(Filter, GridPages.RequestOf(state), cancellationToken));
    }
}
