using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
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
    /// <summary>
    /// Measures every KPI and need-index input fed by the dataset's indicators from its latest version; returns how many
    /// KPIs and need inputs were measured.
    /// </summary>
    public async Task<int> MeasureAsync(int datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var indicators = await db.Set<DatasetIndicator>().AsNoTracking().Where(i => i.DatasetId == datasetId).ToDictionaryAsync(i => i.Id, cancellationToken);
        var ids = indicators.Keys.ToList();
        var kpis = await db.Set<Kpi>().Where(k => k.Computation == KpiComputation.Indicator && k.SourceIndicatorId != null && ids.Contains(k.SourceIndicatorId.Value)).ToListAsync(cancellationToken);
        var needInputs = indicators.Values.Where(i => i.NeedInputCode is not null).ToList();
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == datasetId, cancellationToken);
        var version = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.DatasetId == datasetId && v.HasContent).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (kpis.Count + needInputs.Count == 0 || dataset is null || version is null || await store.TableAsync(version.Id, cancellationToken: cancellationToken) is not { } table)
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

        foreach (var indicator in needInputs)
        {
            var result = await query.AggregateAsync(table, indicator.ToAreaAggregation(), cancellationToken: cancellationToken);
            var level = ExploreLevelCode(indicator.ByAreaLevel ?? AreaLevel.District);
            var source = $"/catalog/{dataset.Slug}/explore?version={version.Number}&by={level}";
            var values = result.Rows.Where(r => r.Value is not null && r.Keys[0] is { } code && code.StartsWith(indicator.ProvinceCode, StringComparison.Ordinal))
                .ToDictionary(r => r.Keys[0]!, r => Math.Round(r.Value!.Value, 4));
            await ReplaceNeedInputAsync(db, indicator, values, Cited(dataset.TitleTh, version.Number, source), now, cancellationToken);
            db.Record(new OpsEvent(BudgetEvents.IndicatorsImported, indicator.ProvinceCode, indicator.NeedInputCode!, now));
            measured++;
        }

        await db.SaveAndPublishAsync(Bus, cancellationToken);
        return measured;
    }

    /// <summary>The indicator owns its need input in its province: each area's value is the new version's, and areas the version no longer has lose theirs.</summary>
    private static async Task ReplaceNeedInputAsync(OpsDbContext db, DatasetIndicator indicator, Dictionary<string, double> values, string source, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Set<IndicatorValue>().Where(v => v.ProvinceCode == indicator.ProvinceCode && v.IndicatorCode == indicator.NeedInputCode).ToListAsync(cancellationToken);
        foreach (var old in existing.Where(e => e.Year != 0 || !values.ContainsKey(e.AreaCode)))
        {
            db.Remove(old);
        }

        foreach (var (area, value) in values)
        {
            var row = existing.FirstOrDefault(e => e.Year == 0 && e.AreaCode == area);
            if (row is null)
            {
                row = new IndicatorValue { ProvinceCode = indicator.ProvinceCode, IndicatorCode = indicator.NeedInputCode!, AreaCode = area };
                db.Add(row);
            }

            (row.Value, row.Source, row.ImportedAt) = (value, source, now);
        }
    }

    /// <summary>The source line the evidence pack shows: the dataset, its version, and the explorer view that reproduces the values.</summary>
    private static string Cited(string title, int version, string url)
    {
        var suffix = $" ฉบับที่ {version.ToString(CultureInfo.InvariantCulture)} {url}";
        return (title.Length + suffix.Length > 300 ? title[..(300 - suffix.Length)] : title) + suffix;
    }

    private static string ExploreLevelCode(AreaLevel level) => $"area-{(int)level}";

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
