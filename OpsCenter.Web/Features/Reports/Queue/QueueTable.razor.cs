using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Queue;

public partial class QueueTable
{
    [Parameter, EditorRequired]
    public IReadOnlyList<QueueRow> Rows { get; set; } = [];

    [Parameter, EditorRequired]
    public ProvinceReportSetup Setup { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyDictionary<string, ReportCategory> Categories { get; set; } = default!;

    [Parameter, EditorRequired]
    public HashSet<long> Selected { get; set; } = default!;

    [Parameter]
    public QueueSort Sort { get; set; }

    [Parameter]
    public bool Descending { get; set; }

    [Parameter]
    public DateTime Now { get; set; }

    [Parameter]
    public EventCallback<QueueSort> OnSort { get; set; }

    [Parameter]
    public EventCallback OnSelectionChanged { get; set; }

    private bool AllSelected => Rows.Count > 0 && Rows.All(r => Selected.Contains(r.Id));

    private string Arrow(QueueSort column) => column != Sort ? "" : Descending ? " ▼" : " ▲";

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
        foreach (var row in Rows)
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
