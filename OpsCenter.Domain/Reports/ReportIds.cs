using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// Takes a report id before the insert, so the report, its timeline, its idempotency record and its event (whose
/// subject is the id) are written by one SaveChanges, in one transaction, announced only after it commits.
/// </summary>
public sealed class ReportIds(IOptions<DatabaseOptions> database)
{
    private readonly bool _postgres = database.Value.Provider == DatabaseProvider.Postgres;
    private readonly Lock _gate = new();
    private readonly Queue<long> _reserved = new();
    private long _next;

    public async Task<long> NextAsync(OpsDbContext db, CancellationToken cancellationToken)
    {
        // PostgreSQL: the identity column's own sequence, so ids from COPY imports and EF inserts never collide, taken
        // fifty at a time to spare a round trip per report. Unused numbers are gaps, as with any sequence.
        if (_postgres)
        {
            lock (_gate)
            {
                if (_reserved.TryDequeue(out var reserved))
                {
                    return reserved;
                }
            }

            var block = await db.Database.SqlQueryRaw<long>(
                "SELECT nextval(pg_get_serial_sequence('citizen_reports', 'id')) AS \"Value\" FROM generate_series(1, 50)").ToListAsync(cancellationToken);
            lock (_gate)
            {
                foreach (var id in block.Skip(1))
                {
                    _reserved.Enqueue(id);
                }
            }

            return block[0];
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
