using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace OpsCenter.Web.Shared;

/// <summary>Sorts the enclosing <see cref="MudDataGrid{TItem}"/> by one of its sortable columns, for screens where its header is hidden.</summary>
public partial class GridSortPicker<TItem>
{
    private const string Ascending = " asc";
    private const string Descending = " desc";

    [CascadingParameter]
    public MudDataGrid<TItem>? DataGrid { get; set; }

    private IReadOnlyList<(string Name, string Title)> Options =>
        DataGrid?.RenderedColumns.Where(c => c.Sortable != false && c.PropertyName is { Length: > 0 }).Select(c => (c.PropertyName!, c.Title ?? c.PropertyName!)).ToList() ?? [];

    private string? Current => DataGrid?.SortDefinitions.Values.OrderBy(s => s.Index).Select(s => s.SortBy + (s.Descending ? Descending : Ascending)).FirstOrDefault();

    protected override void OnAfterRender(bool firstRender)
    {
        // The grid's columns register while the grid renders, after this picker first asked for them.
        if (firstRender)
        {
            StateHasChanged();
        }
    }

    private Task ChangeAsync(ChangeEventArgs e)
    {
        if (DataGrid is null || e.Value is not string value)
        {
            return Task.CompletedTask;
        }

        var descending = value.EndsWith(Descending, StringComparison.Ordinal);
        var name = value[..^(descending ? Descending.Length : Ascending.Length)];
        return DataGrid.SetSortAsync(name, descending ? SortDirection.Descending : SortDirection.Ascending, _ => name);
    }
}
