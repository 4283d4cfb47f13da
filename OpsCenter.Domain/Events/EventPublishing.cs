using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Events;

/// <summary>The one write path: record events in the unit of work, commit, then announce exactly what was committed.</summary>
public static class EventPublishing
{
    public static void Record(this OpsDbContext db, OpsEvent opsEvent) => db.Add(OutboxMessage.From(opsEvent));

    public static async Task<int> SaveAndPublishAsync(this OpsDbContext db, IOpsEventBus bus, CancellationToken cancellationToken = default)
    {
        var recorded = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        var written = await db.SaveChangesAsync(cancellationToken);
        foreach (var message in recorded)
        {
            bus.Publish(message.ToEvent());
        }

        return written;
    }
}
