using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Web.Features.Reports.Api;
using OpsCenter.Web.Shared.Forms;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Queue;

/// <summary>The work queue: filtered, sorted and paged by the database; bulk assignment through the workflow service.</summary>
public partial class QueuePage
{
    private QueueFilter filter = new() { ProvinceCode = "", OpenOnly = true };
    private ProvinceReportSetup? setup;
    private IReadOnlyDictionary<string, ReportCategory> categories = new Dictionary<string, ReportCategory>();
    private readonly HashSet<long> selected = [];
    private QueueTable? table;
    private DateTime now;
    private Actor? actor;

    [Inject]
    private ReportQueue Queue { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private ReportWorkflowService Workflow { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string ExportUrl => "/api/reports/export.csv?" + QueueFilters.ToQuery(filter);

    protected override async Task OnInitializedAsync()
    {
        actor = ActorClaims.ToStaffActor((await AuthenticationState).User);
        if (actor is null)
        {
            return;
        }

        setup = await Reference.ProvinceAsync(actor.Province);
        categories = await Reference.CategoriesAsync();
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
        filter = QueueFilters.FromQuery(new Microsoft.AspNetCore.Http.QueryCollection(query), actor.Province);
        if (query.Count == 0)
        {
            // Agency staff start with their own agency's open reports; province staff with every open report.
            filter = filter with { OpenOnly = true, AgencyId = actor.IsIn(OpsRoles.AgencyStaff) ? actor.AgencyId : null };
        }
        now = Time.GetUtcNow().UtcDateTime;
    }

    private Task<Paged<QueueRow>> LoadPageAsync(PageRequest page, CancellationToken cancellationToken)
    {
        now = Time.GetUtcNow().UtcDateTime;
        return Queue.PageAsync(actor!, filter, page, cancellationToken);
    }

    private async Task FilterChangedAsync(QueueFilter changed)
    {
        filter = changed with { ProvinceCode = actor!.Province };
        selected.Clear();
        Navigation.NavigateTo("/reports?" + QueueFilters.ToQuery(filter), replace: true);
        await table!.ReloadAsync();
    }

    private async Task BulkAssignAsync(int agencyId)
    {
        var changed = await Workflow.BulkAssignAsync(selected.ToList(), agencyId, actor!);
        var message = T($"มอบหมายแล้ว {changed} จาก {selected.Count} เรื่อง", $"Assigned {changed} of {selected.Count} reports");
        // Fewer than chosen means the workflow refused some (closed meanwhile, another province's): red, so it is read.
        if (changed == selected.Count)
        {
            Snackbar.Done(message);
        }
        else
        {
            Snackbar.Refused(message);
        }

        selected.Clear();
        await table!.ReloadAsync();
    }
}
