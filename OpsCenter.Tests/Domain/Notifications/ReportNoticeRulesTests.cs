using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Domain.Notifications;

public sealed class ReportNoticeRulesTests
{
    private const int Roads = 7;
    private const int OtherAgency = 8;
    private const int DistrictOffice = 20;
    private static readonly DateTime Now = new(2026, 3, 6, 3, 0, 0, DateTimeKind.Utc);
    private static readonly NotificationLinks Links = new("https://ops.example.org/");

    private static readonly StaffMember Somchai = new("u-somchai", "สมชาย ใจดี", "somchai@example.org", "19", Roads, [OpsRoles.AgencyStaff]);
    private static readonly StaffMember Suda = new("u-suda", "สุดา รักงาน", "suda@example.org", "19", Roads, [OpsRoles.AgencyStaff]);
    private static readonly StaffMember Elsewhere = new("u-other", "มานี มีนา", "manee@example.org", "19", OtherAgency, [OpsRoles.AgencyStaff]);
    private static readonly StaffMember Chief = new("u-chief", "นายอำเภอ", "chief@example.org", "19", DistrictOffice, [OpsRoles.Official]);
    private static readonly StaffMember Deputy = new("u-deputy", "รองผู้ว่าฯ", "deputy@example.org", "19", 1, [OpsRoles.Executive]);

    private static readonly ReportAudience Audience = new([Somchai, Suda, Elsewhere], [Chief], [Deputy]);
    private static readonly CitizenContactFacts Consented = new("citizen@example.org", Consented: true, OptedOut: false);

    private static ReportFacts Report(ReportStatus status = ReportStatus.Assigned, string? takenBy = null, EscalationLevel level = EscalationLevel.None, int reopened = 0) =>
        new(42, "SRB-2569-000042", "19", status, Roads, takenBy, Now.AddHours(72), level, reopened, "ถนนชำรุด", "Damaged road");

    private static OpsEvent Event(string kind, long sequence = 100) => new(kind, "19", "42", Now) { Sequence = sequence };

    [Fact]
    public void Assigned_ToAnAgency_TellsEveryoneThereAndNobodyElse()
    {
        var notices = ReportNoticeRules.OnEvent(Event(ReportEvents.Assigned), Report(), Audience, null, Links);

        Assert.Equal(["u-somchai", "u-suda"], notices.Select(n => n.Recipient.UserId).Order());
        Assert.All(notices, n => Assert.Equal(NoticeKinds.ReportAssigned, n.Kind));
        Assert.All(notices, n => Assert.Equal("https://ops.example.org/reports/42", n.Text.Link));
    }

    [Fact]
    public void Assigned_ToOnePerson_TellsOnlyThem()
    {
        var notices = ReportNoticeRules.OnEvent(Event(ReportEvents.Assigned), Report(takenBy: "u-suda"), Audience, null, Links);

        Assert.Equal("u-suda", Assert.Single(notices).Recipient.UserId);
    }

    [Fact]
    public void Assigned_RoutedAtIntakeThenAssignedToTheSameAgency_TellsItOnce_ATakerHearsAnew()
    {
        var routed = ReportNoticeRules.OnEvent(Event(ReportEvents.Received, 100), Report(ReportStatus.Received), Audience, null, Links).Select(n => n.Key);
        var assigned = ReportNoticeRules.OnEvent(Event(ReportEvents.Assigned, 130), Report(), Audience, null, Links).Select(n => n.Key);
        var taken = ReportNoticeRules.OnEvent(Event(ReportEvents.Assigned, 160), Report(takenBy: "u-suda"), Audience, null, Links).Select(n => n.Key);

        Assert.Equal(routed, assigned);
        Assert.Single(taken);
        Assert.Empty(routed.Intersect(taken));
    }

    [Fact]
    public void Assigned_ToAnotherAgency_TellsThatAgency()
    {
        var moved = Report() with { OwnerAgencyId = OtherAgency };

        var notices = ReportNoticeRules.OnEvent(Event(ReportEvents.Assigned, 200), moved, Audience, null, Links);

        Assert.Equal("u-other", Assert.Single(notices).Recipient.UserId);
    }

    [Fact]
    public void Overdue_TellsTheAgencyOncePerRound_AReopenedReportMayBeOverdueAgain()
    {
        var first = ReportNoticeRules.OnEvent(Event(ReportEvents.Overdue, 100), Report(), Audience, null, Links);
        var replayed = ReportNoticeRules.OnEvent(Event(ReportEvents.Overdue, 250), Report(), Audience, null, Links);
        var reopened = ReportNoticeRules.OnEvent(Event(ReportEvents.Overdue, 900), Report(reopened: 1), Audience, null, Links);

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(n => n.Key), replayed.Select(n => n.Key));
        Assert.Empty(first.Select(n => n.Key).Intersect(reopened.Select(n => n.Key)));
        Assert.Contains("เกินกำหนด", first[0].Text.SubjectTh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EscalationLevel.DistrictChief, "u-chief")]
    [InlineData(EscalationLevel.DeputyGovernor, "u-deputy")]
    public void Escalated_TellsTheNextLinkOfTheChainOnly(EscalationLevel level, string expected)
    {
        var notices = ReportNoticeRules.OnEvent(Event(ReportEvents.Escalated), Report(level: level), Audience, null, Links);

        Assert.Equal(expected, Assert.Single(notices).Recipient.UserId);
    }

    [Theory]
    [InlineData(ReportEvents.Received, ReportStatus.Received, NoticeKinds.CitizenAccepted)]
    [InlineData(ReportEvents.Assigned, ReportStatus.Assigned, NoticeKinds.CitizenAssigned)]
    [InlineData(ReportEvents.Resolved, ReportStatus.Resolved, NoticeKinds.CitizenResolved)]
    [InlineData(ReportEvents.StatusChanged, ReportStatus.Rejected, NoticeKinds.CitizenRejected)]
    public void Citizen_WhoConsented_HearsEachStep_WithThePublicTrackingLinkOnly(string kind, ReportStatus status, string expected)
    {
        var notices = ReportNoticeRules.OnEvent(Event(kind), Report(status, takenBy: "u-suda"), Audience, Consented, Links);

        var citizen = Assert.Single(notices, n => n.Recipient.IsCitizen);
        Assert.Equal(expected, citizen.Kind);
        Assert.Equal("citizen@example.org", citizen.Recipient.Email);
        Assert.Equal("https://ops.example.org/track/SRB-2569-000042", citizen.Text.Link);
        var everything = string.Join("\n", citizen.Text.Subject, citizen.Text.BodyTh, citizen.Text.BodyEn, citizen.Text.Link);
        foreach (var staff in new[] { Somchai, Suda, Elsewhere, Chief, Deputy })
        {
            Assert.DoesNotContain(staff.DisplayName, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(staff.Email!, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Citizen_WithoutConsent_OrWhoUnsubscribed_HearsNothing()
    {
        var unconsented = new CitizenContactFacts("citizen@example.org", Consented: false, OptedOut: false);
        var unsubscribed = new CitizenContactFacts("citizen@example.org", Consented: true, OptedOut: true);

        Assert.DoesNotContain(ReportNoticeRules.OnEvent(Event(ReportEvents.Resolved), Report(ReportStatus.Resolved), Audience, unconsented, Links), n => n.Recipient.IsCitizen);
        Assert.DoesNotContain(ReportNoticeRules.OnEvent(Event(ReportEvents.Resolved), Report(ReportStatus.Resolved), Audience, unsubscribed, Links), n => n.Recipient.IsCitizen);
    }

    [Fact]
    public void Citizen_ReassignedTwice_HearsOnceThatTheReportWasPassedOn()
    {
        var first = ReportNoticeRules.OnEvent(Event(ReportEvents.Assigned, 100), Report(), Audience, Consented, Links).Single(n => n.Recipient.IsCitizen);
        var second = ReportNoticeRules.OnEvent(Event(ReportEvents.Assigned, 180), Report(), Audience, Consented, Links).Single(n => n.Recipient.IsCitizen);

        Assert.Equal(first.Key, second.Key);
    }

    [Fact]
    public void StatusChanged_ToInProgress_TellsNobody()
    {
        Assert.Empty(ReportNoticeRules.OnEvent(Event(ReportEvents.StatusChanged), Report(ReportStatus.InProgress), Audience, Consented, Links));
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(4, 2)]
    [InlineData(1, 2)]
    [InlineData(0, 0)]
    public void DueSoon_TellsTheAgencyWithinTheWindowOnly(int hoursLeft, int expected)
    {
        var report = Report() with { DueAt = Now.AddHours(hoursLeft) };

        Assert.Equal(expected, ReportNoticeRules.DueSoon(report, Audience, Now, TimeSpan.FromHours(4), Links).Count);
    }

    [Fact]
    public void DueSoon_AskedAgainLater_GivesTheSameKeys()
    {
        var report = Report() with { DueAt = Now.AddHours(3) };

        var first = ReportNoticeRules.DueSoon(report, Audience, Now, TimeSpan.FromHours(4), Links).Select(n => n.Key);
        var later = ReportNoticeRules.DueSoon(report, Audience, Now.AddHours(2), TimeSpan.FromHours(4), Links).Select(n => n.Key);

        Assert.Equal(first, later);
    }
}
