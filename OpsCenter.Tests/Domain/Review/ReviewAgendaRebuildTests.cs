using OpsCenter.Domain.Review;

namespace OpsCenter.Tests.Domain.Review;

public sealed class ReviewAgendaRebuildTests
{
    private static ReviewAgendaItem Item(int id, string kind, int? subject, string title) =>
        new() { Id = id, Kind = kind, SubjectId = subject, TitleTh = title, TitleEn = title, Section = ReviewSection.RealAction };

    [Fact]
    public void Rebuild_AddsNewFacts_RetitlesMovedOnes_DropsStaleOnes_AndKeepsTheChairsNotes()
    {
        IReadOnlyList<ReviewAgendaItem> current =
        [
            Item(1, ReviewItemKinds.OwnerOverdue, 7, "งานค้างเกินกำหนด: โยธา"),
            Item(2, ReviewItemKinds.Unowned, null, "เรื่องที่ยังไม่มีเจ้าของ (3 เรื่อง)"),
            Item(3, ReviewItemKinds.OwnerOverdue, 9, "งานค้างเกินกำหนด: ตำรวจ"),
            Item(4, ReviewItemKinds.Note, null, "เรื่องที่ประธานยกขึ้นมา"),
        ];
        IReadOnlyList<AgendaDraft> fresh =
        [
            new(ReviewSection.RealAction, ReviewItemKinds.OwnerOverdue, "งานค้างเกินกำหนด: โยธา", "งานค้างเกินกำหนด: โยธา", 7),
            new(ReviewSection.RealAction, ReviewItemKinds.Unowned, "เรื่องที่ยังไม่มีเจ้าของ (5 เรื่อง)", "Items without an owner (5)"),
            new(ReviewSection.RealFollowUp, ReviewItemKinds.FollowUpAction, "ติดตาม: ซ่อมไฟถนน", "Follow-up: fix the lights", 42),
        ];

        var refresh = ReviewAgendaRebuild.Compare(current, fresh);

        Assert.Equal([42], refresh.Added.Select(d => d.SubjectId));
        Assert.Equal([2], refresh.Updated.Select(u => u.ItemId));
        Assert.Equal([3], refresh.Removed);
    }

    [Fact]
    public void SameAgenda_ChangesNothing()
    {
        var kpis = new ReviewAgendaItem { Id = 1, Kind = ReviewItemKinds.Kpis, TitleTh = "ตัวชี้วัดสำคัญของจังหวัด", TitleEn = "Provincial KPIs", Section = ReviewSection.RealVisibility };
        var draft = new AgendaDraft(ReviewSection.RealVisibility, ReviewItemKinds.Kpis, "ตัวชี้วัดสำคัญของจังหวัด", "Provincial KPIs");

        Assert.True(ReviewAgendaRebuild.Compare([kpis], [draft]).IsEmpty);
    }

    [Fact]
    public void CarryOver_ReachesASessionAtTheSameHour_ButNotTheSessionThatDecided()
    {
        var at = new DateTime(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);
        var action = new CarriedAction(1, SessionId: 10, SessionHeldAt: at, "ซ่อมไฟถนน", ActionItemStatus.Open, at.AddDays(14), null);

        Assert.Single(ReviewCarryOver.For(11, at, [action]));
        Assert.Empty(ReviewCarryOver.For(10, at, [action]));
        Assert.Empty(ReviewCarryOver.For(12, at.AddHours(-1), [action]));
    }
}
