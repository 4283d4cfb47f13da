using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>Writes planned deliveries once each: keys already present are skipped, so planning again changes nothing.</summary>
public static class NotificationStore
{
    /// <summary>Adds the deliveries whose keys are new to <paramref name="db"/>'s unit of work; returns how many.</summary>
    public static async Task<int> AddNewAsync(OpsDbContext db, IReadOnlyCollection<PlannedDelivery> deliveries, DateTime now, CancellationToken ct)
    {
        var distinct = deliveries.GroupBy(d => d.Key).Select(g => g.First()).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in distinct.Select(d => d.Key).Chunk(500))
        {
            existing.UnionWith(await db.Set<Notification>().Where(n => chunk.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct));
        }

        var added = distinct.Where(d => !existing.Contains(d.Key)).Select(d => Notification.From(d, now)).ToList();
        db.AddRange(added);
        return added.Count;
    }

    /// <summary>Records one event per province that got new rows, so open headers refresh their unread counts.</summary>
    public static void Announce(OpsDbContext db, IReadOnlyCollection<PlannedDelivery> deliveries, int added, DateTime now)
    {
        if (added == 0)
        {
            return;
        }

        foreach (var province in deliveries.Where(d => d.Notice.Recipient.UserId is not null).Select(d => d.Notice.ProvinceCode).Distinct())
        {
            db.Record(new OpsEvent(NotificationEvents.Planned, province, "planned", now));
        }
    }
}
