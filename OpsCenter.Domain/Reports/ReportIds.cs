using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// Takes a report id before the insert, so the report, its timeline, its idempotency record and its event (whose
/// subject is the id) are written by one SaveChanges, in one transaction, announced only after it commits.
/// </summary>
public static class ReportIds
{
    public static async Task<long> NextAsync(OpsDbContext db, CancellationToken cancellationToken)
    {
        // PostgreSQL: the identity column's own sequence, so ids from COPY imports and EF inserts never collide.
        // SQLite: one past both the AUTOINCREMENT high-water mark and the largest id; a concurrent writer that took the
        // same number loses on the primary key and the caller retries.
        var sql = db.Database.IsNpgsql()
            ? "SELECT nextval(pg_get_serial_sequence('citizen_reports', 'id')) AS \"Value\""
            : "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'citizen_reports'), 0), coalesce((SELECT max(id) FROM citizen_reports), 0)) + 1 AS \"Value\"";
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
    }
}
