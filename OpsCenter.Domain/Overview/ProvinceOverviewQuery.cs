using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Domain.Overview;

public sealed record DistrictOverview(string Code, string NameTh, string NameEn, int Population, int OpenReports, int OverdueReports);

/// <summary>Reports received and resolved in one Bangkok month; <see cref="Partial"/> for the month still running.</summary>
public sealed record MonthlyReports(int Year, int Month, int Received, int Resolved, bool Partial = false);

public sealed record ProvinceOverview(
    string Code,
    string NameTh,
    string NameEn,
    int Population,
    int Districts,
    int Subdistricts,
    int OpenReports,
    int OverdueReports,
    BudgetDisbursement Budget,
    int Datasets,
    int DatasetsOverdue,
    bool BoundariesApproximate,
    IReadOnlyList<DistrictOverview> DistrictRows,
    IReadOnlyList<MonthlyReports> LastTwelveMonths);

/// <summary>The province at a glance, for the home page: a handful of aggregate queries, no rows loaded.</summary>
public sealed class ProvinceOverviewQuery(IReadDbContextFactory dbFactory, CatalogQuery catalog, BudgetDisbursementQuery disbursement, TimeProvider time, TallyReading tallies)
{
    public async Task<ProvinceOverview?> LoadAsync(string provinceCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var province = await db.Set<Area>().AsNoTracking()
            .Where(a => a.Code == provinceCode && a.Level == AreaLevel.Province)
            .Select(a => new { a.Code, a.NameTh, a.NameEn, a.Population, a.BoundaryIsApproximate })
            .FirstOrDefaultAsync(cancellationToken);
        if (province is null)
        {
            return null;
        }

        var districts = await db.Set<Area>().AsNoTracking()
            .Where(a => a.ProvinceCode == provinceCode && a.Level == AreaLevel.District)
            .OrderBy(a => a.Code)
            .Select(a => new { a.Code, a.NameTh, a.NameEn, a.Population })
            .ToListAsync(cancellationToken);
        var subdistricts = await db.Set<Area>().CountAsync(a => a.ProvinceCode == provinceCode && a.Level == AreaLevel.Subdistrict, cancellationToken);

        var openStatuses = ReportStatuses.Open.ToArray();
        var openByDistrict = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.ProvinceCode == provinceCode && openStatuses.Contains(r.Status))
            .GroupBy(r => r.DistrictCode)
            .Select(g => new { District = g.Key, Open = g.Count(), Overdue = g.Count(r => r.DueAt < now) })
            .ToListAsync(cancellationToken);

        var budget = await disbursement.ForAsync(provinceCode, ThaiCalendar.FiscalYearOf(now), cancellationToken);

        var datasets = await catalog.FreshnessStatesAsync(provinceCode, cancellationToken);
        var overdueDatasets = datasets.Count(s => s == FreshnessState.Overdue);

        var months = await tallies.ReadyAsync(cancellationToken)
            ? await TalliedMonthlyAsync(db, provinceCode, null, null, now, cancellationToken)
            : await MonthlyAsync(db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == provinceCode), now, cancellationToken);
        var rows = districts.Select(d =>
        {
            var counts = openByDistrict.FirstOrDefault(o => o.District == d.Code);
            return new DistrictOverview(d.Code, d.NameTh, d.NameEn, d.Population, counts?.Open ?? 0, counts?.Overdue ?? 0);
        }).ToList();

        return new ProvinceOverview(
            province.Code, province.NameTh, province.NameEn, province.Population, districts.Count, subdistricts,
            openByDistrict.Sum(o => o.Open), openByDistrict.Sum(o => o.Overdue), budget,
            datasets.Count, overdueDatasets, province.BoundaryIsApproximate, rows, months);
    }

    /// <summary>The same twelve months from the report tallies (whole days, so equal to <see cref="MonthlyAsync"/>).</summary>
    internal static async Task<IReadOnlyList<MonthlyReports>> TalliedMonthlyAsync(
        OpsDbContext db, string provinceCode, string? areaCode, string? category, DateTime now, CancellationToken cancellationToken) =>
        (await TallyFigures.MonthlyAsync(db, provinceCode, areaCode, category, now, cancellationToken))
            .Select(m => new MonthlyReports(m.Year, m.Month, m.Received, m.Resolved, PartialPeriod.IsMonth(m.Year, m.Month, now))).ToList();

    /// <summary>Reports received and resolved per Bangkok calendar month, the current (partial) month and the eleven before it.</summary>
    internal static async Task<IReadOnlyList<MonthlyReports>> MonthlyAsync(IQueryable<CitizenReport> reports, DateTime now, CancellationToken cancellationToken)
    {
        var local = ThaiCalendar.ToBangkok(now);
        var firstMonth = new DateTime(local.Year, local.Month, 1).AddMonths(-11);
        var since = ThaiCalendar.FromBangkok(firstMonth);
        var offset = ThaiCalendar.BangkokOffset.TotalHours;
        var received = await reports
            .Where(r => r.ReceivedAt >= since)
            .Select(r => r.ReceivedAt.AddHours(offset))
            .GroupBy(t => new { t.Year, t.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var resolved = await reports
            .Where(r => r.ResolvedAt >= since)
            .Select(r => r.ResolvedAt!.Value.AddHours(offset))
            .GroupBy(t => new { t.Year, t.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Enumerable.Range(0, 12).Select(i =>
        {
            var month = firstMonth.AddMonths(i);
            return new MonthlyReports(month.Year, month.Month,
                received.FirstOrDefault(r => r.Year == month.Year && r.Month == month.Month)?.Count ?? 0,
                resolved.FirstOrDefault(r => r.Year == month.Year && r.Month == month.Month)?.Count ?? 0,
                PartialPeriod.IsMonth(month.Year, month.Month, now));
        }).ToList();
    }
}
