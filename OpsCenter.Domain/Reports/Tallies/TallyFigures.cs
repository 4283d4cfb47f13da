using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>Figures screens repeat (the twelve-month trend, the top categories) read from the tallies.</summary>
public static class TallyFigures
{
    /// <summary>Received and resolved per Bangkok calendar month, the current month and the eleven before it: whole days, so exact.</summary>
    public static async Task<IReadOnlyList<(int Year, int Month, int Received, int Resolved)>> MonthlyAsync(
        OpsDbContext db, string provinceCode, string? areaCode, string? category, DateTime now, CancellationToken ct)
    {
        var local = ThaiCalendar.ToBangkok(now);
        var firstMonth = new DateOnly(local.Year, local.Month, 1).AddMonths(-11);
        var window = TallyWindow.Since(TallyWindow.StartOf(firstMonth));
        var (received, resolved) = category is null
            ? await AreaMonthsAsync(db, areaCode ?? provinceCode, firstMonth, ct)
            : await CategoryDaysAsync(db, provinceCode, areaCode, category, window, ct);
        return Enumerable.Range(0, 12).Select(i =>
        {
            var month = firstMonth.AddMonths(i);
            return (month.Year, month.Month,
                received.GetValueOrDefault(month), resolved.GetValueOrDefault(month));
        }).ToList();
    }

    /// <summary>An area's month rows: twelve rows per status and timing, whatever the area's size.</summary>
    private static async Task<(Dictionary<DateOnly, int>, Dictionary<DateOnly, int>)> AreaMonthsAsync(OpsDbContext db, string area, DateOnly firstMonth, CancellationToken ct)
    {
        var received = await db.Set<AreaTally>().AsNoTracking().Where(t => t.AreaCode == area && t.Grain == TallyGrain.Month && t.Period >= firstMonth)
            .GroupBy(t => t.Period).Select(g => new { g.Key, Count = g.Sum(t => t.Reports) }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var resolved = await db.Set<AreaResolutionTally>().AsNoTracking().Where(t => t.AreaCode == area && t.Grain == TallyGrain.Month && t.Period >= firstMonth)
            .GroupBy(t => t.Period).Select(g => new { g.Key, Count = g.Sum(t => t.Reports) }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return (received, resolved);
    }

    /// <summary>One category's months from the day tallies, which hold the category of every place.</summary>
    private static async Task<(Dictionary<DateOnly, int>, Dictionary<DateOnly, int>)> CategoryDaysAsync(
        OpsDbContext db, string provinceCode, string? areaCode, string category, TallyWindow window, CancellationToken ct)
    {
        var received = await TallyReads.Received(db, provinceCode, areaCode, category, window)
            .GroupBy(t => new { t.Day.Year, t.Day.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Sum(t => t.Reports) })
            .ToListAsync(ct);
        var resolved = await TallyReads.Resolved(db, provinceCode, areaCode, window).Where(t => t.CategoryCode == category)
            .GroupBy(t => new { t.Day.Year, t.Day.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Sum(t => t.Reports) })
            .ToListAsync(ct);
        return (received.ToDictionary(r => new DateOnly(r.Year, r.Month, 1), r => r.Count), resolved.ToDictionary(r => new DateOnly(r.Year, r.Month, 1), r => r.Count));
    }

    /// <summary>Reports per category received since an instant (or ever), the partial first day from the raw rows.</summary>
    public static async Task<Dictionary<string, int>> ByCategoryAsync(
        OpsDbContext db, string provinceCode, string? areaCode, string? category, DateTime? since, IQueryable<CitizenReport> scope, CancellationToken ct)
    {
        var window = since is { } from ? TallyWindow.Since(from) : null;
        var counts = areaCode is { Length: 6 }
            ? await ByCategory(TallyReads.Received(db, provinceCode, areaCode, category, window)).ToDictionaryAsync(g => g.Key, g => g.Count, ct)
            : await ProvinceOrDistrictByCategoryAsync(db, provinceCode, areaCode, category, window, ct);
        foreach (var edge in window?.Edges ?? [])
        {
            foreach (var row in await scope.ReceivedIn(edge).GroupBy(r => r.CategoryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            {
                counts[row.Key] = counts.GetValueOrDefault(row.Key) + row.Count;
            }
        }

        return counts.Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value);
    }

    /// <summary>A province's or district's whole months from the category tallies, the days of the first partial month from the day tallies.</summary>
    private static async Task<Dictionary<string, int>> ProvinceOrDistrictByCategoryAsync(
        OpsDbContext db, string provinceCode, string? areaCode, string? category, TallyWindow? window, CancellationToken ct)
    {
        var grains = window is null ? TallyGrains.Ever : TallyGrains.Of(window);
        var area = areaCode ?? provinceCode;
        var months = db.Set<CategoryTally>().AsNoTracking().Where(t => t.AreaCode == area && t.Month >= grains.FirstMonth && t.Month <= grains.LastMonth);
        if (category is not null)
        {
            months = months.Where(t => t.CategoryCode == category);
        }

        var counts = await months.GroupBy(t => t.CategoryCode).Select(g => new { g.Key, Count = g.Sum(t => t.Reports) }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var days = TallyReads.Received(db, provinceCode, areaCode, category).Where(t => t.Day >= grains.LeadFrom && t.Day <= grains.LeadTo);
        foreach (var row in await ByCategory(days).ToListAsync(ct))
        {
            counts[row.Key] = counts.GetValueOrDefault(row.Key) + row.Count;
        }

        return counts;
    }

    private static IQueryable<CategoryCount> ByCategory(IQueryable<ReportTally> tallies) =>
        tallies.GroupBy(t => t.CategoryCode).Select(g => new CategoryCount(g.Key, g.Sum(t => t.Reports)));

    private sealed record CategoryCount(string Key, int Count);
}
