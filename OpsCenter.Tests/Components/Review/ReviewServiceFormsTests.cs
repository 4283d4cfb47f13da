using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Review;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Review;

namespace OpsCenter.Tests.Components.Review;

/// <summary>
/// The decision and progress forms call the real review service over an empty database: their rules speak in Thai under the
/// box before anything is sent, and what the service refuses (no such session or action for this person) is shown.
/// </summary>
public sealed class ReviewServiceFormsTests : ComponentTest
{
    private static readonly Actor Secretary = Actor.Staff("u1", "เลขานุการ", "19", 1, OpsRoles.Admin);
    private static readonly Agency Office = new() { Id = 1, Code = "PO", NameTh = "สำนักงานจังหวัดสระบุรี", NameEn = "Saraburi Provincial Office", ProvinceCode = "19", Kind = AgencyKind.ProvincialOffice };

    private readonly TestDatabase _database;

    public ReviewServiceFormsTests()
    {
        _database = Services.AddOverEmptyDatabase();
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    private IRenderedComponent<ReviewDecisionForm> RenderDecision() =>
        Render<ReviewDecisionForm>(p => p.Add(c => c.SessionId, 999).Add(c => c.Actor, Secretary).Add(c => c.Agencies, [Office]));

    [Fact]
    public void AnEmptyDecision_IsRefusedInThai_UnderTheDecisionBox()
    {
        var form = RenderDecision();

        form.Find("form").Submit();

        Assert.Contains("กรุณาบันทึกข้อสั่งการ", form.Find("#error-text").TextContent, StringComparison.Ordinal);
        Assert.Empty(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    [Fact]
    public void AValidDecision_ReachesTheService_WhoseRefusalIsShown_AndWhatWasTypedStays()
    {
        var form = RenderDecision();

        form.Find("textarea[data-testid=decision-text]").Change("ให้กองช่างซ่อมถนนสายหลักให้เสร็จก่อนสงกรานต์");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("ไม่พบการประชุมที่คุณดำเนินการได้", form.Find("[data-testid=error-session]").TextContent, StringComparison.Ordinal));
        Assert.Contains("ยังไม่ได้บันทึกข้อสั่งการ", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message, StringComparison.Ordinal);
        Assert.Equal("ให้กองช่างซ่อมถนนสายหลักให้เสร็จก่อนสงกรานต์", form.Find("textarea[data-testid=decision-text]").TextContent);
    }

    private IRenderedComponent<ActionProgressForm> RenderProgress() =>
        Render<ActionProgressForm>(p => p
            .Add(c => c.Action, new ActionItem { Id = 999, Text = "ซ่อมถนน", OwnerAgencyId = 1, Status = ActionItemStatus.Open, DueAt = TestClock.UtcNow.AddDays(7) })
            .Add(c => c.Actor, Secretary));

    [Fact]
    public void ATooLongProgressNote_IsRefusedInThai_UnderTheNote()
    {
        var form = RenderProgress();

        form.Find("input[data-testid=progress-note]").Change(new string('ก', 1001));

        Assert.Contains("บันทึกความคืบหน้ายาวเกิน 1,000 ตัวอักษร", form.Find(".progress-note").TextContent, StringComparison.Ordinal);
        Assert.Empty(form.FindAll(".progress-percent .mud-input-error"));
    }

    [Fact]
    public void AValidProgressReport_ReachesTheService_WhoseRefusalIsShown()
    {
        var form = RenderProgress();

        form.Find("input[data-testid=progress-note]").Change("ผิวถนนเสร็จแล้วครึ่งสาย");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("ไม่พบงานนี้ในความรับผิดชอบของคุณ", form.Find("[data-testid=error-action]").TextContent, StringComparison.Ordinal));
        Assert.Empty(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
