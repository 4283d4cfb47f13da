using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// Theory data for "the same test on SQLite and on PostgreSQL". PostgreSQL rows are present only when a server is
/// configured; <c>PostgresConfigurationTests</c> then reports, as a skipped test, why they are missing.
/// </summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All
    {
        get
        {
            var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            if (PostgresServer.IsConfigured)
            {
                data.Add(DatabaseProvider.Postgres);
            }

            return data;
        }
    }
}

/// <summary>A fact that runs only when a PostgreSQL server is configured, and says why it was skipped otherwise.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsConfigured)
        {
            Skip = PostgresServer.NotConfiguredMessage;
        }
    }
}
