using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Web.Features.Kpis;

/// <summary>An owner's monthly entry with evidence; the same service the HTTP API calls.</summary>
public sealed partial class KpiEntryForm
{
    private int agencyId;
    private string period = "";
    private double? value;
    private string? evidenceNote;
    private string? evidenceUrl;
    private bool saving;
    private bool saved;
    private List<DateTime> months = [];
    private IReadOnlyList<FieldError> errors = [];

    [Parameter, EditorRequired]
    public Kpi Kpi { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<KpiOwnerView> Owners { get; set; } = [];

    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Inject]
    private KpiMeasurementService Measurements { get; set; } = default!;

    [Inject]
    private KpiBoardQuery Board { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override void OnParametersSet()
    {
        var reporting = Board.ReportingPeriod();
        months = Enumerable.Range(-1, 13).Select(i => KpiPeriods.Shift(reporting, -i)).ToList();
        if (period.Length == 0)
        {
            period = reporting.ToString("O");
        }

        if (Owners.All(o => o.Owner.AgencyId != agencyId))
        {
            agencyId = Owners[0].Owner.AgencyId;
        }
    }

    private async Task SaveAsync()
    {
        saving = true;
        saved = false;
        var user = (await AuthenticationState).User;
        var local = ThaiCalendar.ToBangkok(DateTime.Parse(period, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        var editor = user.ToActor();
        var result = await Measurements.RecordAsync(new KpiEntry(Kpi.Id, agencyId, local.Year, local.Month, value, evidenceNote, evidenceUrl), editor);
        errors = result.Errors;
        saving = false;
        if (result.Outcome == KpiEntryOutcome.Saved)
        {
            saved = true;
            value = null;
            evidenceNote = null;
            evidenceUrl = null;
            await OnSaved.InvokeAsync();
        }
    }
}
