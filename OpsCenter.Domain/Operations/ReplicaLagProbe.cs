using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Operations;

/// <summary>Where the read connection lands and how far its standby is behind the primary.</summary>
public sealed record ReplicaState(bool Standby, double LagSeconds, long LagBytes, string? Problem)
{
    /// <summary>One line for /healthz.</summary>
    public string Describe() => Problem is not null
        ? $"read replica: not answering ({Problem}); reads go to the primary"
        : Standby
            ? $"read replica: lag {LagSeconds:0.000} s, {LagBytes} bytes"
            : "read replica: no standby answers; reads go to the primary";
}

/// <summary>
/// The replica's replay lag, asked of the read connection (ConnectionStrings:OpsCenterRead) and the primary: seconds
/// since the last replayed commit while WAL is still to replay (0 when caught up), and bytes of WAL the primary has
/// written that the standby has not replayed.
/// </summary>
public sealed class ReplicaLagProbe(IConfiguration configuration, IDbContextFactory<OpsDbContext> primary)
{
    private readonly string? _readConnection = configuration.GetConnectionString(ReadOptions.ConnectionStringName) is { Length: > 0 } read
        ? new NpgsqlConnectionStringBuilder(read) { Timeout = (int)DatabaseProbe.Timeout.TotalSeconds }.ConnectionString
        : null;

    public bool Configured => _readConnection is not null;

    public async Task<ReplicaState?> StateAsync(CancellationToken ct)
    {
        if (_readConnection is null)
        {
            return null;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(DatabaseProbe.Timeout);
            await using var connection = new NpgsqlConnection(_readConnection);
            await connection.OpenAsync(timeout.Token);
            await using var replay = new NpgsqlCommand(
                """
                SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text,
                       CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                            ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END
                """, connection);
            await using var reader = await replay.ExecuteReaderAsync(timeout.Token);
            await reader.ReadAsync(timeout.Token);
            if (!reader.GetBoolean(0))
            {
                return new ReplicaState(false, 0, 0, null);
            }

            var replayed = reader.GetString(1);
            var seconds = reader.IsDBNull(2) ? 0 : reader.GetDouble(2);
            return new ReplicaState(true, seconds, await BytesBehindAsync(replayed, timeout.Token), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ReplicaState(false, 0, 0, $"did not answer within {DatabaseProbe.Timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return new ReplicaState(false, 0, 0, Failures.Reason(ex));
        }
    }

    private async Task<long> BytesBehindAsync(string replayed, CancellationToken ct)
    {
        await using var db = await primary.CreateDbContextAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT greatest(pg_wal_lsn_diff(pg_current_wal_lsn(), @replayed::pg_lsn), 0)::bigint", connection);
        command.Parameters.AddWithValue("replayed", replayed);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
