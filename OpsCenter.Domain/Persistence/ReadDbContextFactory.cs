using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace OpsCenter.Domain.Persistence;

/// <summary>
/// Reads on the replica that see what the primary had when the read began: a context on the read connection is handed
/// out once the standby has replayed the primary's WAL position of that moment, so a wall recomputed on an event always
/// counts the report behind it. A standby more than <see cref="ReadOptions.MaxReplicaWait"/> behind, or one that does
/// not answer, leaves the read to the primary.
/// </summary>
public sealed class ReadDbContextFactory(IDbContextFactory<OpsDbContext> primary, DbContextOptions<OpsDbContext>? readOptions, ReadOptions options)
    : IReadDbContextFactory
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    /// <summary>Synchronous callers read the primary: waiting for the standby would block a thread.</summary>
    public OpsDbContext CreateDbContext() => primary.CreateDbContext();

    public async Task<OpsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (readOptions is null)
        {
            return await primary.CreateDbContextAsync(cancellationToken);
        }

        var fence = await PrimaryWalPositionAsync(cancellationToken);
        var read = new OpsDbContext(readOptions);
        try
        {
            if (await CaughtUpAsync(read, fence, cancellationToken))
            {
                return read;
            }
        }
        catch (DbException)
        {
            // No read host answers: the primary does, or the caller hears of it from there.
        }
        catch
        {
            await read.DisposeAsync();
            throw;
        }

        await read.DisposeAsync();
        return await primary.CreateDbContextAsync(cancellationToken);
    }

    /// <summary>True once the read connection's host is the primary or a standby that has replayed <paramref name="fence"/>; false after the wait.</summary>
    private async Task<bool> CaughtUpAsync(OpsDbContext read, string fence, CancellationToken ct)
    {
        // The open connection stays with the context, so the query runs on the host that was checked.
        await read.Database.OpenConnectionAsync(ct);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var (standby, caughtUp) = await ReplayStateAsync(read.Database.GetDbConnection(), fence, ct);
            if (!standby || caughtUp)
            {
                return true;
            }

            if (waited.Elapsed >= options.MaxReplicaWait)
            {
                return false;
            }

            await Task.Delay(Poll, ct);
        }
    }

    private async Task<string> PrimaryWalPositionAsync(CancellationToken ct)
    {
        await using var db = await primary.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_current_wal_lsn()::text";
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<(bool Standby, bool CaughtUp)> ReplayStateAsync(DbConnection connection, string fence, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_is_in_recovery(), coalesce(pg_last_wal_replay_lsn() >= @fence::pg_lsn, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "fence";
        parameter.Value = fence;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetBoolean(0), reader.GetBoolean(1));
    }
}
