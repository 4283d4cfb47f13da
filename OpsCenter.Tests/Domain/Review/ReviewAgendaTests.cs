using OpsCenter.Domain.Review;

namespace OpsCenter.Tests.Domain.Review;

public sealed class ReviewAgendaTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc);

    private static AgendaFacts Facts(int unowned = 0, params CarriedAction[] followUps) => new(
        [new(1, "สถิติ", "Statistics", 3), new(2, "ชลประทาน", "Irrigation", 0), new(3, "สาธารณสุข", "Health", 7)],
        unowned,
        [new(4, "โยธา", "Public works", 2, 1, 0), new(5, "ท้องถิ่น", "Local admin", 0, 0, 0)],
        HasKpis: true,
        HasBudget: false,
        followUps);

    [Fact]
    public void Build_PutsTheFourSectionsInOrder_WorstAgenciesFirst()
    {
        var agenda = ReviewAgenda.Build(Facts(unowned: 4, new CarriedAction(9, 1, Now.AddDays(-28), "ขุดลอกคู", ActionItemStatus.Open, Now.AddDays(5), null)));

        Assert.Equal(agenda.Select(i => i.Section).Order(), agenda.Select(i => i.Section));
        Assert.Equal([ReviewSection.RealData, ReviewSection.RealAction, ReviewSection.RealVisibility, ReviewSection.RealFollowUp], agenda.Select(i => i.Section).Distinct());
        Assert.Equal(ReviewItemKinds.FreshnessBoard, agenda[0].Kind);
        Assert.Equal([3, 1], agenda.Where(i => i.Kind == ReviewItemKinds.AgencyFreshness).Select(i => i.SubjectId!.Value));
        Assert.Contains(agenda, i => i.Kind == ReviewItemKinds.Unowned && i.TitleTh.Contains('4', StringComparison.Ordinal));
        Assert.Equal([4], agenda.Where(i => i.Kind == ReviewItemKinds.OwnerOverdue).Select(i => i.SubjectId!.Value));
        Assert.Contains(agenda, i => i.Kind == ReviewItemKinds.Kpis);
        Assert.Contains(agenda, i => i.Kind == ReviewItemKinds.Heatmap);
        Assert.DoesNotContain(agenda, i => i.Kind == ReviewItemKinds.Budget);
        Assert.Equal(9, Assert.Single(agenda, i => i.Section == ReviewSection.RealFollowUp).SubjectId);
    }

    [Fact]
    public void Build_MarksAFollowUpOverdue_OnceItsDueDateHasPassed_InBothLanguages()
    {
        var action = new CarriedAction(9, 1, Now.AddDays(-28), "ขุดลอกคู", ActionItemStatus.InProgress, Now.AddDays(1), null);

        var before = Assert.Single(ReviewAgenda.Build(Facts(0, action) with { Now = Now }), i => i.Kind == ReviewItemKinds.FollowUpAction);
        var after = Assert.Single(ReviewAgenda.Build(Facts(0, action) with { Now = Now.AddDays(2) }), i => i.Kind == ReviewItemKinds.FollowUpAction);
        var done = Assert.Single(ReviewAgenda.Build(Facts(0, action with { Status = ActionItemStatus.Done, ClosedAt = Now }) with { Now = Now.AddDays(2) }), i => i.Kind == ReviewItemKinds.FollowUpAction);

        Assert.Equal(("ติดตาม: ขุดลอกคู", "Follow-up: ขุดลอกคู"), (before.TitleTh, before.TitleEn));
        Assert.Equal(("ติดตาม (เลยกำหนด): ขุดลอกคู", "Follow-up (overdue): ขุดลอกคู"), (after.TitleTh, after.TitleEn));
        Assert.Equal("ติดตาม: ขุดลอกคู", done.TitleTh);
    }

    [Fact]
    public void Build_WithNothingUnownedOrLate_LeavesThoseItemsOut_AndCapsAgenciesPerSection()
    {
        var many = Enumerable.Range(1, 12).Select(i => new AgencyOverdueDatasets(i, $"หน่วย {i}", $"Agency {i}", i)).ToList();
        var agenda = ReviewAgenda.Build(Facts() with { OverdueDatasets = many, LateOwners = [] });

        Assert.DoesNotContain(agenda, i => i.Kind is ReviewItemKinds.Unowned or ReviewItemKinds.OwnerOverdue);
        Assert.Equal([12, 11, 10, 9, 8], agenda.Where(i => i.Kind == ReviewItemKinds.AgencyFreshness).Select(i => i.SubjectId!.Value));
    }

    [Fact]
    public void CarryOver_KeepsOpenActionsOfEarlierSessions_AndThoseClosedSinceTheLastOne()
    {
        var first = Now.AddDays(-56);
        var second = Now.AddDays(-28);
        var actions = new[]
        {
            new CarriedAction(1, 1, first, "เปิดอยู่จากครั้งแรก", ActionItemStatus.InProgress, Now.AddDays(-30), null),
            new CarriedAction(2, 1, first, "ปิดไปก่อนครั้งที่สอง", ActionItemStatus.Done, Now.AddDays(-40), first.AddDays(10)),
            new CarriedAction(3, 2, second, "ปิดหลังครั้งที่สอง", ActionItemStatus.Done, Now.AddDays(-5), second.AddDays(7)),
            new CarriedAction(4, 2, second, "ยกเลิก", ActionItemStatus.Cancelled, Now.AddDays(3), second.AddDays(1)),
            new CarriedAction(5, 2, second, "เปิดอยู่จากครั้งที่สอง", ActionItemStatus.Open, Now.AddDays(9), null),
            new CarriedAction(6, 3, Now, "ของการประชุมนี้เอง", ActionItemStatus.Open, Now.AddDays(9), null),
            new CarriedAction(7, 4, Now.AddDays(28), "ของการประชุมครั้งหน้า", ActionItemStatus.Open, Now.AddDays(40), null),
        };

        var carried = ReviewCarryOver.For(3, Now, actions);

        Assert.Equal([1, 5, 3], carried.Select(a => a.ActionId));
    }

    [Fact]
    public void CarryOver_ActionStaysUntilClosed()
    {
        var open = new CarriedAction(1, 1, Now.AddDays(-28), "งาน", ActionItemStatus.Open, Now.AddDays(-1), null);

        Assert.Single(ReviewCarryOver.For(2, Now, [open]));
        Assert.Single(ReviewCarryOver.For(3, Now.AddDays(28), [open]));
        var closed = open with { Status = ActionItemStatus.Done, ClosedAt = Now.AddDays(2) };
        Assert.DoesNotContain(ReviewCarryOver.For(3, Now.AddDays(56), [closed, new(2, 2, Now.AddDays(28), "อื่น", ActionItemStatus.Done, Now, Now)]), a => a.ActionId == 1);
        Assert.True(ReviewCarryOver.IsOverdue(open.Status, open.DueAt, Now));
        Assert.False(ReviewCarryOver.IsOverdue(ActionItemStatus.Done, open.DueAt, Now));
    }

    [Theory]
    [InlineData(null, ReviewCommand.Next, 10)]
    [InlineData(10, ReviewCommand.Next, 20)]
    [InlineData(30, ReviewCommand.Next, 30)]
    [InlineData(10, ReviewCommand.Previous, 10)]
    [InlineData(30, ReviewCommand.Previous, 20)]
    [InlineData(20, ReviewCommand.First, 10)]
    [InlineData(10, ReviewCommand.Last, 30)]
    [InlineData(99, ReviewCommand.Next, 10)]
    public void Navigation_MovesWithinTheAgenda_AndStopsAtTheEnds(int? current, ReviewCommand command, int expected) =>
        Assert.Equal(expected, ReviewNavigation.Move([10, 20, 30], current, command));

    [Fact]
    public void Navigation_JumpsOnlyToAnItemOfTheAgenda()
    {
        Assert.Equal(30, ReviewNavigation.Move([10, 20, 30], 10, ReviewCommand.GoTo, 30));
        Assert.Equal(10, ReviewNavigation.Move([10, 20, 30], 10, ReviewCommand.GoTo, 77));
        Assert.Null(ReviewNavigation.Move([], null, ReviewCommand.Next));
        Assert.True(ReviewNavigation.TryParse("prev", out var parsed) && parsed == ReviewCommand.Previous);
        Assert.False(ReviewNavigation.TryParse("jump", out _));
    }

    [Fact]
    public void DecisionRules_NameEveryBadField()
    {
        var errors = ReviewRules.Validate(new ReviewDecisionInput(" ", ReviewLinkKind.Kpi, null, "ทำรายงาน", null, null, Now.AddDays(-2)), Now);

        Assert.Equal(["text", "linkRef", "ownerAgencyId", "dueAt"], errors.Select(e => e.Field));
        Assert.Empty(ReviewRules.Validate(new ReviewDecisionInput("รับทราบ"), Now));
        Assert.Empty(ReviewRules.Validate(new ReviewDecisionInput("มอบหมาย", ReviewLinkKind.Dataset, "pm25", "ปรับปรุงข้อมูล", 3, "นาย ก", Now.Date), Now));
    }

    [Fact]
    public void Snapshot_IsReadBackAsTaken()
    {
        var shown = new ReviewFigures("ตัวชี้วัด", "KPIs", Now, [new("ไม่ผ่านเป้า", "Off track", "3", ReviewTones.Bad)], [new("PM2.5", "PM2.5", "61 / 50")]);

        var decision = ReviewDecision.Take(1, 2, "เร่งแก้ไข", shown, Now);

        Assert.Equal(shown.Figures, decision.Snapshot.Figures);
        Assert.Equal(shown.Rows, decision.Snapshot.Rows);
        Assert.Equal("KPIs", decision.Snapshot.TitleEn);
        Assert.False(typeof(ReviewDecision).GetProperty(nameof(ReviewDecision.SnapshotJson))!.SetMethod!.IsPublic);
    }
}
