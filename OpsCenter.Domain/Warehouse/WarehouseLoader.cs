using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Warehouse;

/// <summary>Loads each new version as soon as it is published, so the first query after an upload does not wait for it.</summary>
public sealed class WarehouseLoader(IOpsEventBus bus, WarehouseStore store, IDbContextFactory<OpsDbContext> dbFactory, ILogger<WarehouseLoader> logger) : EventHandlingService(bus)
{
    protected override async Task HandleAsync(OpsEvent e, CancellationToken cancellationToken)
    {
        if (e.Kind != CatalogEvents.DatasetUpdated || !int.TryParse(e.SubjectId, CultureInfo.InvariantCulture, out var datasetId))
        {
            return;
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.DatasetId == datasetId && v.HasContent)
                .OrderByDescending(v => v.Number).Select(v => (long?)v.Id).FirstOrDefaultAsync(cancellationToken);
            if (latest is { } id)
            {
                await store.TableAsync(id, cancellationToken: cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The first query loads it again; a failed eager load must not stop the bus's other subscribers.
            logger.LogWarning(ex, "Warehouse could not load the new version of dataset {Dataset}", datasetId);
        }
    }
}
