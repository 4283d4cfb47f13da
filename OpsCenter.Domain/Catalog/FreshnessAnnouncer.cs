using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Catalog;

/// <summary>Time alone turns a dataset due soon, then overdue; this notices and tells the wall, once per change.</summary>
public sealed class FreshnessAnnouncer(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time)
{
    /// <summary>Returns how many datasets changed state.</summary>
    public async Task<int> AnnounceChangesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var dataset in await db.Set<Dataset>().ToListAsync(ct))
        {
            var state = dataset.FreshnessAt(now);
            if (dataset.AnnouncedFreshness == state)
            {
                continue;
            }

            dataset.AnnouncedFreshness = state;
            db.Record(new OpsEvent(CatalogEvents.FreshnessChanged, dataset.ProvinceCode, dataset.Id.ToString(CultureInfo.InvariantCulture), now));
            changed++;
        }

        if (changed > 0)
        {
            await db.SaveAndPublishAsync(bus, ct);
        }

        return changed;
    }
}

/// <summary>Runs the announcer every Catalog:FreshnessCheckSeconds (60 by default).</summary>
public sealed class FreshnessWatcher(FreshnessAnnouncer announcer, IConfiguration configuration, TimeProvider time, ILogger<FreshnessWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Catalog:FreshnessCheckSeconds", 60);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, seconds)), time);
        do
        {
            try
            {
                await announcer.AnnounceChangesAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database that is down or not yet migrated must not stop the host; the next tick tries again.
                logger.LogWarning(ex, "Freshness check failed; retrying in {Seconds} s", seconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
