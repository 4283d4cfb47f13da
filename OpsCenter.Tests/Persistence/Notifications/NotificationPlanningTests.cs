using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Notifications;

public sealed class NotificationPlanningTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    private static readonly Actor Official = Actor.Staff("official-id", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Planner_ReportFiledThenAssigned_TellsTheCitizenAndTheAgencyOnce_EvenPlannedAgainAfterARestart(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var citizen = $"citizen-{Guid.NewGuid():N}@example.org";
        var (id, tracking) = await FileAsync(app, citizen);
        await using (var db = await Notify.DbAsync(app))
        {
            var pwtp = await db.Set<Agency>().SingleAsync(a => a.Code == "SRB-PWTP");
            Assert.Null(await app.Services.GetRequiredService<ReportWorkflowService>().ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: pwtp.Id), Official));
        }

        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));

        var toCitizen = await Notify.RowsToAsync(app, citizen);
        Assert.Equal([NoticeKinds.CitizenAccepted, NoticeKinds.CitizenAssigned], toCitizen.Select(n => n.Kind));
        Assert.All(toCitizen, n => Assert.Equal($"{Notify.BaseUrl}/track/{tracking}", n.Link));
        var agencyUser = await UserAsync(app, "agency");
        var toAgency = await RowsForReportAsync(app, id, agencyUser.Id);
        Assert.Equal([NotificationChannel.Email, NotificationChannel.InApp], toAgency.Select(n => n.Channel).Order());
        Assert.All(toAgency, n => Assert.Equal((NoticeKinds.ReportAssigned, $"{Notify.BaseUrl}/reports/{id}"), (n.Kind, n.Link)));
        Assert.Equal("agency@demo.example.org", toAgency.Single(n => n.Channel == NotificationChannel.Email).Address);

        // A restart that lost its position reads the same events again: the keys keep it to the same rows.
        await using (var db = await Notify.DbAsync(app))
        {
            await db.Set<AppSetting>().Where(s => s.Key == NotificationPlanner.PositionKey).ExecuteDeleteAsync();
        }

        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        Assert.Equal(2, (await Notify.RowsToAsync(app, citizen)).Count);
        Assert.Equal(2, (await RowsForReportAsync(app, id, agencyUser.Id)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Planner_CitizenWhoLeftNoContact_IsToldNothing_AndStaffQuietHoursDelayTheirs(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = new ManualClock(ThaiCalendar.FromBangkok(ThaiCalendar.ToBangkok(TestClock.UtcNow).Date.AddHours(23)));
        var options = Notify.Options();
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var agencyUser = await UserAsync(app, "agency");
        await using (var db = await Notify.DbAsync(app))
        {
            db.Add(new NotificationPreferenceRow { UserId = agencyUser.Id, Email = true, QuietStartMinute = 22 * 60, QuietEndMinute = 7 * 60 });
            await db.SaveChangesAsync();
        }

        try
        {
            var citizen = $"noconsent-{Guid.NewGuid():N}@example.org";
            var (id, _) = await FileAsync(app, citizen, consent: false);
            await using (var db = await Notify.DbAsync(app))
            {
                var pwtp = await db.Set<Agency>().SingleAsync(a => a.Code == "SRB-PWTP");
                Assert.Null(await app.Services.GetRequiredService<ReportWorkflowService>().ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: pwtp.Id), Official));
            }

            await Notify.PlanAllAsync(Notify.Planner(app, clock, options));

            Assert.Empty(await Notify.RowsToAsync(app, citizen));
            var row = Assert.Single(await RowsForReportAsync(app, id, agencyUser.Id), n => n.Channel == NotificationChannel.Email);
            Assert.Equal(ThaiCalendar.FromBangkok(ThaiCalendar.ToBangkok(clock.GetUtcNow().UtcDateTime).Date.AddDays(1).AddHours(7)), row.NotBefore);
        }
        finally
        {
            await using var db = await Notify.DbAsync(app);
            await db.Set<NotificationPreferenceRow>().Where(p => p.UserId == agencyUser.Id).ExecuteDeleteAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Planner_NoChannelConfigured_StaffStillFindTheNoticeInTheirCentre_WithTheUnreadCount_AndNothingIsSent(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        options.Smtp = new SmtpOptions();
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var agencyUser = await UserAsync(app, "agency");
        var agency = Actor.Staff(agencyUser.Id, agencyUser.DisplayName, "19", agencyUser.AgencyId, OpsRoles.AgencyStaff);
        var centre = app.Services.GetRequiredService<NotificationCentre>();
        var unreadBefore = await centre.UnreadCountAsync(agency);

        var (id, tracking) = await FileAsync(app, $"nochannel-{Guid.NewGuid():N}@example.org");
        await using (var db = await Notify.DbAsync(app))
        {
            var pwtp = await db.Set<Agency>().SingleAsync(a => a.Code == "SRB-PWTP");
            Assert.Null(await app.Services.GetRequiredService<ReportWorkflowService>().ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: pwtp.Id), Official));
        }

        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));

        var row = Assert.Single(await RowsForReportAsync(app, id, agencyUser.Id));
        Assert.Equal((NotificationChannel.InApp, NotificationStatus.Sent, agencyUser.Id), (row.Channel, row.Status, row.Address));
        var shown = Assert.Single((await centre.MineAsync(agency, new PageRequest())).Rows, n => n.Id == row.Id);
        Assert.Equal(($"{Notify.BaseUrl}/reports/{id}", null), (shown.Link, shown.ReadAt));
        Assert.Contains(tracking, shown.Subject, StringComparison.Ordinal);
        Assert.Equal(unreadBefore + 1, await centre.UnreadCountAsync(agency));
        Assert.DoesNotContain((await centre.DeliveriesAsync(Actor.Staff("admin-id", "admin", "19", null, OpsRoles.Admin), null, new PageRequest(Size: PageRequest.MaxSize))).Rows, d => d.Id == row.Id);
    }

    /// <summary>
    /// Every instance plans every event, the unique key keeping one row: when another instance saves a key between this
    /// one's read and its save, the round stages again and saves the rest, rather than failing (a rolling upgrade at 10
    /// million reports logged 31 failed rounds, each retried seconds later).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Store_AnotherInstanceSavedAKeyFirst_TheRoundStagesAgain_AndSavesTheRestOnce(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var now = TestClock.UtcNow;
        PlannedDelivery Delivery(string key) => new(
            new Notice($"race:{key}", "test", "19", new NoticeRecipient("u-race", null, "race@example.org"),
                new NoticeText("แข่ง", "Race", "เนื้อหา", "Body", $"{Notify.BaseUrl}/reports/1")),
            NotificationChannel.Email, "race@example.org", now);
        var (taken, mine) = (Delivery(Guid.NewGuid().ToString("N")), Delivery(Guid.NewGuid().ToString("N")));
        await using var db = await Notify.DbAsync(app);
        var stages = 0;

        var added = await NotificationStore.SaveRacingAsync(db, app.Services.GetRequiredService<OpsCenter.Domain.Events.IOpsEventBus>(), async () =>
        {
            var fresh = await NotificationStore.AddNewAsync(db, [taken, mine], now, CancellationToken.None);
            if (++stages == 1)
            {
                await using var other = await Notify.DbAsync(app);
                await NotificationStore.AddNewAsync(other, [taken], now, CancellationToken.None);
                await other.SaveChangesAsync();
            }

            return fresh;
        }, CancellationToken.None);

        await using var check = await Notify.DbAsync(app);
        Assert.Equal((2, 1), (stages, added));
        Assert.Equal(1, await check.Set<Notification>().CountAsync(n => n.Key == taken.Key));
        Assert.Equal(1, await check.Set<Notification>().CountAsync(n => n.Key == mine.Key));
    }

    private static async Task<(long Id, string Tracking)> FileAsync(OpsAppFactory app, string email, bool consent = true)
    {
        using var client = app.CreateClient();
        var body = ReportPayloads.Valid("ทางเท้าชำรุด ทดสอบการแจ้งเตือน " + Guid.NewGuid().ToString("N")[..6]);
        body["category"] = "footpath";
        if (consent)
        {
            body["name"] = "สมศรี ทดสอบ";
            body["email"] = email;
            body["consent"] = true;
        }

        var created = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, body));
        return (created.GetProperty("id").GetInt64(), created.GetProperty("trackingNumber").GetString()!);
    }

    private static async Task<OpsUser> UserAsync(OpsAppFactory app, string userName)
    {
        await using var db = await Notify.DbAsync(app);
        return await db.Set<OpsUser>().AsNoTracking().SingleAsync(u => u.UserName == userName);
    }

    private static async Task<List<Notification>> RowsForReportAsync(OpsAppFactory app, long reportId, string userId)
    {
        await using var db = await Notify.DbAsync(app);
        var link = $"{Notify.BaseUrl}/reports/{reportId}";
        return await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId && n.Link == link).OrderBy(n => n.Id).ToListAsync();
    }
}
