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
        Assert.Equal(NoticeKinds.ReportAssigned, Assert.Single(toAgency).Kind);
        Assert.Equal("agency@demo.example.org", toAgency[0].Address);
        Assert.Equal($"{Notify.BaseUrl}/reports/{id}", toAgency[0].Link);

        // A restart that lost its position reads the same events again: the keys keep it to the same rows.
        await using (var db = await Notify.DbAsync(app))
        {
            await db.Set<AppSetting>().Where(s => s.Key == NotificationPlanner.PositionKey).ExecuteDeleteAsync();
        }

        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        Assert.Equal(2, (await Notify.RowsToAsync(app, citizen)).Count);
        Assert.Single(await RowsForReportAsync(app, id, agencyUser.Id));
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
            var row = Assert.Single(await RowsForReportAsync(app, id, agencyUser.Id));
            Assert.Equal(ThaiCalendar.FromBangkok(ThaiCalendar.ToBangkok(clock.GetUtcNow().UtcDateTime).Date.AddDays(1).AddHours(7)), row.NotBefore);
        }
        finally
        {
            await using var db = await Notify.DbAsync(app);
            await db.Set<NotificationPreferenceRow>().Where(p => p.UserId == agencyUser.Id).ExecuteDeleteAsync();
        }
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
