using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Intake;

/// <summary>
/// The citizen's report form: the intake service's own first check runs as they type (<see cref="SubmissionRules"/>), and
/// whatever the service refuses later (a pin outside the province, an unknown district) shows beside the same field.
/// </summary>
public partial class ReportFormView
{
    private EditContext editContext = default!;
    private ReportForm? shown;
    private IReadOnlyList<FieldError>? answered;
    private string? correct;

    [Parameter, EditorRequired]
    public ReportForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public ProvinceReportSetup Setup { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<ReportCategory> Categories { get; set; } = [];

    /// <summary>The intake service's answer to the last submit.</summary>
    [Parameter]
    public IReadOnlyList<FieldError> Errors { get; set; } = [];

    /// <summary>A refusal of the whole form (too many reports, a reused form) rather than of a field.</summary>
    [Parameter]
    public string? Problem { get; set; }

    [Parameter]
    public bool Submitting { get; set; }

    /// <summary>Called when the form passes its own checks; the page sends it to the intake service.</summary>
    [Parameter]
    public EventCallback OnSubmit { get; set; }

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(shown, Form))
        {
            shown = Form;
            editContext = new EditContext(Form);
            correct = null;
        }

        if (!ReferenceEquals(answered, Errors))
        {
            answered = Errors;
            correct = Errors.Count > 0 ? CorrectTheFields() : null;
        }
    }

    private IEnumerable<FieldError> Rules() => SubmissionRules.Validate(Form.ToSubmission());

    private async Task SubmitAsync()
    {
        correct = null;
        await OnSubmit.InvokeAsync();
    }

    private void AskForCorrections() => correct = CorrectTheFields();

    private static string CorrectTheFields() => T("กรุณาแก้ไขช่องที่มีข้อความสีแดง", "Please correct the fields marked in red");
}
