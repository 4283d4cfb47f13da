using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Notifications;

public sealed class NotificationSweepTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sweep_TheDemosOverdueBacklog_ReachesEachPersonAsOneDigest_AndASecondSweepAddsNothing(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        var sweeper = ActivatorUtilities.CreateInstance<NotificationSweeper>(app.Services, clock, Microsoft.Extensions.Options.Options.Create(options),
            Notify.Planner(app, clock, options));

        var planned = await sweeper.SweepOnceAsync();
        Assert.Equal(0, await sweeper.SweepOnceAsync());

        await using var db = await Notify.DbAsync(app);
        var busiest = await db.Set<Notification>().Where(n => n.UserId != null && n.Channel == NotificationChannel.Email).GroupBy(n => n.Address)
            .Select(g => new { Address = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync();
        Assert.True(busiest.Count >= options.DigestThreshold, $"the demo should leave someone a backlog; the busiest has {busiest.Count}");
        Assert.Contains(await db.Set<Notification>().Where(n => n.Address == busiest.Address).Select(n => n.Kind).ToListAsync(), k => k == NoticeKinds.ReportOverdue);
        // The demo leaves one co-owner of a summed KPI owing last month's part: its staff are told.
        Assert.NotEmpty(await db.Set<Notification>().Where(n => n.Kind == NoticeKinds.KpiAwaited).ToListAsync());

        var dispatcher = Notify.Dispatcher(app, clock, options);
        var sentInAll = 0;
        for (var pass = await dispatcher.DispatchOnceAsync(); pass.Claimed > 0; pass = await dispatcher.DispatchOnceAsync())
        {
            sentInAll += pass.Sent;
        }

        // Every staff notice is in its person's centre as well, delivered when planned; the dispatcher sends the rest.
        var inApp = await db.Set<Notification>().Where(n => n.Channel == NotificationChannel.InApp).ToListAsync();
        var emailed = await db.Set<Notification>().Where(n => n.Channel == NotificationChannel.Email && n.UserId != null).Select(n => n.Key).ToListAsync();
        Assert.All(inApp, n => Assert.Equal(NotificationStatus.Sent, n.Status));
        var inAppNotices = inApp.Select(n => n.Key[..^"|4".Length]).ToHashSet(StringComparer.Ordinal);
        Assert.All(emailed, key => Assert.Contains(key[..^"|1".Length], inAppNotices));
        Assert.Equal(inApp.Count, inAppNotices.Count);
        Assert.Equal(planned, sentInAll + inApp.Count);
        var sent = await db.Set<Notification>().AsNoTracking().Where(n => n.Address == busiest.Address).ToListAsync();
        Assert.All(sent, n => Assert.Equal((NotificationStatus.Sent, busiest.Count), (n.Status, n.SentInBatchOf)));
        using var inbox = new Smtp4devInbox();
        Assert.Contains(await inbox.ToAsync(busiest.Address), m => m.Subject == $"สรุปการแจ้งเตือน {busiest.Count} รายการ / {busiest.Count} notifications");
    }
}
