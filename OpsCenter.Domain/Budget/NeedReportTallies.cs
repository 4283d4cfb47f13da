using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// The report side of the need index from the tallies: by district, the window's whole months from the category tallies
/// and the days of its partial months from the day tallies, or where that reads fewer days a partial month whole less
/// its days outside the window (<see cref="TallyMonthsAndDays"/>; by subdistrict, every whole day from the day tallies); their
/// growth column turns into the recency sum at any as-of instant; the two partial days come from the raw rows. A past
/// year's reports resolved after its end were open then: they are read raw (an index on resolution time finds them)
/// and moved from the closed groups to the open ones. Equal to <see cref="NeedReportAggregates"/> over the whole
/// window, which it falls back to when the need index's half-life is not the one the tallies store.
/// </summary>
internal static class NeedReportTallies
{
    public static async Task<(List<NeedReportGroup> Groups, int Unlocated)> LoadAsync(
        IDbContextFactory<OpsDbContext> dbs, string provinceCode, DateTime windowStart, DateTime asOf, AreaLevel level, double halfLifeDays, CancellationToken ct, bool readTallies = true)
    {
        // The reads below are independent: each runs on its own connection, all at once, and the figure takes the
        // longest of them rather than their sum.
        var sectorsRead = dbs.ReadAsync(db => db.Set<ReportCategory>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Sector, ct), ct);
        if (!readTallies || halfLifeDays != TallyTriggers.GrowthHalfLifeDays)
        {
            return await dbs.ReadAsync(async db => await NeedReportAggregates.RawAsync(db, await sectorsRead, provinceCode, windowStart, asOf, asOf, level, halfLifeDays, false, ct), ct);
        }

        var window = TallyWindow.Of(windowStart, asOf);
        var open = ReportStatuses.Open.ToArray();
        var monthsRead = Task.FromResult(new List<MonthGroup>());
        List<DateOnly>? days = null;
        List<DateOnly> subtracted = [];
        if (level == AreaLevel.District)
        {
            // Whole months from the category tallies of the province (its unlocated reports) and of its districts; only the
            // partial months' days from the day tallies, or a partial month's whole month less its days outside the window.
            var plan = TallyMonthsAndDays.Of(TallyGrains.Of(window), TallyWindow.BangkokDay(asOf));
            // The province's own code and every district code it could have, listed: each is one short range of the index
            // (code, month). A range over the codes walked every month of the province's history to find the window's
            // (Bangkok: 102,804 index entries for 37,947; 24 → 7 ms), and would have grown with each year kept.
            string[] areaCodes = [provinceCode, .. Enumerable.Range(0, 100).Select(n => provinceCode + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];
            monthsRead = dbs.ReadAsync(db => db.Set<CategoryTally>().AsNoTracking()
                .Where(t => areaCodes.Contains(t.AreaCode) && t.Month >= plan.FirstMonth && t.Month <= plan.LastMonth
                    && t.Status != ReportStatus.Rejected && t.Status != ReportStatus.Duplicate)
                .GroupBy(t => new { t.AreaCode, t.CategoryCode, t.Kind, Open = open.Contains(t.Status) })
                .Select(g => new MonthGroup(g.Key.AreaCode, g.Key.CategoryCode, g.Key.Kind, g.Key.Open, g.Sum(t => t.Reports), g.Sum(t => t.Growth)))
                .ToListAsync(ct), ct);
            // The days as a list, so the covering index is entered once per day rather than read across the year.
            subtracted = [.. plan.Subtracted];
            days = [.. plan.Days.Concat(plan.Subtracted)];
        }

        var talliesRead = dbs.ReadAsync(db =>
        {
            var dayTallies = TallyReads.Received(db, provinceCode, window: level == AreaLevel.District ? null : window)
                .Where(t => t.Status != ReportStatus.Rejected && t.Status != ReportStatus.Duplicate);
            if (days is not null)
            {
                dayTallies = dayTallies.Where(t => days.Contains(t.Day));
            }

            return dayTallies
                .GroupBy(t => new { t.DistrictCode, t.SubdistrictCode, t.CategoryCode, t.Kind, Open = open.Contains(t.Status), Less = subtracted.Contains(t.Day) })
                .Select(g => new DayGroup(g.Key.DistrictCode, g.Key.SubdistrictCode, g.Key.CategoryCode, g.Key.Kind, g.Key.Open, g.Key.Less, g.Sum(t => t.Reports), g.Sum(t => t.Growth)))
                .ToListAsync(ct);
        }, ct);
        var edgesRead = dbs.ReadAsync(async db => await NeedReportAggregates.RawAsync(db, await sectorsRead, provinceCode, window.Edges, asOf, level, halfLifeDays, false, ct), ct);
        // Reports of the whole days that were open at the as-of instant but are resolved now.
        var reopenedRead = window.HasDays
            ? dbs.ReadAsync(async db => await NeedReportAggregates.RawAsync(
                db, await sectorsRead, provinceCode, TallyWindow.StartOf(window.FirstDay), TallyWindow.StartOf(window.LastDay!.Value.AddDays(1)), asOf, level, halfLifeDays, true, ct), ct)
            : Task.FromResult((new List<NeedReportGroup>(), 0));
        await Task.WhenAll(sectorsRead, monthsRead, talliesRead, edgesRead, reopenedRead);
        var (sectorOf, months, tallies) = (sectorsRead.Result, monthsRead.Result, talliesRead.Result);

        // 2^((origin − as-of) / half-life): the factor that turns the stored growth into Σ 0.5^(age / half-life).
        var decay = Math.Pow(2.0, -(asOf - TallyTriggers.GrowthOrigin).TotalDays / halfLifeDays);
        var sums = new Dictionary<(string Area, string Category, ReportKind Kind, bool Open), (int Count, double Recency)>();
        var unlocated = 0;
        void Add(string? area, string category, ReportKind kind, bool isOpen, int count, double recency)
        {
            if (string.IsNullOrEmpty(area))
            {
                unlocated += count;
                return;
            }

            var key = (area, category, kind, isOpen);
            var (c, r) = sums.GetValueOrDefault(key);
            sums[key] = (c + count, r + recency);
        }

        foreach (var t in tallies)
        {
            var area = level == AreaLevel.Subdistrict ? t.SubdistrictCode
                : t.DistrictCode.Length > 0 ? t.DistrictCode
                : t.SubdistrictCode.Length >= 4 ? t.SubdistrictCode[..4] : null;
            var sign = t.Less ? -1 : 1;
            Add(area, t.CategoryCode, t.Kind, t.Open, sign * t.Reports, sign * t.Growth * decay);
        }

        foreach (var m in months.Where(m => m.Area.Length == 4))
        {
            Add(m.Area, m.Category, m.Kind, m.Open, m.Reports, m.Growth * decay);
        }

        // The province's rows count every report; what its districts do not is unlocated.
        unlocated += months.Where(m => m.Area.Length == 2).Sum(m => m.Reports) - months.Where(m => m.Area.Length == 4).Sum(m => m.Reports);

        var (edges, edgeUnlocated) = edgesRead.Result;
        unlocated += edgeUnlocated;
        edges.ForEach(g => Add(g.AreaCode, g.CategoryCode, g.Kind, g.Open, g.Count, g.RecencySum));
        var (reopened, _) = reopenedRead.Result;
        foreach (var g in reopened)
        {
            Add(g.AreaCode, g.CategoryCode, g.Kind, false, -g.Count, -g.RecencySum);
            Add(g.AreaCode, g.CategoryCode, g.Kind, true, g.Count, g.RecencySum);
        }

        var result = sums.Where(s => s.Value.Count != 0)
            .Select(s => new NeedReportGroup(s.Key.Area, sectorOf.GetValueOrDefault(s.Key.Category, Sectors.Social), s.Key.Category, s.Key.Kind, s.Key.Open,
                s.Value.Count, s.Value.Recency))
            .ToList();
        return (result, unlocated);
    }

    private sealed record DayGroup(string DistrictCode, string SubdistrictCode, string CategoryCode, ReportKind Kind, bool Open, bool Less, int Reports, double Growth);

    private sealed record MonthGroup(string Area, string Category, ReportKind Kind, bool Open, int Reports, double Growth);
}
