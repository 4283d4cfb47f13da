using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// A province's indicator as the steward's page lists it: what it measures over which dataset, what it feeds, and the
/// value it last gave with the version that value cites.
/// </summary>
public sealed record IndicatorRow(
    int Id, string NameTh, string? NameEn, string DatasetSlug, string DatasetTitleTh, string? DatasetTitleEn, Measure Measure, string? Of,
    string? FilterColumn, string? FilterValue, string? AreaCode, string? KpiCode, string? KpiNameTh, string? NeedInputCode, AreaLevel? ByAreaLevel,
    double? LastValue, int NeedAreas, DateTime? MeasuredAt, string? CitedUrl)
{
    public int? CitedVersion => ExplorerLink.Parse(CitedUrl)?.Version;
}

/// <summary>A dataset a steward may define indicators over, with its latest version's columns.</summary>
public sealed record IndicatorDataset(string Slug, string TitleTh, string? TitleEn, IReadOnlyList<WarehouseColumn> Columns, AreaLevel? AreaLevel);

/// <summary>A KPI that can take its values from an indicator (reported by one lead agency, or fed already).</summary>
public sealed record IndicatorKpi(string Code, string NameTh, string NameEn, bool FedAlready);

/// <summary>What the steward's form offers: the datasets the actor stewards, the KPIs and the need-index inputs.</summary>
public sealed record IndicatorChoices(IReadOnlyList<IndicatorDataset> Datasets, IReadOnlyList<IndicatorKpi> Kpis, IReadOnlyDictionary<string, IndicatorDefinition> NeedInputs);

public sealed class IndicatorQuery(IDbContextFactory<OpsDbContext> dbFactory, WarehouseStore store, IOptionsMonitor<NeedIndexOptions> needOptions)
{
    public async Task<IReadOnlyList<IndicatorRow>> ListAsync(string provinceCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from i in db.Set<DatasetIndicator>().AsNoTracking()
                join d in db.Set<Dataset>() on i.DatasetId equals d.Id
                where i.ProvinceCode == provinceCode
                select new { i, d.Slug, d.TitleTh, d.TitleEn })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => (int?)r.i.Id).ToList();
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => ids.Contains(k.SourceIndicatorId) && k.Computation == KpiComputation.Indicator)
            .Select(k => new { k.Id, k.Code, k.NameTh, Indicator = k.SourceIndicatorId!.Value }).ToListAsync(cancellationToken);
        var kpiIds = kpis.Select(k => k.Id).ToList();
        var measurements = (await db.Set<KpiMeasurement>().AsNoTracking().Where(m => kpiIds.Contains(m.KpiId)).ToListAsync(cancellationToken))
            .GroupBy(m => m.KpiId).ToDictionary(g => g.Key, g => g.MaxBy(m => (m.PeriodStart, m.EnteredAt))!);
        var needCodes = rows.Select(r => r.i.NeedInputCode).OfType<string>().ToList();
        var needValues = (await db.Set<IndicatorValue>().AsNoTracking().Where(v => v.ProvinceCode == provinceCode && needCodes.Contains(v.IndicatorCode)).ToListAsync(cancellationToken))
            .GroupBy(v => v.IndicatorCode).ToDictionary(g => g.Key, g => g.ToList());

        return rows.OrderBy(r => r.i.NameTh, StringComparer.Ordinal).Select(r =>
        {
            var kpi = kpis.FirstOrDefault(k => k.Indicator == r.i.Id);
            var last = kpi is null ? null : measurements.GetValueOrDefault(kpi.Id);
            var need = r.i.NeedInputCode is { } code ? needValues.GetValueOrDefault(code) ?? [] : [];
            var newestNeed = need.MaxBy(v => v.ImportedAt);
            return new IndicatorRow(r.i.Id, r.i.NameTh, r.i.NameEn, r.Slug, r.TitleTh, r.TitleEn, r.i.Measure, r.i.Of, r.i.FilterColumn, r.i.FilterValue, r.i.AreaCode,
                kpi?.Code, kpi?.NameTh, r.i.NeedInputCode, r.i.ByAreaLevel, last?.Value ?? (need.Count > 0 ? need.Sum(v => v.Value) : null), need.Count,
                last?.EnteredAt ?? newestNeed?.ImportedAt, last?.EvidenceUrl ?? CitedUrlOf(newestNeed?.Source));
        }).ToList();
    }

    public async Task<IndicatorChoices> ChoicesAsync(string provinceCode, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var datasets = (await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == provinceCode).OrderBy(d => d.TitleTh).ToListAsync(cancellationToken))
            .Where(d => CatalogPolicy.CanUpload(d.OwnerAgencyId, actor)).ToList();
        var datasetIds = datasets.Select(d => d.Id).ToList();
        var latest = (await db.Set<DatasetVersion>().AsNoTracking().Where(v => datasetIds.Contains(v.DatasetId) && v.HasContent)
                .Select(v => new { v.DatasetId, v.Id, v.Number }).ToListAsync(cancellationToken))
            .GroupBy(v => v.DatasetId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Id);
        var offered = new List<IndicatorDataset>();
        foreach (var dataset in datasets.Where(d => latest.ContainsKey(d.Id)))
        {
            if (await store.TableAsync(latest[dataset.Id], cancellationToken: cancellationToken) is { } table)
            {
                offered.Add(new IndicatorDataset(dataset.Slug, dataset.TitleTh, dataset.TitleEn, table.Columns, table.AreaLevel));
            }
        }

        var kpis = await db.Set<Kpi>().AsNoTracking()
            .Where(k => k.ProvinceCode == provinceCode && k.Aggregation == KpiAggregation.LeadValue
                        && (k.Computation == KpiComputation.Reported || k.Computation == KpiComputation.Indicator))
            .OrderBy(k => k.Code).Select(k => new IndicatorKpi(k.Code, k.NameTh, k.NameEn, k.Computation == KpiComputation.Indicator))
            .ToListAsync(cancellationToken);
        return new IndicatorChoices(offered, kpis, needOptions.CurrentValue.Indicators);
    }

    /// <summary>The explorer address at the end of a need input's source line.</summary>
    private static string? CitedUrlOf(string? source) =>
        source?.Split(' ').LastOrDefault(p => p.StartsWith("/catalog/", StringComparison.Ordinal));
}
