using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// PostgreSQL's plan for a query as EF sends it, with sequential scans off: a test database is small enough to read
/// whole, so what a plan test asks is which index the planner can use and whether it needs to sort.
/// </summary>
public static class QueryPlans
{
    public static async Task<string> ExplainAsync<T>(OpsDbContext db, IQueryable<T> query)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
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
