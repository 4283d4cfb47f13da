using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// SaveAndPublishAsync for work that needs an explicit transaction (a bulk import mixes COPY and EF on one
/// connection): the events are announced after the commit, never before it.
/// </summary>
internal static class ReportEventPublishing
{
    public static async Task CommitAndPublishAsync(this OpsDbContext db, IDbContextTransaction transaction, IOpsEventBus bus, CancellationToken cancellationToken)
    {
        var recorded = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var message in recorded)
        {
            bus.Publish(message.ToEvent());
        }
    }
}
