using System.Data.Common;
using Npgsql;

namespace OpsCenter.Domain.Persistence;

/// <summary>
/// What the primary's PostgreSQL connection string gets unless it names the setting itself. Npgsql prepares a statement
/// on a connection after its second use and keeps it across the pool, so PostgreSQL stops parsing the same few
/// statements (intake's duplicate search, insert, timeline entry, outbox row, idempotency key) for every report, and the
/// pool's reset keeps them instead of a DISCARD ALL. Each execution is still planned for its own values: a plan made
/// once for every value fits a small province and not Bangkok (budget versus need for Bangkok went from 40 to 168 ms
/// under PostgreSQL's generic plans). Intake: +12% in an alternating run (docs/scaling.md). <c>Max Auto Prepare=0</c>
/// turns it off (behind PgBouncer, which cannot keep prepared statements in transaction mode).
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 64;

    public const int AutoPrepareMinUsages = 2;

    public const string CustomPlans = "-c plan_cache_mode=force_custom_plan";

    public static string Apply(string connectionString)
    {
        // A string that names Max Auto Prepare is left whole: its operator chose, and behind PgBouncer (which refuses
        // the Options startup parameter) must be able to say Max Auto Prepare=0 and nothing more.
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal));
        if (named.Any(key => key.Equals(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare), StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxAutoPrepare, AutoPrepareMinUsages = AutoPrepareMinUsages };
        if (builder.Options?.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? CustomPlans : $"{builder.Options} {CustomPlans}";
        }

        return builder.ConnectionString;
    }
}
