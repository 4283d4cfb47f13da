using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Events;

/// <summary>
/// The one write path: record events in the unit of work, commit, then announce exactly what was committed — with the
/// context's own transaction (<see cref="SaveAndPublishAsync"/>) or one the caller opened for work that mixes
/// statements (<see cref="CommitAndPublishAsync"/>).
/// </summary>
public static class EventPublishing
{
    public static void Record(this OpsDbContext db, OpsEvent opsEvent) => db.Add(OutboxMessage.From(opsEvent));

    /// <summary>
    /// Records an event about an entity whose id the database assigns on insert: <paramref name="describe"/> runs after the
    /// entity is saved, and the outbox row still commits in the same transaction as the entity.
    /// </summary>
    public static void Record<TEntity>(this OpsDbContext db, TEntity entity, Func<TEntity, OpsEvent> describe)
        where TEntity : class =>
        db.DeferredEvents.Add(() => OutboxMessage.From(describe(entity)));

    /// <summary>
    /// Commits, then publishes the recorded events to this process's bus; other processes get them from the outbox.
    /// Inside a transaction the caller owns nothing is published here, because nothing is committed yet: the outbox
    /// relay delivers those events once the caller commits.
    /// </summary>
    public static async Task<int> SaveAndPublishAsync(this OpsDbContext db, IOpsEventBus bus, CancellationToken cancellationToken = default)
    {
        var callerTransaction = db.Database.CurrentTransaction is not null;
        if (db.DeferredEvents.Count == 0)
        {
            var recorded = Recorded(db);
            var written = await db.SaveChangesAsync(cancellationToken);
            Publish(bus, callerTransaction ? [] : recorded);
            return written;
        }

        if (callerTransaction)
        {
            return (await SaveWithDeferredAsync(db, cancellationToken)).Written;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Savepoints would only matter to a caller that retries inside its own transaction; they cost two statements a save.
        db.Database.AutoSavepointsEnabled = false;
        return await CommitAndPublishAsync(db, transaction, bus, cancellationToken);
    }

    /// <summary>Saves what is pending with its events in the caller's transaction, commits it, then publishes.</summary>
    public static async Task<int> CommitAndPublishAsync(this OpsDbContext db, IDbContextTransaction transaction, IOpsEventBus bus, CancellationToken cancellationToken = default)
    {
        var (written, recorded) = await SaveWithDeferredAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(bus, recorded);
        return written;
    }

    private static async Task<(int Written, List<OutboxMessage> Recorded)> SaveWithDeferredAsync(OpsDbContext db, CancellationToken cancellationToken)
    {
        var recorded = Recorded(db);
        var deferred = db.DeferredEvents.ToList();
        db.DeferredEvents.Clear();
        var written = await db.SaveChangesAsync(cancellationToken);
        if (deferred.Count > 0)
        {
            var described = deferred.ConvertAll(describe => describe());
            db.AddRange(described);
            recorded.AddRange(described);
            written += await db.SaveChangesAsync(cancellationToken);
        }

        return (written, recorded);
    }

    private static List<OutboxMessage> Recorded(OpsDbContext db) =>
        db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    private static void Publish(IOpsEventBus bus, List<OutboxMessage> recorded)
    {
        foreach (var message in recorded)
        {
            bus.Publish(message.ToEvent());
        }
    }
}
