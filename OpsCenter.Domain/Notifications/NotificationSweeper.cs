using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// The rules time alone sets off: reports due soon or already overdue, datasets and meeting actions around their due
/// dates, and the executives' morning digest. Each run plans everything that holds now; the keys make a second run,
/// or a second instance, add nothing.
/// </summary>
public sealed class NotificationSweeper(
    IDbContextFactory<OpsDbContext> dbFactory,
    NotificationAudience audience,
    NotificationPlanner planner,
    Events.IOpsEventBus bus,
    DailyFactsQuery dailyFacts,
    Kpis.KpiBoardQuery kpis,
    IOptions<NotificationsOptions> options,
    TimeProvider time)
{
    /// <summary>Reports planned and saved together; a sweep's memory and transactions stay this size however large the backlog.</summary>
    private const int ReportChunk = 1000;

    /// <summary>Plans what the clock has made due; returns how many rows were new.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var links = new NotificationLinks(settings.PublicBaseUrl);
        var available = NotificationChannels.Available(settings);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var provinces = await db.Set<OpsUser>().Select(u => u.ProvinceCode).Distinct().ToListAsync(ct);
        var planned = 0;
        foreach (var province in provinces)
        {
            var people = await audience.ProvinceAsync(province, ct);

            // Reports a chunk at a time, each chunk saved before the next is read: an imported backlog of any size is
            // planned in bounded memory and transactions.
            await foreach (var chunk in ReportNoticesAsync(db, province, people, now, links, ct))
            {
                planned += await SaveAsync(db, chunk, people, available, now, ct);
            }

            var notices = new List<Notice>();
            notices.AddRange(await DatasetNoticesAsync(db, province, people, now, links, ct));
            notices.AddRange(await ActionNoticesAsync(db, province, people, now, links, ct));
            notices.AddRange(await KpiNoticesAsync(province, people, links, ct));
            if (ExecutiveDigest.DayDue(now) is { } day)
            {
                var facts = await dailyFacts.ForAsync(province, day, now, ct);
                notices.AddRange(ExecutiveDigest.For(facts, day, people.Executives, links));
            }

            planned += await SaveAsync(db, notices, people, available, now, ct);
        }

        return planned;
    }

    private async Task<int> SaveAsync(OpsDbContext db, List<Notice> notices, ProvincePeople people, IReadOnlySet<NotificationChannel> available, DateTime now, CancellationToken ct)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        var deliveries = notices.SelectMany(n => ChannelPlan.For(n, people.PreferenceOf(n.Recipient.UserId), available, now, options.Value.GatherWindow)).ToList();
        var added = await NotificationStore.SaveRacingAsync(db, bus, async () =>
        {
            var fresh = await NotificationStore.AddNewAsync(db, deliveries, now, ct);
            NotificationStore.Announce(db, deliveries, fresh, now);
            return fresh;
        }, ct);
        db.ChangeTracker.Clear();
        return added;
    }

    private async IAsyncEnumerable<List<Notice>> ReportNoticesAsync(
        OpsDbContext db, string province, ProvincePeople people, DateTime now, NotificationLinks links, [EnumeratorCancellation] CancellationToken ct)
    {
        var soon = now + options.Value.ReportDueSoon;
        var open = ReportStatuses.Open.ToArray();
        var ids = await db.Set<CitizenReport>()
            .Where(r => r.ProvinceCode == province && open.Contains(r.Status) && r.OwnerAgencyId != null && r.DueAt <= soon)
            .Select(r => r.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(ReportChunk))
        {
            var notices = new List<Notice>();
            foreach (var report in (await NotificationPlanner.ReportFactsAsync(db, chunk, ct)).Values)
            {
                var around = await planner.ReportAudienceAsync(report, people, ct);
                notices.AddRange(ReportNoticeRules.Overdue(report, around, now, links));
                notices.AddRange(ReportNoticeRules.DueSoon(report, around, now, options.Value.ReportDueSoon, links));
            }

            yield return notices;
        }
    }

    private async Task<List<Notice>> DatasetNoticesAsync(OpsDbContext db, string province, ProvincePeople people, DateTime now, NotificationLinks links, CancellationToken ct)
    {
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == province).ToListAsync(ct);
        var lead = options.Value.DeadlineLead;
        return [.. FreshnessReminders.Due(datasets.Select(DatasetFreshnessFacts.Of), now, lead)
            .SelectMany(r => DeadlineNoticeRules.ForDataset(r, province, people.Stewards, now, lead, links))];
    }

    private async Task<List<Notice>> KpiNoticesAsync(string province, ProvincePeople people, NotificationLinks links, CancellationToken ct) =>
        [.. (await kpis.CardsAsync(province, ct))
            .SelectMany(card => card.AwaitedOwners.Select(owner => new KpiAwaitedFacts(card.Kpi.Id, card.Kpi.Code, card.Kpi.NameTh, card.Kpi.NameEn, province, card.ReportingPeriod, owner.Id)))
            .SelectMany(awaited => KpiNoticeRules.Awaited(awaited, people.Workers, links))];

    private async Task<List<Notice>> ActionNoticesAsync(OpsDbContext db, string province, ProvincePeople people, DateTime now, NotificationLinks links, CancellationToken ct)
    {
        var lead = options.Value.DeadlineLead;
        var horizon = now + lead;
        var actions = await (from a in db.Set<ActionItem>().AsNoTracking()
                             join s in db.Set<ReviewSession>() on a.ReviewSessionId equals s.Id
                             where s.ProvinceCode == province && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress) && a.DueAt <= horizon
                             select new ActionFacts(a.Id, province, a.Text, a.OwnerAgencyId, a.DueAt, true)).ToListAsync(ct);
        return [.. actions.SelectMany(a => DeadlineNoticeRules.ForAction(a, people.Workers, now, lead, links))];
    }
}
