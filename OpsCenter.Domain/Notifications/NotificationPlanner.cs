using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// Reads the outbox from its own durable position and turns events into notification rows. The rows and the new
/// position commit together, so after a crash planning resumes where it left off; a replayed event plans the same keys,
/// which the unique index keeps to one row each. Ids that commit out of order are looked for again, like the relay does.
/// </summary>
public sealed class NotificationPlanner(
    IDbContextFactory<OpsDbContext> dbFactory,
    OutboxReader reader,
    IOpsEventBus bus,
    NotificationAudience audience,
    ReportReferenceData reference,
    IOptions<NotificationsOptions> options,
    IOptions<OutboxOptions> outbox,
    TimeProvider time)
{
    public const string PositionKey = "notifications.outbox_position";

    /// <summary>On the very first start, events this recent are still planned (the start-up sweep's, say).</summary>
    private static readonly TimeSpan FirstStartLookBack = TimeSpan.FromHours(1);

    private readonly OutboxCursor _cursor = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Plans one batch of events; returns the rows written and whether more events may be waiting.</summary>
    public async Task<(int Planned, bool More)> PlanOnceAsync(CancellationToken ct = default)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (!_cursor.IsStarted)
            {
                _cursor.Start(await StartPositionAsync(now, ct));
            }

            var batch = options.Value.BatchSize;
            var events = (await reader.AfterAsync(_cursor.HighestRead, batch, cancellationToken: ct)).ToList();
            if (_cursor.Missing.Count > 0)
            {
                events.AddRange(await reader.ByIdsAsync([.. _cursor.Missing], ct));
            }

            var planned = 0;
            if (events.Count > 0)
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var deliveries = await DeliveriesAsync(db, events, now, ct);
                planned = await NotificationStore.SaveRacingAsync(db, bus, async () =>
                {
                    var added = await NotificationStore.AddNewAsync(db, deliveries, now, ct);
                    await SavePositionAsync(db, Math.Max(_cursor.HighestRead, events.Max(e => e.Sequence)), ct);
                    NotificationStore.Announce(db, deliveries, added, now);
                    return added;
                }, ct);
            }

            foreach (var opsEvent in events.OrderBy(e => e.Sequence))
            {
                _cursor.Read(opsEvent.Sequence, now);
            }

            _cursor.Expire(now, outbox.Value.GapTimeout);
            return (planned, events.Count >= batch);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<List<PlannedDelivery>> DeliveriesAsync(OpsDbContext db, List<OpsEvent> events, DateTime now, CancellationToken ct)
    {
        var reportEvents = events.Where(e => ReportEvents.IsReport(e.Kind) && long.TryParse(e.SubjectId, CultureInfo.InvariantCulture, out _)).ToList();
        if (reportEvents.Count == 0)
        {
            return [];
        }

        var ids = reportEvents.Select(e => long.Parse(e.SubjectId, CultureInfo.InvariantCulture)).Distinct().ToList();
        var facts = await ReportFactsAsync(db, ids, ct);
        var optedOut = (await db.Set<NotificationOptOut>().Where(o => ids.Contains(o.ReportId)).Select(o => o.ReportId).ToListAsync(ct)).ToHashSet();
        var contacts = await db.Set<ReporterContact>().AsNoTracking().Where(c => ids.Contains(c.ReportId))
            .ToDictionaryAsync(c => c.ReportId, c => new CitizenContactFacts(c.Email, c.ConsentAt != default, optedOut.Contains(c.ReportId)), ct);
        var links = new NotificationLinks(options.Value.PublicBaseUrl);
        var available = NotificationChannels.Available(options.Value);
        var owners = facts.Values.Select(f => f.OwnerAgencyId).OfType<int>().Distinct().ToList();
        var webhooks = await db.Set<AgencyWebhook>().AsNoTracking().Where(w => w.Enabled && owners.Contains(w.AgencyId)).ToListAsync(ct);
        var people = new Dictionary<string, ProvincePeople>(StringComparer.Ordinal);
        var deliveries = new List<PlannedDelivery>();
        foreach (var opsEvent in reportEvents)
        {
            if (!facts.TryGetValue(long.Parse(opsEvent.SubjectId, CultureInfo.InvariantCulture), out var report))
            {
                continue;
            }

            if (!people.TryGetValue(report.ProvinceCode, out var province))
            {
                province = await audience.ProvinceAsync(report.ProvinceCode, ct);
                people[report.ProvinceCode] = province;
            }

            var notices = ReportNoticeRules.OnEvent(opsEvent, report, await ReportAudienceAsync(report, province, ct), contacts.GetValueOrDefault(report.Id), links);
            deliveries.AddRange(notices.SelectMany(n => ChannelPlan.For(n, province.PreferenceOf(n.Recipient.UserId), available, now, options.Value.GatherWindow)));
            deliveries.AddRange(WebhookRules.For(opsEvent, report, webhooks, now, links));
        }

        return deliveries;
    }

    internal static async Task<Dictionary<long, ReportFacts>> ReportFactsAsync(OpsDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        await (from r in db.Set<CitizenReport>().AsNoTracking()
               join c in db.Set<ReportCategory>() on r.CategoryCode equals c.Code
               where ids.Contains(r.Id)
               select new ReportFacts(r.Id, r.TrackingNumber, r.ProvinceCode, r.Status, r.OwnerAgencyId, r.AssignedUserId, r.DueAt,
                   r.EscalationLevel, r.ReopenCount, c.NameTh, c.NameEn, r.DistrictCode)).ToDictionaryAsync(f => f.Id, ct);

    internal async Task<ReportAudience> ReportAudienceAsync(ReportFacts report, ProvincePeople province, CancellationToken ct)
    {
        var setup = await reference.ProvinceAsync(report.ProvinceCode, ct);
        var office = report.DistrictCode is { } district && setup?.DistrictOffices.TryGetValue(district, out var id) == true ? id : (int?)null;
        return new ReportAudience(province.Workers, province.InAgency(office), province.Executives);
    }

    private async Task<long> StartPositionAsync(DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var saved = await db.Set<AppSetting>().AsNoTracking().Where(s => s.Key == PositionKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
        if (saved is not null)
        {
            return long.Parse(saved, CultureInfo.InvariantCulture);
        }

        var since = now - FirstStartLookBack;
        return await db.Set<OutboxMessage>().Where(m => m.OccurredAt < since).MaxAsync(m => (long?)m.Id, ct) ?? 0;
    }

    private static async Task SavePositionAsync(OpsDbContext db, long position, CancellationToken ct)
    {
        var value = position.ToString(CultureInfo.InvariantCulture);
        var row = await db.Set<AppSetting>().FirstOrDefaultAsync(s => s.Key == PositionKey, ct);
        if (row is null)
        {
            db.Add(new AppSetting { Key = PositionKey, Value = value });
        }
        else
        {
            row.Value = value;
        }
    }
}
