using MudBlazor;
using OpsCenter.Domain.Common;

namespace OpsCenter.Web.Shared;

/// <summary>
/// Between a <see cref="MudDataGrid{T}"/> asking for server data and a domain query: the grid's page and sorted column
/// become a <see cref="PageRequest"/>, the query's <see cref="Paged{T}"/> the grid's data. A column's sort name is the
/// grid column's property name, which the queries name their sortable columns after.
/// </summary>
public static class GridPages
{
    public static readonly int[] SizeOptions = [10, 25, 50, 100];

    public static PageRequest RequestOf<T>(GridState<T> state)
    {
        var sort = state.SortDefinitions.OrderBy(s => s.Index).FirstOrDefault();
        return new PageRequest(state.Page * state.PageSize, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }

    /// <summary>Reads the first page again, as new filters or a change to the rows require; a reload alone keeps the page the user was on.</summary>
    public static async Task RestartAsync<T>(this MudDataGrid<T>? grid)
    {
        if (grid is null)
        {
            return;
        }

        if (grid.CurrentPage == 0)
        {
            await grid.ReloadServerData();
        }
        else
        {
            // Turning the page reads it: the grid loads server data whenever its current page changes.
            grid.NavigateTo(Page.First);
        }
    }

    public static GridData<T> DataOf<T>(Paged<T> page) => new() { Items = page.Rows, TotalItems = page.Total };

    public static string RowsPerPage => Bilingual.T("แถวต่อหน้า", "Rows per page");

    public static string Info => Bilingual.T("{first_item}–{last_item} จาก {all_items}", "{first_item}–{last_item} of {all_items}");
}
