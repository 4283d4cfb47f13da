using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared.Forms;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Detail;

public partial class ReportActions
{
    private int? agency;
    private string? note;

    [Parameter, EditorRequired]
    public CitizenReport Report { get; set; } = default!;

    [Parameter, EditorRequired]
    public ProvinceReportSetup Setup { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private ReportWorkflowService Workflow { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private async Task RunAsync(ReportAction action)
    {
        var error = await Workflow.ApplyAsync(Report.Id, new WorkRequest(action, note, agency), Actor);
        await DoneAsync(error, T("บันทึกแล้ว", "Saved"));
    }

    private async Task NoteAsync() => await DoneAsync(await Workflow.AddNoteAsync(Report.Id, note, Actor), T("บันทึกภายในแล้ว", "Internal note saved"));

    private async Task DoneAsync(FieldError? error, string success)
    {
        if (error is not null)
        {
            Snackbar.Refused(T(error.Thai, error.English));
            return;
        }

        Snackbar.Done(success);
        note = null;
        await OnChanged.InvokeAsync();
    }
}
