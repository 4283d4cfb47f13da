using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Events;

/// <summary>Keeps the outbox from growing forever: rows older than <see cref="OutboxOptions.Retention"/> are deleted every sweep interval.</summary>
public sealed class OutboxRetention(
    IDbContextFactory<OpsDbContext> dbFactory,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRetention> logger) : BackgroundService
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Set<OutboxMessage>().Where(m => m.OccurredAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} outbox rows older than {Cutoff:O}", deleted, cutoff);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox retention sweep failed; trying again next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
