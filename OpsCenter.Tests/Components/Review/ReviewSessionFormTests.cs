using Bunit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Review;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Review;

namespace OpsCenter.Tests.Components.Review;

/// <summary>Planning a review session: the review service's own rules speak in Thai under each box, and its refusals land on their field.</summary>
public sealed class ReviewSessionFormTests : ComponentTest
{
    private readonly List<ReviewSessionInput> _submitted = [];

    private IRenderedComponent<ReviewSessionForm> RenderForm(IReadOnlyList<FieldError>? errors = null) =>
        Render<ReviewSessionForm>(p => p
            .Add(c => c.SubmitLabel, "วางแผนการประชุม")
            .Add(c => c.Errors, errors ?? [])
            .Add(c => c.Submit, (ReviewSessionInput input) => _submitted.Add(input)));

    [Fact]
    public void EmptySubmit_ShowsTheRulesInThai_UnderEachBox_AndSubmitsNothing()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Contains("กรุณาใส่ชื่อการประชุม", form.Find("#error-title").TextContent, StringComparison.Ordinal);
        Assert.Contains("กรุณาระบุประธานการประชุม", form.Find("#error-chairName").TextContent, StringComparison.Ordinal);
        Assert.Contains("กรุณาระบุวันและเวลาประชุม", form.Find("#error-heldAt").TextContent, StringComparison.Ordinal);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void AValidSession_IsHandedOn_WithItsBangkokTimeInUtc()
    {
        var form = RenderForm();

        form.Find("input[data-testid=review-title]").Change("ประชุมติดตามงาน ธ.ค.");
        form.Find("input[data-testid=review-date]").Change("2026-12-10");
        form.Find("input[data-testid=review-chair]").Change("ผู้ว่าราชการจังหวัด");
        form.Find("form").Submit();

        var input = Assert.Single(_submitted);
        Assert.Equal("ประชุมติดตามงาน ธ.ค.", input.Title);
        Assert.Equal("ผู้ว่าราชการจังหวัด", input.ChairName);
        Assert.Equal(new DateTime(2026, 12, 10, 2, 0, 0, DateTimeKind.Utc), input.HeldAt);
        Assert.Empty(form.FindAll(".mud-input-error"));
    }

    [Fact]
    public void TheServicesRefusal_OfTheTime_LandsUnderTheDate_AndLeavesWhenTheDateIsEdited()
    {
        var form = RenderForm([new FieldError("heldAt", "วันประชุมต้องอยู่ภายในปีงบประมาณนี้", "The session must fall in this fiscal year")]);

        Assert.Contains("วันประชุมต้องอยู่ภายในปีงบประมาณนี้", form.Find("#error-heldAt").TextContent, StringComparison.Ordinal);

        form.Find("input[data-testid=review-date]").Change("2026-12-11");

        Assert.Empty(form.FindAll("#error-heldAt"));
    }
}
