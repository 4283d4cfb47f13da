using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// PostgreSQL's plan for a query as EF sends it, with sequential and bitmap scans off: a test database is so small that
/// the planner's costs would pick anything, so what a plan test asks is whether an index can serve the read; with
/// <c>inIndexOrder</c> sorts are off too, so a sort still in the plan is one no index could spare; with <c>bitmaps</c>
/// bitmap scans stay on (the only way PostgreSQL reads a GIN index, or two indexes for one OR).
/// </summary>
public static class QueryPlans
{
    public static async Task<string> ExplainAsync<T>(OpsDbContext db, IQueryable<T> query, bool inIndexOrder = false, bool bitmaps = false)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        if (!bitmaps)
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_bitmapscan = off");
        }

        if (inIndexOrder)
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_sort = off");
        }

        await using var explain = query.CreateDbCommand();
        explain.CommandText = "EXPLAIN " + explain.CommandText;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        return string.Join('\n', plan);
    }
}
