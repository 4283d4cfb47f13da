using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Events;

/// <summary>Reads committed events back from the outbox: for the relay, and for clients catching up after a disconnection.</summary>
public sealed class OutboxReader(IDbContextFactory<OpsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OpsEvent>> AfterAsync(long afterSequence, int max, string? provinceCode = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Id > afterSequence);
        if (provinceCode is not null)
        {
            query = query.Where(m => m.ProvinceCode == provinceCode);
        }

        var rows = await query.OrderBy(m => m.Id).Take(max).ToListAsync(cancellationToken);
        return rows.ConvertAll(m => m.ToEvent());
    }

    public async Task<IReadOnlyList<OpsEvent>> ByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return rows.ConvertAll(m => m.ToEvent());
    }

    public async Task<long> LatestSequenceAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<OutboxMessage>().MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
    }
}
