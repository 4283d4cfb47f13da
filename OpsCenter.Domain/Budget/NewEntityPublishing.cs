using Microsoft.EntityFrameworkCore.Storage;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// For changes that need an id from an earlier insert (an event about a new row, a link to a new project): several
/// statements in one transaction, and the event announced only after the commit, as <see cref="EventPublishing"/> does.
/// </summary>
internal static class NewEntityPublishing
{
    public static async Task SaveNewAndPublishAsync(this OpsDbContext db, IOpsEventBus bus, Func<OpsEvent> eventAfterInsert, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.CommitAndPublishAsync(transaction, bus, eventAfterInsert(), ct);
    }

    /// <summary>Saves the pending changes with the event row, commits, then publishes.</summary>
    public static async Task CommitAndPublishAsync(this OpsDbContext db, IDbContextTransaction transaction, IOpsEventBus bus, OpsEvent opsEvent, CancellationToken ct)
    {
        var message = OutboxMessage.From(opsEvent);
        db.Add(message);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        bus.Publish(message.ToEvent());
    }
}
