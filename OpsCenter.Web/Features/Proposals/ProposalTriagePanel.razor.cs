using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Proposals;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared.Forms;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Proposals;

/// <summary>Staff decide on a proposal; putting it into the plan creates a Proposed project that links back to it.</summary>
public partial class ProposalTriagePanel
{
    private List<AgencyName> agencies = [];
    private IReadOnlyList<FieldError> errors = [];
    private IReadOnlyList<PlanYearChoice> planYears = [];

    [Inject]
    private ProposalService Service { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter, EditorRequired]
    public ProposalDetail Detail { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<SimilarProposal> Similar { get; set; } = [];

    [SupplyParameterFromForm(FormName = "triage")]
    private TriageForm Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var province = Detail.Summary.AreaCode[..2];
        agencies = (await Reference.ProvinceAsync(province))?.Agencies.Values.Where(a => a.Kind != AgencyKind.Municipality)
            .OrderBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal).ToList() ?? [];
        (planYears, var defaultYear) = await Service.PlanYearsAsync(province);
        Input ??= new TriageForm
        {
            ProjectName = $"โครงการ{Detail.Summary.Title}",
            FiscalYear = defaultYear,
            OwnerAgency = agencies.FirstOrDefault() is { } first ? AgencyChoice.Name(first) : "",
        };
    }

    /// <summary>Each year says which plan it belongs to; a year after the plan says plainly that it waits for the next one.</summary>
    private static string YearLabel(PlanYearChoice choice) => choice.NextPlan
        ? T($"{choice.FiscalYear} · แผนพัฒนาจังหวัดฉบับถัดไป", $"{choice.FiscalYear} · the next development plan")
        : T($"{choice.FiscalYear} · แผน {choice.PlanCode}", $"{choice.FiscalYear} · plan {choice.PlanCode}");

    private async Task TriageAsync()
    {
        NewProject? project = null;
        if (Input.Action == TriageAction.Accept)
        {
            if (!Money.TryParseBaht(Input.Requested, out var requested) || requested.IsNegative)
            {
                errors = [new FieldError("requested", "กรุณากรอกงบที่ขอเป็นจำนวนเงินบาท", "Enter the amount requested in baht")];
                return;
            }

            if (AgencyChoice.Resolve(agencies, Input.OwnerAgency) is not { } owner)
            {
                errors = [new FieldError("owner_agency_id", "ไม่พบหน่วยงานนี้ กรุณาเลือกจากรายการที่แสดงขณะพิมพ์", "No such agency: choose one from the list shown as you type")];
                return;
            }

            project = new NewProject("", "", Input.ProjectName ?? "", null, "", owner.Id, [], Input.FiscalYear, Input.Source, requested, null, null);
        }

        var result = await Service.TriageAsync(Detail.Summary.Id, new TriageDecision(Input.Action, Input.Response, project, Input.MergeIntoId),
            HttpContext.User.ToActor());
        if (result.Succeeded)
        {
            Navigation.NavigateTo(ProposalPaths.Proposal(Detail.Summary.Id));
            return;
        }

        errors = result.Errors;
    }

    private sealed class TriageForm
    {
        public TriageAction Action { get; set; } = TriageAction.Review;

        public string? Response { get; set; }

        public string? ProjectName { get; set; }

        public string? OwnerAgency { get; set; }

        public int FiscalYear { get; set; }

        public BudgetSource Source { get; set; } = BudgetSource.Province;

        public string? Requested { get; set; }

        public int? MergeIntoId { get; set; }
    }
}
