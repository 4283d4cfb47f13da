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

    /// <summary>
    /// Stages the rows with <paramref name="stage"/> (which adds what is new) and saves them. Every instance plans every
    /// event and runs the sweep, and the unique key keeps one row per notice; when another instance saved some of the same
    /// keys between this one's read and its save, the save is staged again, and finds them, rather than failing the
    /// round (two instances during an upgrade at 10 million reports logged 31 failed rounds, each retried seconds later).
    /// </summary>
    public static async Task<int> SaveRacingAsync(OpsDbContext db, IOpsEventBus bus, Func<Task<int>> stage, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var added = await stage();
            try
            {
                await db.SaveAndPublishAsync(bus, ct);
                return added;
            }
            catch (DbUpdateException e) when (attempt < 3 && KeyTaken(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static bool KeyTaken(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg is { SqlState: "23505", ConstraintName: "IX_notifications_key" },
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("notifications.key", StringComparison.Ordinal),
        _ => false,
    };

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
