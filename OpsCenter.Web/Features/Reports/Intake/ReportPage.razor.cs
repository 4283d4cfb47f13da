using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;
using OpsCenter.Web.Features.Reports.Api;
using OpsCenter.Web.Shared;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Intake;

/// <summary>The public form: the same intake service as the JSON API and Open311, the same rate limit, the same idempotency.</summary>
public partial class ReportPage
{
    private ReportForm form = new();
    private ProvinceReportSetup? setup;
    private IReadOnlyList<ReportCategory> categories = [];
    private IReadOnlyList<FieldError> errors = [];
    private ReportReceipt? receipt;
    private string? problem;
    private bool submitting;
    private string clientKey = "circuit";

    [Inject]
    private ReportIntakeService Intake { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private IntakeRateLimiter Limiter { get; set; } = default!;

    [Inject]
    private IHttpContextAccessor HttpContextAccessor { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {

        if (HttpContextAccessor.HttpContext is { } http)
        {
            clientKey = IntakeRateLimiter.ClientKey(http);
        }

        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        setup = await Reference.ProvinceAsync(await CurrentProvince.CodeForAsync(user));
        categories = (await Reference.CategoriesAsync()).Values.OrderBy(c => c.Code == "other").ThenBy(c => c.NameTh, StringComparer.Ordinal).ToList();
    }

    private async Task SubmitAsync()
    {
        if (submitting)
        {
            return;
        }

        problem = null;
        if (Limiter.TryAcquire(clientKey) is { } wait)
        {
            problem = T($"ส่งเรื่องถี่เกินไป กรุณารอ {Math.Ceiling(wait.TotalSeconds)} วินาทีแล้วลองใหม่", $"Too many reports; wait {Math.Ceiling(wait.TotalSeconds)} seconds and try again");
            return;
        }

        submitting = true;
        try
        {
            var context = new IntakeContext(ReportChannel.Web, "web-form-v1", "web:" + form.IdempotencyKey, form.Digest());
            var outcome = await Intake.SubmitAsync(form.ToSubmission(), context);
            errors = outcome.Errors;
            receipt = outcome.Receipt;
            if (outcome.KeyConflict)
            {
                problem = T("แบบฟอร์มนี้ส่งไปแล้ว กรุณาเริ่มแจ้งเรื่องใหม่", "This form was already sent; start a new report");
            }
        }
        finally
        {
            submitting = false;
        }
    }

    private void StartOver()
    {
        form = new ReportForm();
        receipt = null;
        errors = [];
        problem = null;
    }
}
