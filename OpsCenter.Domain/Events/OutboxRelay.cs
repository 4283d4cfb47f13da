using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Events;

/// <summary>
/// Delivers events committed by other processes to this one's bus. On PostgreSQL a trigger on the outbox notifies
/// <see cref="OutboxOptions.Channel"/> with the new id; this relay listens on a dedicated connection and, on every wake-up,
/// reads the outbox past its cursor. After the listening connection drops it reconnects and reads what it missed. On
/// SQLite (one instance, but CLI verbs run as separate processes) it polls instead. Events this process published itself
/// are skipped by the bus, which remembers delivered sequences.
/// </summary>
public sealed class OutboxRelay(
    IDbContextFactory<OpsDbContext> dbFactory,
    OutboxReader reader,
    OpsEventBus bus,
    IOptions<DatabaseOptions> database,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    Operations.OpsMetrics metrics,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    public const string ListenerApplicationName = "opscenter-outbox-listener";

    private readonly OutboxCursor _cursor = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _wakeLock = new();
    private bool _wakePending;
    private volatile bool _listening;
    private volatile bool _catchingUp;
    private long _connections;
    private long _delivered;
    private long _deliveredByCatchUp;

    /// <summary>True once the relay knows where the outbox ends and (on PostgreSQL) is listening.</summary>
    public bool IsReady => _cursor.IsStarted && (database.Value.Provider != DatabaseProvider.Postgres || _listening);

    /// <summary>The highest outbox sequence the relay has read.</summary>
    public long Position => _cursor.HighestRead;

    /// <summary>True while the PostgreSQL listening connection is open.</summary>
    public bool IsListening => _listening;

    /// <summary>Listening connections opened so far (1 + reconnections).</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Events from other processes delivered to this process's bus.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Of those, the ones found by the read that follows a reconnection: what would have been lost without the outbox.</summary>
    public long DeliveredByCatchUp => Interlocked.Read(ref _deliveredByCatchUp);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Relay)
        {
            return;
        }

        await Task.Yield();
        var reading = ReadLoopAsync(stoppingToken);
        var waking = database.Value.Provider == DatabaseProvider.Postgres ? ListenLoopAsync(stoppingToken) : PollLoopAsync(stoppingToken);
        await Task.WhenAll(reading, waking);
    }

    private void Wake()
    {
        lock (_wakeLock)
        {
            if (!_wakePending)
            {
                _wakePending = true;
                _wake.Release();
            }
        }
    }

    private async Task ListenLoopAsync(CancellationToken ct)
    {
        var connectionString = await ListenerConnectionStringAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxOptions.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                // Listening before the first read: anything committed after that read arrives as a notification.
                if (!_cursor.IsStarted)
                {
                    _cursor.Start(await reader.LatestSequenceAsync(ct));
                }
                else
                {
                    _catchingUp = true;
                }

                _listening = true;
                Interlocked.Increment(ref _connections);
                Wake();
                while (!ct.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(options.Value.IdleCheckInterval, ct))
                    {
                        // Quiet for a while: prove the connection is alive, and read anyway in case a notification was lost.
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(ct);
                        Wake();
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The outbox listening connection failed; reconnecting in {Delay}", options.Value.ReconnectDelay);
            }
            finally
            {
                _listening = false;
            }

            await Task.Delay(options.Value.ReconnectDelay, ct);
        }
    }

    private async Task<string> ListenerConnectionStringAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
        {
            ApplicationName = ListenerApplicationName,

            // A listening connection must never go back to a pool, where resetting it would silently stop the LISTEN.
            Pooling = false,
            KeepAlive = 15,
        };
        return builder.ConnectionString;
    }

    private async Task PollLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && !_cursor.IsStarted)
        {
            try
            {
                _cursor.Start(await reader.LatestSequenceAsync(ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read the outbox position; retrying");
                await Task.Delay(options.Value.ReconnectDelay, ct);
            }
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await timer.WaitForNextTickAsync(ct))
        {
            Wake();
        }
    }

    private async Task ReadLoopAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await _wake.WaitAsync(ct);
                lock (_wakeLock)
                {
                    _wakePending = false;
                }

                if (!_cursor.IsStarted)
                {
                    continue;
                }

                try
                {
                    var catchingUp = _catchingUp;
                    _catchingUp = false;
                    var (delivered, more) = await ReadOnceAsync(ct);
                    if (catchingUp)
                    {
                        Interlocked.Add(ref _deliveredByCatchUp, delivered);
                    }

                    if (more)
                    {
                        Wake();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Reading the outbox failed; will retry on the next wake-up");
                    await Task.Delay(options.Value.ReconnectDelay, ct);
                    Wake();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>One pass: rows past the cursor, then rows that were missing. Returns how many were new here, and whether more may be waiting.</summary>
    private async Task<(int Delivered, bool More)> ReadOnceAsync(CancellationToken ct)
    {
        var batch = options.Value.BatchSize;
        var now = time.GetUtcNow().UtcDateTime;
        var events = await reader.AfterAsync(_cursor.HighestRead, batch, cancellationToken: ct);
        var delivered = 0;
        foreach (var opsEvent in events)
        {
            _cursor.Read(opsEvent.Sequence, now);
            delivered += Deliver(opsEvent);
        }

        if (_cursor.Missing.Count > 0)
        {
            foreach (var late in await reader.ByIdsAsync([.. _cursor.Missing], ct))
            {
                _cursor.Read(late.Sequence, now);
                delivered += Deliver(late);
            }

            _cursor.Expire(now, options.Value.GapTimeout);
        }

        return (delivered, events.Count == batch);
    }

    private int Deliver(OpsEvent opsEvent)
    {
        if (bus.WasDelivered(opsEvent.Sequence))
        {
            return 0;
        }

        bus.Publish(opsEvent);
        Interlocked.Increment(ref _delivered);
        metrics.OutboxDelivered(time.GetUtcNow().UtcDateTime - opsEvent.OccurredAt);
        return 1;
    }
}
