using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// Folds the appended deltas into the tallies. Writers only append (a shared tally row would make every writer of a
/// province wait for the one before it); the fold is the tallies' only writer, one at a time on the primary, grouped
/// per batch. Every read of the tallies folds first (<see cref="TallyReading.ReadyAsync"/>), so a figure counts every
/// report committed before it was asked for; <see cref="TallyFoldingService"/> folds every second besides, so the
/// deltas stay a few seconds of intake.
/// </summary>
public sealed class TallyFolding(IDbContextFactory<OpsDbContext> dbFactory)
{
    private const long PostgresLock = 7419026;
    private static readonly string FoldSql = TallyTriggers.FoldPostgres();
    private readonly SemaphoreSlim _sqlite = new(1, 1);

    /// <summary>Folds what is pending; the number of deltas folded.</summary>
    public async Task<long> FoldAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Set<TallyDelta>().AnyAsync(ct))
        {
            return 0;
        }

        return IsPostgres(db) ? await FoldPostgresAsync(db, ct) : await FoldSqliteAsync(db, ct);
    }

    private static async Task<long> FoldPostgresAsync(OpsDbContext db, CancellationToken ct)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLock})", ct);
        // A WITH holding DELETE and INSERTs must be the statement itself, never a subquery EF could compose.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = FoldSql;
        command.CommandTimeout = 3600;
        var folded = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(ct);
        return folded;
    }

    private async Task<long> FoldSqliteAsync(OpsDbContext db, CancellationToken ct)
    {
        await _sqlite.WaitAsync(ct);
        try
        {
            // Microsoft.Data.Sqlite begins IMMEDIATE: no other connection writes until the commit.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var last = await db.Set<TallyDelta>().MaxAsync(d => (long?)d.Id, ct);
            if (last is not { } lastId)
            {
                return 0;
            }

            var folded = await db.Set<TallyDelta>().LongCountAsync(d => d.Id <= lastId, ct);
            foreach (var sql in TallyTriggers.FoldSqlite(lastId))
            {
                await db.Database.ExecuteSqlRawAsync(sql, ct);
            }

            await transaction.CommitAsync(ct);
            return folded;
        }
        finally
        {
            _sqlite.Release();
        }
    }

    internal static bool IsPostgres(OpsDbContext db) => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
}

/// <summary>Folds the tally deltas every <c>Reports:TallyFoldSeconds</c> (1 by default; 0 turns it off).</summary>
public sealed class TallyFoldingService(TallyFolding folding, TallyFoldingOptions options, TimeProvider time, ILogger<TallyFoldingService> logger)
    : PeriodicWork(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Seconds);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => folding.FoldAsync(cancellationToken);
}

public sealed record TallyFoldingOptions(double Seconds);
