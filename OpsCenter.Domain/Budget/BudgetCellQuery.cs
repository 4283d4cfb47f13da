using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Budget;

public sealed record IndicatorStatus(string Code, IndicatorDefinition Definition, int Areas, int? LatestYear, DateTime? ImportedAt);

public sealed class BudgetCellQuery(IDbContextFactory<OpsDbContext> dbFactory, BudgetVersusNeedQuery need)
{
    /// <summary>The newest reports of the need window in an area (district or subdistrict) and sector; all sectors when <paramref name="sector"/> is null.</summary>
    public async Task<IReadOnlyList<EvidenceReport>> NewestReportsAsync(string provinceCode, DateTime windowStart, DateTime asOf, string areaCode, string? sector, int take = 25, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Set<ReportCategory>().AsNoTracking().Where(c => sector == null || c.Sector == sector).Select(c => c.Code).ToListAsync(ct);
        var reports = db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.ProvinceCode == provinceCode && r.ReceivedAt >= windowStart && r.ReceivedAt < asOf && categories.Contains(r.CategoryCode)
                        && r.Status != ReportStatus.Rejected && r.Status != ReportStatus.Duplicate)
            .Where(r => areaCode.Length == 6 ? r.SubdistrictCode == areaCode : r.DistrictCode == areaCode);
        var newest = await (
                from r in reports.OrderByDescending(r => r.ReceivedAt).Take(take)
                join c in db.Set<ReportCategory>() on r.CategoryCode equals c.Code
                select new EvidenceReport(r.Id, r.TrackingNumber, r.CategoryCode, c.NameTh, c.NameEn, r.Kind, r.Status, r.ReceivedAt, r.ResolvedAt,
                    r.DistrictCode, r.SubdistrictCode, r.Latitude, r.Longitude))
            .ToListAsync(ct);
        return newest.OrderByDescending(r => r.ReceivedAt).ToList();
    }

    /// <summary>Each configured external indicator and how much of it has been imported for the province.</summary>
    public async Task<IReadOnlyList<IndicatorStatus>> IndicatorsAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var imported = await db.Set<IndicatorValue>().AsNoTracking().Where(v => v.ProvinceCode == provinceCode)
            .GroupBy(v => v.IndicatorCode)
            .Select(g => new { Code = g.Key, Areas = g.Select(v => v.AreaCode).Distinct().Count(), Year = g.Max(v => v.Year), At = g.Max(v => v.ImportedAt) })
            .ToListAsync(ct);
        return need.Options.Indicators.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i =>
        {
            var row = imported.FirstOrDefault(r => r.Code == i.Key);
            return new IndicatorStatus(i.Key, i.Value, row?.Areas ?? 0, row is null || row.Year == 0 ? null : row.Year, row?.At);
        }).ToList();
    }
}
