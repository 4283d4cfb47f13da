using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Notifications;

namespace OpsCenter.Tests.Domain.Notifications;

public sealed class DeadlineNoticeRulesTests
{
    private const int Statistics = 5;
    private static readonly DateTime Now = new(2026, 3, 6, 3, 0, 0, DateTimeKind.Utc);
    private static readonly NotificationLinks Links = new("https://ops.example.org");
    private static readonly StaffMember Steward = new("u-steward", "ผู้ดูแลข้อมูล", "steward@example.org", "19", Statistics, [OpsRoles.DataSteward]);
    private static readonly StaffMember OtherSteward = new("u-other", "อีกคน", "other@example.org", "19", 9, [OpsRoles.DataSteward]);

    private static FreshnessReminder Dataset(DateTime due) =>
        new(new DatasetFreshnessFacts(11, "population", "จำนวนประชากร", "Population", Statistics, due.AddMonths(-1), FrequencyUnit.Month, 1),
            due <= Now ? FreshnessState.Overdue : FreshnessState.DueSoon, due, (Now - due).TotalDays);

    [Fact]
    public void Dataset_DueInTwoDays_TellsItsOwnStewardBeforeTheDate()
    {
        var notice = Assert.Single(DeadlineNoticeRules.ForDataset(Dataset(Now.AddDays(2)), "19", [Steward, OtherSteward], Now, TimeSpan.FromDays(3), Links));

        Assert.Equal(NoticeKinds.DatasetDueSoon, notice.Kind);
        Assert.Equal("u-steward", notice.Recipient.UserId);
        Assert.Equal("https://ops.example.org/catalog/population", notice.Text.Link);
    }

    [Fact]
    public void Dataset_DueInAWeek_TellsNobodyYet()
    {
        Assert.Empty(DeadlineNoticeRules.ForDataset(Dataset(Now.AddDays(7)), "19", [Steward], Now, TimeSpan.FromDays(3), Links));
    }

    [Fact]
    public void Dataset_PastItsDate_TellsOnceAfter_WithAKeyOfItsOwn()
    {
        var due = Now.AddDays(-1);
        var before = DeadlineNoticeRules.ForDataset(Dataset(due), "19", [Steward], due.AddDays(-2), TimeSpan.FromDays(3), Links).Single();
        var after = DeadlineNoticeRules.ForDataset(Dataset(due), "19", [Steward], Now, TimeSpan.FromDays(3), Links).Single();
        var afterAgain = DeadlineNoticeRules.ForDataset(Dataset(due), "19", [Steward], Now.AddDays(5), TimeSpan.FromDays(3), Links).Single();

        Assert.Equal(NoticeKinds.DatasetOverdue, after.Kind);
        Assert.NotEqual(before.Key, after.Key);
        Assert.Equal(after.Key, afterAgain.Key);
    }

    [Fact]
    public void Action_BeforeAndAfterItsDueDate_TellsItsOwnerAgencyOnceEach_AndClosedOnesNever()
    {
        var action = new ActionFacts(3, "19", "ซ่อมถนนสาย 1", Statistics, Now.AddDays(1), IsOpen: true);

        var before = DeadlineNoticeRules.ForAction(action, [Steward, OtherSteward], Now, TimeSpan.FromDays(3), Links).Single();
        var after = DeadlineNoticeRules.ForAction(action, [Steward, OtherSteward], Now.AddDays(2), TimeSpan.FromDays(3), Links).Single();

        Assert.Equal((NoticeKinds.ActionDueSoon, NoticeKinds.ActionOverdue), (before.Kind, after.Kind));
        Assert.Equal("u-steward", after.Recipient.UserId);
        Assert.Empty(DeadlineNoticeRules.ForAction(action with { IsOpen = false }, [Steward], Now.AddDays(2), TimeSpan.FromDays(3), Links));
        Assert.Empty(DeadlineNoticeRules.ForAction(action with { DueAt = Now.AddDays(10) }, [Steward], Now, TimeSpan.FromDays(3), Links));
    }
}
