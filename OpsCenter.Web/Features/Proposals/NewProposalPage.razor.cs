using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Proposals;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Proposals;

/// <summary>
/// Two steps in plain HTML forms (it must work on any phone, without a live connection): first the similar proposals
/// are shown so people can support one instead of splitting the support, then the proposal is submitted.
/// </summary>
public partial class NewProposalPage
{
    private string province = "";
    private IReadOnlyList<AreaName> areas = [];
    private List<ReportCategory> categories = [];
    private IReadOnlyList<SimilarProposal>? similar;
    private IReadOnlyList<FieldError> errors = [];

    [Inject]
    private ProposalService Service { get; set; } = default!;

    [Inject]
    private ProposalQuery Query { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "proposal")]
    private ProposalForm Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        province = await CurrentProvince.CodeForAsync(HttpContext.User);
        areas = await Reference.AreasAsync(province);
        categories = (await Reference.CategoriesAsync()).Values.OrderBy(c => c.NameTh, StringComparer.Ordinal).ToList();
    }

    /// <summary>Checking for similar proposals asks nothing of the citizen yet; submitting asks the rules first, then the service.</summary>
    private async Task SubmitAsync(EditContext form)
    {
        if (Input.Submitting && form.Validate())
        {
            var (result, tracking) = await Service.SubmitAsync(
                new NewProposal(province, Input.Title ?? "", Input.Description ?? "", Input.AreaCode ?? "", Input.CategoryCode ?? "", Input.Phone, Input.EvidenceUrl),
                ProposalsApi.SupporterOf(HttpContext, Input.Phone));
            if (result.Succeeded)
            {
                Navigation.NavigateTo(ProposalPaths.Track(tracking!) + "?new=1");
                return;
            }

            errors = result.Errors;
        }

        similar = await Query.SimilarAsync(province, $"{Input.Title} {Input.Description}", Input.AreaCode ?? "", Input.CategoryCode ?? "");
    }
}
