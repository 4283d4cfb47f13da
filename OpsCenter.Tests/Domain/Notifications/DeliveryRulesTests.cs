using OpsCenter.Domain.Common;
using OpsCenter.Domain.Notifications;

namespace OpsCenter.Tests.Domain.Notifications;

public sealed class DeliveryRulesTests
{
    // 22:00–07:00 Bangkok is 15:00–00:00 UTC.
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0));
    private static readonly StaffMember Somchai = new("u-somchai", "สมชาย", "somchai@example.org", "19", 7, [OpsRoles.AgencyStaff]);
    private static readonly IReadOnlySet<NotificationChannel> EmailOnly = new HashSet<NotificationChannel> { NotificationChannel.Email };

    private static DateTime Bangkok(int day, int hour, int minute = 0) => ThaiCalendar.FromBangkok(new DateTime(2026, 3, day, hour, minute, 0));

    [Theory]
    [InlineData(21, 59, false)]
    [InlineData(22, 0, true)]
    [InlineData(3, 0, true)]
    [InlineData(6, 59, true)]
    [InlineData(7, 0, false)]
    [InlineData(12, 0, false)]
    public void QuietHours_AcrossMidnight_ContainTheNightOnly(int hour, int minute, bool quiet)
    {
        Assert.Equal(quiet, Night.Contains(Bangkok(6, hour, minute)));
    }

    [Fact]
    public void QuietHours_AMessageAt2330_WaitsUntil0700TheNextMorning()
    {
        Assert.Equal(Bangkok(7, 7), Night.NextAllowed(Bangkok(6, 23, 30)));
        Assert.Equal(Bangkok(7, 7), Night.NextAllowed(Bangkok(7, 2, 0)));
        Assert.Equal(Bangkok(6, 9), Night.NextAllowed(Bangkok(6, 9)));
    }

    [Fact]
    public void QuietHours_SameStartAndEnd_AreNone()
    {
        var none = new QuietHours(new TimeOnly(8, 0), new TimeOnly(8, 0));

        Assert.False(none.Contains(Bangkok(6, 8)));
    }

    [Fact]
    public void ChannelPlan_Staff_WaitForTheGatheringWindowAndTheirQuietHours()
    {
        var notice = new Notice("k", NoticeKinds.ReportOverdue, "19", NoticeRecipient.Staff(Somchai), new NoticeText("ก", "a", "ข", "b", "https://x/"));
        var preference = NotificationPreference.Default with { Quiet = Night };

        var atNoon = Assert.Single(ChannelPlan.For(notice, preference, EmailOnly, Bangkok(6, 12), TimeSpan.FromSeconds(20)), d => d.Channel == NotificationChannel.Email);
        var atNight = ChannelPlan.For(notice, preference, EmailOnly, Bangkok(6, 23), TimeSpan.FromSeconds(20));

        Assert.Equal(Bangkok(6, 12).AddSeconds(20), atNoon.NotBefore);
        Assert.Equal(Bangkok(7, 7), Assert.Single(atNight, d => d.Channel == NotificationChannel.Email).NotBefore);
        Assert.Equal("k|1", atNoon.Key);
        Assert.Equal("somchai@example.org", atNoon.Address);

        // The centre shows it at once: nothing there disturbs anyone, so neither quiet hours nor the window hold it back.
        Assert.Equal(Bangkok(6, 23), Assert.Single(atNight, d => d.Channel == NotificationChannel.InApp).NotBefore);
    }

    [Fact]
    public void ChannelPlan_StaffAlwaysGetOneInAppNotice_EvenWithNoChannelConfigured_CitizensNever()
    {
        var notice = new Notice("k", NoticeKinds.ReportOverdue, "19", NoticeRecipient.Staff(Somchai), new NoticeText("ก", "a", "ข", "b", "https://x/"));
        var citizen = new Notice("c", NoticeKinds.CitizenResolved, "19", NoticeRecipient.Citizen(42, "citizen@example.org"), new NoticeText("ก", "a", "ข", "b", "https://x/"));
        var none = new HashSet<NotificationChannel>();

        var inApp = Assert.Single(ChannelPlan.For(notice, NotificationPreference.Default with { Email = false }, none, Bangkok(6, 12), TimeSpan.FromSeconds(20)));

        Assert.Equal((NotificationChannel.InApp, "u-somchai", "k|4"), (inApp.Channel, inApp.Address, inApp.Key));
        Assert.Empty(ChannelPlan.For(citizen, NotificationPreference.Default, none, Bangkok(6, 12), TimeSpan.Zero));
        Assert.Equal([NotificationChannel.Email], ChannelPlan.For(citizen, NotificationPreference.Default, EmailOnly, Bangkok(6, 12), TimeSpan.Zero).Select(d => d.Channel));
    }

    [Fact]
    public void ChannelPlan_OnlyChannelsBothChosenAndConfigured()
    {
        var notice = new Notice("k", NoticeKinds.ReportOverdue, "19", NoticeRecipient.Staff(Somchai), new NoticeText("ก", "a", "ข", "b", "https://x/"));
        var lineToo = new NotificationPreference(Email: true, Line: true, LineUserId: "U123", Night with { End = Night.Start });
        var both = new HashSet<NotificationChannel> { NotificationChannel.Email, NotificationChannel.Line };

        Assert.Equal([NotificationChannel.InApp, NotificationChannel.Email], ChannelPlan.For(notice, lineToo, EmailOnly, Bangkok(6, 12), TimeSpan.Zero).Select(d => d.Channel));
        Assert.Equal([NotificationChannel.InApp, NotificationChannel.Email, NotificationChannel.Line], ChannelPlan.For(notice, lineToo, both, Bangkok(6, 12), TimeSpan.Zero).Select(d => d.Channel));
        Assert.Equal([NotificationChannel.InApp], ChannelPlan.For(notice, lineToo with { Email = false }, EmailOnly, Bangkok(6, 12), TimeSpan.Zero).Select(d => d.Channel));
    }

    [Fact]
    public void ChannelPlan_MailAndLineGoInThePersonsLanguage_WithTheSubjectInIt()
    {
        var notice = new Notice("k", NoticeKinds.ReportOverdue, "19", NoticeRecipient.Staff(Somchai), new NoticeText("เกินกำหนด", "Overdue", "ข", "b", "https://x/"));
        var english = new NotificationPreference(Email: true, Line: true, LineUserId: "U1", new QuietHours(default, default), NoticeLanguage.English);
        var both = new HashSet<NotificationChannel> { NotificationChannel.Email, NotificationChannel.Line };

        var planned = ChannelPlan.For(notice, english, both, Bangkok(6, 12), TimeSpan.Zero);

        Assert.Equal([(NotificationChannel.InApp, NoticeLanguage.Thai), (NotificationChannel.Email, NoticeLanguage.English), (NotificationChannel.Line, NoticeLanguage.English)],
            planned.Select(d => (d.Channel, d.Language)));
        Assert.Equal(["เกินกำหนด / Overdue", "Overdue", "Overdue"], planned.Select(d => Notification.From(d, Bangkok(6, 12)).Subject));
    }

    [Theory]
    [InlineData(NoticeLanguage.English, "60 notifications", "You have 60 notifications", "and 10 more in the notification centre")]
    [InlineData(NoticeLanguage.Thai, "สรุปการแจ้งเตือน 60 รายการ / 60 notifications", "ท่านมีการแจ้งเตือน 60 รายการ / You have 60 notifications", "และอีก 10 รายการในศูนย์การแจ้งเตือน")]
    public void Templates_ADigest_IsWrittenInThePersonsLanguage(NoticeLanguage language, string subject, string heading, string rest)
    {
        var rows = Enumerable.Range(1, 60).ToDictionary(i => (long)i, i => new Notification
        {
            Id = i, Key = $"k{i}", Kind = NoticeKinds.ReportOverdue, ProvinceCode = "19", Address = "somchai@example.org", Language = language,
            Subject = language == NoticeLanguage.English ? $"Overdue: report SRB-{i:000}" : $"เกินกำหนด: เรื่อง SRB-{i:000} / Overdue: report SRB-{i:000}",
            BodyTh = "ข", BodyEn = "b", Link = $"https://x/reports/{i}",
        });
        var batch = new OutgoingBatch(NotificationChannel.Email, "somchai@example.org", [.. rows.Values.Select(r => r.ToPending())]);

        var message = NotificationTemplates.Render(batch, rows);

        Assert.Equal(subject, message.Subject);
        Assert.StartsWith(heading, message.Text, StringComparison.Ordinal);
        Assert.Contains(rest, message.Text, StringComparison.Ordinal);
        Assert.Contains("Overdue: report SRB-050", message.Text, StringComparison.Ordinal);
        Assert.Equal(language == NoticeLanguage.Thai, message.Text.Any(c => c is >= '\u0E00' and <= '\u0E7F'));
        Assert.Contains(language == NoticeLanguage.Thai ? "lang=\"th\"" : "lang=\"en\"", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void DigestRule_ABurstForOneAddressIsOneMessage_CitizensAndSmallBatchesStayApart()
    {
        var burst = Enumerable.Range(1, 200).Select(i => new PendingMessage(i, NoticeKinds.ReportOverdue, NotificationChannel.Email, "agency@example.org", $"s{i}", "https://x/"));
        var few = Enumerable.Range(201, 3).Select(i => new PendingMessage(i, NoticeKinds.ReportAssigned, NotificationChannel.Email, "suda@example.org", $"s{i}", "https://x/"));
        var citizens = Enumerable.Range(301, 6).Select(i => new PendingMessage(i, NoticeKinds.CitizenResolved, NotificationChannel.Email, "agency@example.org", $"c{i}", "https://x/"));

        var batches = DigestRule.Batch([.. burst, .. few, .. citizens], threshold: 5);

        var digest = Assert.Single(batches, b => b.IsDigest);
        Assert.Equal(200, digest.Messages.Count);
        Assert.Equal("agency@example.org", digest.Address);
        Assert.Equal(3, batches.Count(b => b.Address == "suda@example.org" && !b.IsDigest));
        Assert.Equal(6, batches.Count(b => b.Messages.All(m => NoticeKinds.IsCitizen(m.Kind))));
        Assert.Equal(209, batches.Sum(b => b.Messages.Count));
    }

    [Fact]
    public void RetryPolicy_DoublesFromTheBaseUpToTheCap_ThenDeadLetters()
    {
        var options = new NotificationsOptions { RetryBase = TimeSpan.FromSeconds(30), RetryMax = TimeSpan.FromMinutes(5), MaxAttempts = 6 };
        var now = Bangkok(6, 12);

        Assert.Equal([30, 60, 120, 240, 300], Enumerable.Range(1, 5).Select(a => (RetryPolicy.NextAttempt(a, false, now, options)!.Value - now).TotalSeconds));
        Assert.Null(RetryPolicy.NextAttempt(6, false, now, options));
        Assert.Null(RetryPolicy.NextAttempt(1, permanent: true, now, options));
    }

    [Fact]
    public void ExecutiveDigest_InThai_ByAgency_OncePerBangkokDay()
    {
        var governor = new StaffMember("u-gov", "ผู้ว่าฯ", "governor@example.org", "19", 1, [OpsRoles.Executive]);
        var clerk = new StaffMember("u-clerk", "เจ้าหน้าที่", "clerk@example.org", "19", 1, [OpsRoles.Official]);
        var facts = new DailyFacts("19", Bangkok(5, 0), Received: 12, Resolved: 9, Escalated: 2,
            [new AgencyOverdue("โยธาธิการ", "Public Works", 4, 1, 0), new AgencyOverdue("สถิติจังหวัด", "Statistics", 0, 0, 0)]);

        Assert.Null(ExecutiveDigest.DayDue(Bangkok(6, 6, 59)));
        var day = ExecutiveDigest.DayDue(Bangkok(6, 7))!.Value;
        var notice = Assert.Single(ExecutiveDigest.For(facts, day, [governor, clerk], new NotificationLinks("https://ops.example.org")));

        Assert.Equal("u-gov", notice.Recipient.UserId);
        Assert.StartsWith("สรุปศูนย์ปฏิบัติการประจำวันที่ 5 มี.ค. 2569", notice.Text.SubjectTh, StringComparison.Ordinal);
        Assert.Contains("รับใหม่ 12 เรื่อง ดำเนินการเสร็จ 9 เรื่อง ยกระดับ 2 เรื่อง", notice.Text.BodyTh, StringComparison.Ordinal);
        Assert.Contains("- โยธาธิการ: เรื่องร้องเรียน 4 ชุดข้อมูล 1 ข้อสั่งการ 0", notice.Text.BodyTh, StringComparison.Ordinal);
        Assert.DoesNotContain("สถิติจังหวัด", notice.Text.BodyTh, StringComparison.Ordinal);
        Assert.Equal(notice.Key, ExecutiveDigest.For(facts, ExecutiveDigest.DayDue(Bangkok(6, 18))!.Value, [governor], new NotificationLinks("https://ops.example.org")).Single().Key);
    }
}
