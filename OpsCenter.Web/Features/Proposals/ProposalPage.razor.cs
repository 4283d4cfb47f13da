using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Proposals;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Proposals;

public partial class ProposalPage
{
    private ProposalDetail? detail;
    private IReadOnlyList<SimilarProposal> similar = [];
    private string? message;
    private bool supported;
    private bool signedIn;
    private bool canTriage;

    [Inject]
    private ProposalQuery Query { get; set; } = default!;

    [Inject]
    private ProposalService Service { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    [SupplyParameterFromForm(FormName = "support")]
    private SupportForm Support { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Support ??= new();
        signedIn = HttpContext.User.Identity?.IsAuthenticated == true;
        canTriage = signedIn && ProposalPolicy.Rules.Admits(ProposalPolicy.Triage, HttpContext.User.ToActor());
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        detail = await Query.DetailAsync(Id);
        if (detail is not null)
        {
            var s = detail.Summary;
            similar = await Query.SimilarAsync(s.AreaCode[..2], $"{s.Title} {detail.Description}", s.AreaCode, s.CategoryCode, s.Id);
        }
    }

    private async Task SupportAsync()
    {
        var (outcome, errors) = await Service.SupportAsync(Id, ProposalsApi.SupporterOf(HttpContext, Support.Phone));
        supported = outcome == SupportOutcome.Supported;
        message = outcome switch
        {
            SupportOutcome.Supported => T("ขอบคุณที่สนับสนุน", "Thank you for your support."),
            SupportOutcome.AlreadySupported => T("หมายเลขหรือบัญชีนี้สนับสนุนข้อเสนอนี้แล้ว", "This number or account already supports this proposal."),
            SupportOutcome.RateLimited => T("สนับสนุนบ่อยเกินไป กรุณาลองใหม่ภายหลัง", "Too many supports for now; please try again later."),
            SupportOutcome.Closed => T("ข้อเสนอนี้ปิดรับการสนับสนุนแล้ว", "This proposal no longer takes support."),
            SupportOutcome.NotFound => T("ไม่พบข้อเสนอ", "No such proposal."),
            _ => string.Join(" ", errors.Select(e => e.Text(IsThai))),
        };
        await LoadAsync();
    }

    private sealed class SupportForm
    {
        public string? Phone { get; set; }
    }
}
