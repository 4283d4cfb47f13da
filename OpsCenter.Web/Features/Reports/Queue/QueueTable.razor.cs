using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Web.Shared;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Queue;

/// <summary>The queue's grid: it asks its page of the database through <see cref="Load"/>, sorted by the header the user clicked.</summary>
public partial class QueueTable
{
    public const int PageSize = 50;

    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<QueueRow>? grid;
    private IReadOnlyList<QueueRow> rows = [];

    /// <summary>One page of the filtered queue.</summary>
    [Parameter, EditorRequired]
    public Func<PageRequest, CancellationToken, Task<Paged<QueueRow>>> Load { get; set; } = default!;

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
    public Task ReloadAsync() => grid.RestartAsync();

    private async Task<GridData<QueueRow>> LoadAsync(GridState<QueueRow> state, CancellationToken cancellationToken)
    {
        var page = await Load(GridPages.RequestOf(state), cancellationToken);
        rows = page.Rows;
        return GridPages.DataOf(page);
    }

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
