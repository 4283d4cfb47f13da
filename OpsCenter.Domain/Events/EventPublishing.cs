using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Events;

/// <summary>The one write path: record events in the unit of work, commit, then announce exactly what was committed.</summary>
public static class EventPublishing
{
    private static readonly ConditionalWeakTable<OpsDbContext, List<Func<OutboxMessage>>> Deferred = [];

    public static void Record(this OpsDbContext db, OpsEvent opsEvent) => db.Add(OutboxMessage.From(opsEvent));

    /// <summary>
    /// Records an event about an entity whose id the database assigns on insert: <paramref name="describe"/> runs after the
    /// entity is saved, and the outbox row still commits in the same transaction as the entity.
    /// </summary>
    public static void Record<TEntity>(this OpsDbContext db, TEntity entity, Func<TEntity, OpsEvent> describe)
        where TEntity : class =>
        Deferred.GetOrCreateValue(db).Add(() => OutboxMessage.From(describe(entity)));

    /// <summary>
    /// Commits, then publishes the recorded events to this process's bus; other processes get them from the outbox.
    /// Inside a transaction the caller owns nothing is published here, because nothing is committed yet: the outbox
    /// relay delivers those events once the caller commits.
    /// </summary>
    public static async Task<int> SaveAndPublishAsync(this OpsDbContext db, IOpsEventBus bus, CancellationToken cancellationToken = default)
    {
        var callerTransaction = db.Database.CurrentTransaction is not null;
        var deferred = Deferred.TryGetValue(db, out var pending) && pending.Count > 0 ? pending.ToList() : [];
        pending?.Clear();
        var recorded = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();

        int written;
        if (deferred.Count == 0)
        {
            written = await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await using var transaction = callerTransaction ? null : await db.Database.BeginTransactionAsync(cancellationToken);

            // Savepoints would only matter to a caller that retries inside its own transaction; they cost two statements a save.
            db.Database.AutoSavepointsEnabled = callerTransaction;
            written = await db.SaveChangesAsync(cancellationToken);
            var described = deferred.ConvertAll(describe => describe());
            db.AddRange(described);
            recorded.AddRange(described);
            written += await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (!callerTransaction)
        {
            foreach (var message in recorded)
            {
                bus.Publish(message.ToEvent());
            }
        }

        return written;
    }
}
