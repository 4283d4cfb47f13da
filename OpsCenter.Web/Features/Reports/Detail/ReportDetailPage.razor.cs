using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;

namespace OpsCenter.Web.Features.Reports.Detail;

/// <summary>One report for staff: facts, description, photo, map, masked contact, duplicates, actions and the full timeline.</summary>
public partial class ReportDetailPage
{
    private ReportDetail? detail;
    private ProvinceReportSetup? setup;
    private IReadOnlyDictionary<string, ReportCategory> categories = new Dictionary<string, ReportCategory>();
    private Actor? actor;
    private bool canWork;
    private bool canReveal;
    private bool canSeePersonal;
    private bool notFound;
    private DateTime now;

    [Parameter]
    public long Id { get; set; }

    [Inject]
    private ReportDetails Details { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        actor = ActorClaims.ToStaffActor((await AuthenticationState).User);
        categories = await Reference.CategoriesAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        now = Time.GetUtcNow().UtcDateTime;
        detail = actor is null ? null : await Details.LoadAsync(Id, actor);
        if (detail is null || actor is null)
        {
            notFound = true;
            detail = null;
            Operations.PageStatus.NotFound(HttpContext);
            return;
        }

        setup = await Reference.ProvinceAsync(detail.Report.ProvinceCode);
        canWork = ReportPolicy.CanWork(actor, detail.Report.ProvinceCode, detail.Report.OwnerAgencyId);
        canReveal = ReportPolicy.CanReadContact(actor, detail.Report.ProvinceCode, detail.Report.OwnerAgencyId);
        canSeePersonal = ReportPolicy.CanSeePersonal(actor, detail.Report.ProvinceCode, detail.Report.OwnerAgencyId);
    }
}
