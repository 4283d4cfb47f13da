using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared.Forms;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Kpis;

/// <summary>
/// An owner's monthly entry with evidence; the same service the HTTP API calls. Its pure rules run as the owner types,
/// so a missing piece of evidence shows before anything is sent.
/// </summary>
public sealed partial class KpiEntryForm
{
    private KpiEntryInput input = new();
    private EditContext editContext = default!;
    private bool saving;
    private List<DateTime> months = [];
    private List<AgencyName> agencies = [];
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

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override void OnInitialized() => editContext = new EditContext(input);

    protected override void OnParametersSet()
    {
        var reporting = Board.ReportingPeriod();
        months = Enumerable.Range(-1, 13).Select(i => KpiPeriods.Shift(reporting, -i)).ToList();
        agencies = Owners.Select(o => new AgencyName(o.Agency.Id, o.Agency.Code, o.Agency.NameTh, o.Agency.NameEn, o.Agency.Kind)).ToList();
        if (input.Period == default)
        {
            input.Period = reporting;
        }

        if (Owners.All(o => o.Owner.AgencyId != input.AgencyId))
        {
            input.AgencyId = Owners.Count == 1 ? Owners[0].Owner.AgencyId : null;
        }
    }

    private KpiEntry Entry()
    {
        var local = ThaiCalendar.ToBangkok(input.Period);
        return new KpiEntry(Kpi.Id, input.AgencyId ?? 0, local.Year, local.Month, input.Value, input.EvidenceNote, input.EvidenceUrl);
    }

    /// <summary>The measurement service's own pure check; with no agency chosen yet there is nothing to check it against.</summary>
    private IEnumerable<FieldError> Rules() =>
        Owners.FirstOrDefault(o => o.Owner.AgencyId == input.AgencyId) is { } owner
            ? KpiMeasurementService.Validate(Entry(), Kpi, owner.Owner, Clock.GetUtcNow().UtcDateTime)
            : [new FieldError("agencyId", "กรุณาเลือกหน่วยงาน", "Choose an agency")];

    private async Task SaveAsync()
    {
        saving = true;
        var editor = (await AuthenticationState).User.ToActor();
        var result = await Measurements.RecordAsync(Entry(), editor);
        errors = result.Errors;
        saving = false;
        if (result.Outcome == KpiEntryOutcome.Saved)
        {
            Snackbar.Done(T($"บันทึกค่าเดือน {KpiPeriods.Label(input.Period, true)} แล้ว", $"Saved the value for {KpiPeriods.Label(input.Period, false)}"));
            input = new KpiEntryInput { AgencyId = input.AgencyId, Period = input.Period };
            editContext = new EditContext(input);
            await OnSaved.InvokeAsync();
        }
        else
        {
            Snackbar.Refused(T("ยังไม่ได้บันทึก กรุณาแก้ไขช่องที่มีข้อความสีแดง", "Not saved; please correct the fields marked in red"));
        }
    }
}
