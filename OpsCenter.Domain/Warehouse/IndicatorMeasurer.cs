using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// Re-measures the KPIs that take their values from a dataset's indicators when a new version of it lands: the running
/// month's value, with the version cited as evidence, then the KPIs' usual event, so the wall and the board update as
/// they do for a reported value. Nobody types these values.
/// </summary>
public sealed class IndicatorMeasurer(IDbContextFactory<OpsDbContext> dbFactory, WarehouseStore store, WarehouseQuery query, IOpsEventBus bus, TimeProvider time, ILogger<IndicatorMeasurer> logger)
    : EventHandlingService(bus)
{
    /// <summary>Measures every KPI fed by the dataset's indicators from its latest version; returns how many were measured.</summary>
    public async Task<int> MeasureAsync(int datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var indicators = await db.Set<DatasetIndicator>().AsNoTracking().Where(i => i.DatasetId == datasetId).ToDictionaryAsync(i => i.Id, cancellationToken);
        var ids = indicators.Keys.ToList();
        var kpis = await db.Set<Kpi>().Where(k => k.Computation == KpiComputation.Indicator && k.SourceIndicatorId != null && ids.Contains(k.SourceIndicatorId.Value)).ToListAsync(cancellationToken);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == datasetId, cancellationToken);
        var version = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.DatasetId == datasetId && v.HasContent).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (kpis.Count == 0 || dataset is null || version is null || await store.TableAsync(version.Id, cancellationToken: cancellationToken) is not { } table)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var month = KpiPeriods.MonthContaining(now);
        var measured = 0;
        foreach (var kpi in kpis)
        {
            var result = await query.AggregateAsync(table, indicators[kpi.SourceIndicatorId!.Value].ToAggregation(), cancellationToken: cancellationToken);
            if (result.Rows.FirstOrDefault()?.Value is not { } value)
            {
                continue;
            }

            var row = await db.Set<KpiMeasurement>().FirstOrDefaultAsync(m => m.KpiId == kpi.Id && m.PeriodStart == month, cancellationToken);
            if (row is null)
            {
                row = new KpiMeasurement { KpiId = kpi.Id, PeriodStart = month };
                db.Add(row);
            }

            (row.Value, row.EnteredAt, row.EnteredByUserId, row.EnteredByName) = (Math.Round(value, 4), now, null, KpiMeasurementService.ComputedBy);
            row.EvidenceNote = $"{dataset.TitleTh} ฉบับที่ {version.Number} ({version.FileName}) / {dataset.TitleEn ?? dataset.TitleTh}, version {version.Number}";
            row.EvidenceUrl = $"/catalog/{dataset.Slug}/explore?version={version.Number}";
            db.Record(new OpsEvent(KpiEvents.Measured, kpi.ProvinceCode, kpi.Id.ToString(CultureInfo.InvariantCulture), now));
            measured++;
        }

        await db.SaveAndPublishAsync(Bus, cancellationToken);
        return measured;
    }

    protected override async Task HandleAsync(OpsEvent e, CancellationToken cancellationToken)
    {
        if (e.Kind != CatalogEvents.DatasetUpdated || !int.TryParse(e.SubjectId, CultureInfo.InvariantCulture, out var datasetId))
        {
            return;
        }

        try
        {
            await MeasureAsync(datasetId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Indicators of dataset {Dataset} could not be re-measured", datasetId);
        }
    }
}
