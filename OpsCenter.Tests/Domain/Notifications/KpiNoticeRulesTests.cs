using OpsCenter.Domain.Common;
using OpsCenter.Domain.Notifications;

namespace OpsCenter.Tests.Domain.Notifications;

public sealed class KpiNoticeRulesTests
{
    private const int Health = 8;
    private static readonly NotificationLinks Links = new("https://ops.example.org");
    private static readonly StaffMember HealthClerk = new("u-pho", "เจ้าหน้าที่ สสจ.", "pho@example.org", "19", Health, [OpsRoles.AgencyStaff]);
    private static readonly StaffMember HealthChief = new("u-pho-chief", "หัวหน้า สสจ.", "chief@example.org", "19", Health, [OpsRoles.AgencyStaff]);
    private static readonly StaffMember Police = new("u-pol", "ตำรวจ", "pol@example.org", "19", 9, [OpsRoles.AgencyStaff]);

    private static KpiAwaitedFacts November(int agency) =>
        new(31, "dengue-rate", "อัตราป่วยโรคไข้เลือดออกต่อแสนประชากร", "Dengue cases per 100,000", "19", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), agency);

    [Fact]
    public void AwaitedPart_TellsEveryoneOfTheOwingAgency_AndNoOneElse()
    {
        var notices = KpiNoticeRules.Awaited(November(Health), [HealthClerk, HealthChief, Police], Links);

        Assert.Equal(["u-pho", "u-pho-chief"], notices.Select(n => n.Recipient.UserId));
        Assert.All(notices, n => Assert.Equal(NoticeKinds.KpiAwaited, n.Kind));
        Assert.Equal("https://ops.example.org/kpis/dengue-rate", notices[0].Text.Link);
        Assert.Contains("เดือน พ.ย. 69", notices[0].Text.BodyTh, StringComparison.Ordinal);
        Assert.Contains("November 2026", notices[0].Text.BodyEn, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameMonth_GivesTheSameKeys_TheNextMonthNewOnes()
    {
        var first = KpiNoticeRules.Awaited(November(Health), [HealthClerk], Links).Single().Key;
        var again = KpiNoticeRules.Awaited(November(Health), [HealthClerk], Links).Single().Key;
        var december = KpiNoticeRules.Awaited(November(Health) with { PeriodStart = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) }, [HealthClerk], Links).Single().Key;

        Assert.Equal(first, again);
        Assert.NotEqual(first, december);
    }

    [Fact]
    public void AnAgencyWithNoOneToTell_GivesNoNotice() =>
        Assert.Empty(KpiNoticeRules.Awaited(November(Health), [Police], Links));
}
