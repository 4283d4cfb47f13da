using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Queue;

/// <summary>The queue's table: it asks its page of the database through <see cref="Load"/>, sorted by the header the user clicked.</summary>
public partial class QueueTable
{
    public const int PageSize = 50;

    private static readonly int[] PageSizes = [25, 50, 100];

    private MudTable<QueueRow>? table;
    private IReadOnlyList<QueueRow> rows = [];
    private QueueSort sort = QueueSort.ReceivedAt;
    private bool descending = true;

    /// <summary>One page of the filtered queue: skip, take, sort column, descending.</summary>
    [Parameter, EditorRequired]
    public Func<int, int, QueueSort, bool, CancellationToken, Task<QueueSlice>> Load { get; set; } = default!;

    [Parameter, EditorRequired]
    public ProvinceReportSetup Setup { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyDictionary<string, ReportCategory> Categories { get; set; } = default!;

    [Parameter, EditorRequired]
    public HashSet<long> Selected { get; set; } = default!;

    [Parameter]
    public DateTime Now { get; set; }

    [Parameter]
    public EventCallback OnSelectionChanged { get; set; }

    /// <summary>Back to the first page with the current filters (after a filter changed or a bulk action).</summary>
    public Task ReloadAsync() => table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<TableData<QueueRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var slice = await Load(state.Page * state.PageSize, state.PageSize, sort, descending, cancellationToken);
        rows = slice.Rows;
        return new TableData<QueueRow> { Items = slice.Rows, TotalItems = slice.Total };
    }

    /// <summary>A new column starts newest or most-reported first for dates received and counts, earliest or A–Z otherwise.</summary>
    private Task SortAsync(QueueSort column)
    {
        descending = column == sort ? !descending : column is QueueSort.ReceivedAt or QueueSort.ReporterCount;
        sort = column;
        return ReloadAsync();
    }

    private string Direction(QueueSort column) => column != sort ? "none" : descending ? "descending" : "ascending";

    private RenderFragment Arrow(QueueSort column) => column != sort
        ? _ => { }
        : builder =>
        {
            builder.OpenComponent<MudIcon>(0);
            builder.AddComponentParameter(1, nameof(MudIcon.Icon), descending ? Icons.Material.Filled.ArrowDownward : Icons.Material.Filled.ArrowUpward);
            builder.AddComponentParameter(2, nameof(MudIcon.Size), Size.Small);
            builder.AddComponentParameter(3, nameof(MudIcon.Class), "ops-inline-icon");
            builder.CloseComponent();
        };

    private bool IsOverdue(QueueRow row) => ReportSla.IsOverdue(row.Status, row.DueAt, Now);

    private bool AllSelected => rows.Count > 0 && rows.All(r => Selected.Contains(r.Id));

    private string CategoryName(string code) => Categories.TryGetValue(code, out var c) ? T(c.NameTh, c.NameEn) : code;

    private string AreaName(string? code) => Setup.Area(code) is { } a ? T(a.NameTh, a.NameEn) : "-";

    private static string EscalationText(EscalationLevel level) => level switch
    {
        EscalationLevel.DeputyGovernor => T("ถึงรองผู้ว่าฯ", "To deputy governor"),
        EscalationLevel.ImportedBacklog => T("เรื่องค้างเก่าที่นำเข้า", "Imported backlog"),
        _ => T("เกินกำหนด · ถึงนายอำเภอ", "Overdue · to district chief"),
    };

    private Task Toggle(long id, ChangeEventArgs e)
    {
        if (e.Value is true)
        {
            Selected.Add(id);
        }
        else
        {
            Selected.Remove(id);
        }

        return OnSelectionChanged.InvokeAsync();
    }

    private Task ToggleAll(ChangeEventArgs e)
    {
        foreach (var row in rows)
        {
            if (e.Value is true)
            {
                Selected.Add(row.Id);
            }
            else
            {
                Selected.Remove(row.Id);
            }
        }

        return OnSelectionChanged.InvokeAsync();
    }
}
