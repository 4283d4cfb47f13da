using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// The plain measure of need until the need index exists: each district's share of the citizen reports received in the
/// fiscal year, against its share of the approved budget of projects located in it.
/// </summary>
public sealed class ReportShareBudgetVersusNeed(IDbContextFactory<OpsDbContext> dbFactory) : IBudgetVersusNeedSource
{
    public async Task<IReadOnlyList<DistrictBudgetNeed>> ByDistrictAsync(string provinceCode, int fiscalYear, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var start = ThaiCalendar.FiscalYearStartUtc(fiscalYear);
        var end = ThaiCalendar.FiscalYearEndUtc(fiscalYear);
        var districts = await db.Set<Area>().AsNoTracking()
            .Where(a => a.ProvinceCode == provinceCode && a.Level == AreaLevel.District)
            .OrderBy(a => a.Code)
            .Select(a => new { a.Code, a.NameTh, a.NameEn, a.Population })
            .ToListAsync(cancellationToken);
        var reports = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.ProvinceCode == provinceCode && r.ReceivedAt >= start && r.ReceivedAt < end && r.DistrictCode != null)
            .GroupBy(r => r.DistrictCode!)
            .Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.District, x => x.Count, cancellationToken);
        var budget = await (
                from line in db.Set<BudgetLine>()
                join project in db.Set<Project>() on line.ProjectId equals project.Id
                where project.ProvinceCode == provinceCode && line.FiscalYear == fiscalYear && project.AreaCode.Length >= 4
                group line by project.AreaCode.Substring(0, 4) into g
                select new { District = g.Key, Satang = g.Sum(l => l.Approved.Satang) })
            .ToDictionaryAsync(x => x.District, x => x.Satang, cancellationToken);

        double totalReports = reports.Values.Sum();
        double totalBudget = budget.Values.Sum();
        return districts.Select(d => new DistrictBudgetNeed(
                d.Code, d.NameTh, d.NameEn, d.Population,
                totalReports == 0 ? 0 : reports.GetValueOrDefault(d.Code) / totalReports,
                totalBudget == 0 ? 0 : budget.GetValueOrDefault(d.Code) / totalBudget,
                new Money(budget.GetValueOrDefault(d.Code))))
            .ToList();
    }
}
