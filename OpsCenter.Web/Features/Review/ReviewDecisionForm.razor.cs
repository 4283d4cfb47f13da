using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;
using OpsCenter.Web.Shared.Forms;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Review;

/// <summary>The review service's own rules (<see cref="ReviewRules"/>) run as the decision is typed; what only the service knows (an agency of another province) comes back to the same field.</summary>
public partial class ReviewDecisionForm
{
    private ReviewDecisionDraft draft = new();
    private EditContext editContext = default!;
    private IReadOnlyList<FieldError> errors = [];
    private List<AgencyName> agencies = [];

    [Parameter, EditorRequired]
    public int SessionId { get; set; }

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.Anonymous;

    [Parameter, EditorRequired]
    public IReadOnlyList<Agency> Agencies { get; set; } = [];

    [Inject]
    private ReviewService Reviews { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override void OnInitialized() => editContext = new EditContext(draft);

    protected override void OnParametersSet() =>
        agencies = Agencies.Select(a => new AgencyName(a.Id, a.Code, a.NameTh, a.NameEn, a.Kind)).ToList();

    private static string LinkName(ReviewLinkKind kind) => kind == ReviewLinkKind.None ? "—" : T(ReviewText.Link(kind).Thai, ReviewText.Link(kind).English);

    private IEnumerable<FieldError> Rules() => ReviewRules.Validate(draft.ToInput(), Clock.GetUtcNow().UtcDateTime);

    private async Task SaveAsync()
    {
        var (decision, problems) = await Reviews.DecideAsync(SessionId, draft.ToInput(), Actor);
        errors = problems;
        if (decision is null)
        {
            Snackbar.Refused(T("ยังไม่ได้บันทึกข้อสั่งการ กรุณาแก้ไขช่องที่มีข้อความสีแดง", "The decision is not recorded; please correct the fields marked in red"));
            return;
        }

        Snackbar.Done(T($"บันทึกข้อสั่งการแล้ว พร้อมตัวเลขบนจอ {decision.Snapshot.Figures.Count} รายการ", $"Decision recorded, with {decision.Snapshot.Figures.Count} figures from the screen"));
        draft = new ReviewDecisionDraft();
        editContext = new EditContext(draft);
    }
}
