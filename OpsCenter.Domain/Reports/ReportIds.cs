using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// Takes a report id before the insert, so the report, its timeline, its idempotency record and its event (whose
/// subject is the id) are written by one SaveChanges, in one transaction, announced only after it commits.
/// </summary>
public sealed class ReportIds
{
    private readonly Lock _gate = new();
    private long _next;

    public async Task<long> NextAsync(OpsDbContext db, CancellationToken cancellationToken)
    {
        // PostgreSQL: the identity column's own sequence, so ids from COPY imports and EF inserts never collide.
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQueryRaw<long>("SELECT nextval(pg_get_serial_sequence('citizen_reports', 'id')) AS \"Value\"").SingleAsync(cancellationToken);
        }

        // SQLite has no sequence: one past both the AUTOINCREMENT high-water mark and the largest id, and never a number
        // this process already handed out (concurrent requests read the same maximum). Another process sharing the
        // file can still take the same number; it loses on the primary key and the caller retries.
        var fromDatabase = await db.Database.SqlQueryRaw<long>(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'citizen_reports'), 0), coalesce((SELECT max(id) FROM citizen_reports), 0)) + 1 AS \"Value\"")
            .SingleAsync(cancellationToken);
        lock (_gate)
        {
            _next = Math.Max(_next, fromDatabase);
            return _next++;
        }
    }
}
