using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Web.Shared.Forms;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Warehouse;

/// <summary>
/// A steward defines an indicator through the same service as the API: the service's pure rules show as the form is
/// filled, and what only the data can answer (a column the latest version lacks) shows under its field after a submit.
/// </summary>
public sealed partial class IndicatorForm
{
    private static readonly Measure[] Measures = [Measure.Count, Measure.Sum, Measure.Average];

    private EditContext editContext = default!;
    private IReadOnlyList<FieldError> errors = [];
    private bool saving;
    private IndicatorFormInput input = new();

    [Parameter, EditorRequired]
    public IndicatorChoices Choices { get; set; } = default!;

    /// <summary>What the form starts with; a page may hand in one already filled.</summary>
    [Parameter]
    public IndicatorFormInput? Initial { get; set; }

    [Parameter]
    public EventCallback OnDefined { get; set; }

    [Inject]
    private IndicatorService Indicators { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<WarehouseColumn> Columns => Choices.Datasets.FirstOrDefault(d => d.Slug == input.Dataset)?.Columns ?? [];

    protected override void OnInitialized()
    {
        input = Initial ?? new IndicatorFormInput();
        editContext = new EditContext(input);
    }

    private IEnumerable<FieldError> Rules() => IndicatorRules.Check(input.ToInput());

    private async Task DefineAsync()
    {
        saving = true;
        var result = await Indicators.DefineAsync(input.ToInput(), (await AuthenticationState).User.ToActor());
        saving = false;
        errors = result.Errors;
        if (result.Succeeded)
        {
            Snackbar.Done(T($"กำหนดตัวชี้วัด \"{input.NameTh}\" และวัดจากข้อมูลแล้ว", $"Defined \"{input.NameTh}\" and measured it from the data"));
            input = new IndicatorFormInput();
            editContext = new EditContext(input);
            await OnDefined.InvokeAsync();
        }
        else
        {
            Snackbar.Refused(T("ยังไม่ได้บันทึก กรุณาแก้ไขช่องที่มีข้อความสีแดง", "Not saved; please correct the fields marked in red"));
        }
    }

    internal static string MeasureName(Measure measure) => measure switch
    {
        Measure.Sum => T("ผลรวม", "Sum"),
        Measure.Average => T("ค่าเฉลี่ย", "Average"),
        Measure.RatePerThousand => T("อัตราต่อประชากร 1,000 คน", "Rate per 1,000 residents"),
        _ => T("จำนวนแถว", "Count of rows"),
    };

    internal static string LevelName(AreaLevel level) => level switch
    {
        AreaLevel.Province => T("จังหวัด", "Province"),
        AreaLevel.District => T("อำเภอ", "District"),
        _ => T("ตำบล", "Subdistrict"),
    };
}
