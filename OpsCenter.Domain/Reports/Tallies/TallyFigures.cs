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
        var received = await TallyReads.Received(db, provinceCode, areaCode, category, window)
            .GroupBy(t => new { t.Day.Year, t.Day.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Sum(t => t.Reports) })
            .ToListAsync(ct);
        var resolvedTallies = TallyReads.Resolved(db, provinceCode, areaCode, window);
        if (category is not null)
        {
            resolvedTallies = resolvedTallies.Where(t => t.CategoryCode == category);
        }

        var resolved = await resolvedTallies.GroupBy(t => new { t.Day.Year, t.Day.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Sum(t => t.Reports) })
            .ToListAsync(ct);
        return Enumerable.Range(0, 12).Select(i =>
        {
            var month = firstMonth.AddMonths(i);
            return (month.Year, month.Month,
                received.FirstOrDefault(r => r.Year == month.Year && r.Month == month.Month)?.Count ?? 0,
                resolved.FirstOrDefault(r => r.Year == month.Year && r.Month == month.Month)?.Count ?? 0);
        }).ToList();
    }

    /// <summary>Reports per category received since an instant (or ever), the partial first day from the raw rows.</summary>
    public static async Task<Dictionary<string, int>> ByCategoryAsync(
        OpsDbContext db, string provinceCode, string? areaCode, string? category, DateTime? since, IQueryable<CitizenReport> scope, CancellationToken ct)
    {
        var window = since is { } from ? TallyWindow.Since(from) : null;
        var counts = await TallyReads.Received(db, provinceCode, areaCode, category, window)
            .GroupBy(t => t.CategoryCode)
            .Select(g => new { g.Key, Count = g.Sum(t => t.Reports) })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        foreach (var edge in window?.Edges ?? [])
        {
            foreach (var row in await scope.ReceivedIn(edge).GroupBy(r => r.CategoryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            {
                counts[row.Key] = counts.GetValueOrDefault(row.Key) + row.Count;
            }
        }

        return counts.Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value);
    }
}
