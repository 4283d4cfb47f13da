using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Persistence.Demo;

namespace OpsCenter.Domain.Persistence;

/// <summary>Brings the database to the current schema and seeds demo data; runs before the app serves or a CLI verb works.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<OpsDbContext> dbFactory,
    IOptions<DatabaseOptions> options,
    DemoSeeder seeder,
    Areas.Boundaries.ShippedBoundaryUpgrade shippedBoundaries,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.MigrateOnStartup)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (options.Value.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets the wall screens read while intake writes; it is a property of the file, so set it once here.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            // EF Core's own migration lock is released between migrations on PostgreSQL, so with two or more pending a second
            // instance could re-run one; a session-level advisory lock on the context's connection spans the whole run.
            // The others ask again every half-second rather than wait inside pg_advisory_lock: a statement waiting holds its
            // snapshot, and CREATE INDEX CONCURRENTLY (OnlineIndexes) waits for every older snapshot to end, so the
            // migrating instance and the waiting ones deadlocked (three instances started together on a new database).
            if (options.Value.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                while (!await db.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_lock(7419001) AS \"Value\"").SingleAsync(cancellationToken))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                }
            }

            // Some migrations count every report again (the tallies); at national scale that takes minutes, not seconds.
            db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
            await db.Database.MigrateAsync(cancellationToken);
            if (options.Value.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7419001)", cancellationToken);
            }

            logger.LogInformation("Database schema is current ({Provider})", options.Value.Provider);
        }

        await seeder.SeedIfEmptyAsync(cancellationToken);

        // A data migration: it runs where schema migrations run, never on instances told to leave the database alone.
        if (options.Value.MigrateOnStartup)
        {
            await shippedBoundaries.UpgradeAsync(cancellationToken);
        }
    }
}
