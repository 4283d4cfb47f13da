using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Import;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Reports;

namespace OpsCenter.Tests.Persistence.Notifications;

/// <summary>
/// A Traffy import of a real export (900 tickets moved into Saraburi, open and finished ones as they were) tells staff only
/// what is due or overdue, tells nobody about the finished tickets, and reaches each person as one digest, not a flood.
/// </summary>
public sealed class ImportNotificationTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [SmtpAndSharedDataTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_OfARealExport_TellsOnlyWhatIsDueOrOverdue_NothingAboutFinishedTickets_AndEachPersonOneDigest(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        var planner = Notify.Planner(app, clock, options);
        var sweeper = ActivatorUtilities.CreateInstance<NotificationSweeper>(app.Services, clock, Microsoft.Extensions.Options.Options.Create(options), planner);
        var dispatcher = Notify.Dispatcher(app, clock, options);

        // The demo's own backlog first, so that what follows is the import's alone.
        await Notify.PlanAllAsync(planner);
        await sweeper.SweepOnceAsync();
        await DispatchAllAsync(dispatcher);
        long before;
        await using (var db = await Notify.DbAsync(app))
        {
            before = await db.Set<Notification>().MaxAsync(n => (long?)n.Id) ?? 0;
        }

        var file = TraffyFiles.Relocated(TraffyFiles.Canonical);
        await using (var stream = File.OpenRead(file))
        {
            var result = await app.Services.GetRequiredService<ReportImporter>().ImportAsync(stream, ImportSource.Traffy, "traffy.csv", TestAdmins.Steward());
            Assert.Equal(TraffyFiles.CountInsideWithId(file), result.Accepted);
        }

        await Notify.PlanAllAsync(planner);
        await sweeper.SweepOnceAsync();

        await using var check = await Notify.DbAsync(app);
        var imported = await check.Set<CitizenReport>().AsNoTracking().Where(r => r.Channel == ReportChannel.Traffy)
            .Select(r => new { r.Id, r.Status, r.DueAt }).ToListAsync();
        var finished = imported.Where(r => !ReportStatuses.IsOpen(r.Status)).Select(r => $"{Notify.BaseUrl}/reports/{r.Id}").ToHashSet(StringComparer.Ordinal);
        var open = imported.Where(r => ReportStatuses.IsOpen(r.Status)).ToDictionary(r => $"{Notify.BaseUrl}/reports/{r.Id}", StringComparer.Ordinal);
        Assert.True(finished.Count > 100 && open.Count > 100, $"the export mixes finished ({finished.Count}) and open ({open.Count}) tickets");

        var rows = await check.Set<Notification>().AsNoTracking().Where(n => n.Id > before).ToListAsync();
        var staff = rows.Where(n => n.UserId != null).ToList();
        Assert.NotEmpty(staff);
        Assert.DoesNotContain(rows, n => finished.Contains(n.Link));
        Assert.All(staff, n => Assert.Contains(n.Kind, new[] { NoticeKinds.ReportOverdue, NoticeKinds.ReportDueSoon }));
        Assert.All(staff, n => Assert.True(open[n.Link].DueAt <= clock.GetUtcNow().UtcDateTime + options.ReportDueSoon, $"{n.Link} is neither due nor overdue"));

        // Every notice in its person's centre once; the e-mails leave as one digest per person.
        Assert.Equal(staff.Count(n => n.Channel == NotificationChannel.Email), staff.Count(n => n.Channel == NotificationChannel.InApp));
        var perAddress = staff.Where(n => n.Channel == NotificationChannel.Email).GroupBy(n => n.Address).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(perAddress.Values, count => count >= options.DigestThreshold);
        var (sent, messages) = await DispatchAllAsync(dispatcher);
        Assert.Equal(perAddress.Values.Sum(), sent);
        Assert.Equal(perAddress.Values.Sum(count => count >= options.DigestThreshold ? 1 : count), messages);
        using var inbox = new Smtp4devInbox();
        foreach (var (address, count) in perAddress.Where(p => p.Value >= options.DigestThreshold))
        {
            Assert.Contains(await inbox.ToAsync(address), m => m.Subject == $"สรุปการแจ้งเตือน {count} รายการ / {count} notifications");
        }
    }

    private static async Task<(int Sent, int Messages)> DispatchAllAsync(NotificationDispatcher dispatcher)
    {
        int sent = 0, messages = 0;
        for (var pass = await dispatcher.DispatchOnceAsync(); pass.Claimed > 0; pass = await dispatcher.DispatchOnceAsync())
        {
            sent += pass.Sent;
            messages += pass.Messages;
        }

        return (sent, messages);
    }
}
