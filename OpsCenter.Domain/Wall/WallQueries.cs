using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Domain.Wall;

/// <summary>The database reads behind a <see cref="WallSnapshot"/>, one method per part, each a few aggregate queries.</summary>
public sealed class WallQueries(IReadDbContextFactory dbFactory, IBudgetVersusNeedSource budgetSource, KpiBoardQuery kpiBoard, TallyReading tallies)
{
    public const int DailyHistoryDays = 14;
    public const int TickerOverdueItems = 8;
    public const int TickerEscalatedItems = 6;

    private static readonly TimeSpan NamesLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (DateTime LoadedAt, Names Names)> _names = new();

    public async Task<ReportCounters> CountersAsync(WallView view, DateTime now, CancellationToken ct)
    {
        // Independent aggregates, each on its own connection, so the tile waits for one round trip, not three.
        var today = BangkokDayStart(now);
        var readTallies = await tallies.ReadyAsync(ct);
        var backlog = readTallies ? TalliedBacklogAsync(view, now, today, ct) : QueryAsync(view, async reports =>
        {
            var open = ReportStatuses.Open.ToArray();
            // Live overdue leaves out imported backlog: history that was overdue before this system ever saw it.
            return await reports.Where(r => open.Contains(r.Status))
                .GroupBy(r => 1)
                .Select(g => new Backlog(
                    g.Count(),
                    g.Count(r => r.DueAt < now && r.EscalationLevel != EscalationLevel.ImportedBacklog),
                    g.Count(r => r.EscalationLevel == EscalationLevel.ImportedBacklog)))
                .FirstOrDefaultAsync(ct) ?? new Backlog(0, 0, 0);
        }, ct);
        var firstDay = today.AddDays(-Math.Max(DailyHistoryDays, 2 * view.PeriodDays) + 1);
        var (byDay, resolvedToday, inPeriod) = readTallies ? TalliedCounts(view, now, firstDay, today, ct) : RawCounts(view, now, firstDay, today, ct);
        await Task.WhenAll(backlog, byDay, resolvedToday, inPeriod);

        var counts = byDay.Result.ToDictionary(d => d.Day, d => d.Count);
        var localToday = TallyWindow.BangkokDay(now);
        int Received(int fromDaysAgo, int toDaysAgo) =>
            Enumerable.Range(fromDaysAgo, toDaysAgo - fromDaysAgo).Sum(ago => counts.GetValueOrDefault(localToday.AddDays(-ago)));

        var daily = Enumerable.Range(0, DailyHistoryDays).Select(i => Received(DailyHistoryDays - 1 - i, DailyHistoryDays - i)).ToArray();
        return new ReportCounters(
            backlog.Result.Open,
            backlog.Result.Overdue,
            Received(0, 1),
            resolvedToday.Result,
            inPeriod.Result,
            Received(view.PeriodDays, 2 * view.PeriodDays),
            daily,
            backlog.Result.Imported);
    }

    /// <summary>The period's reports on the map, and how many of them have no location to be put there.</summary>
    public async Task<HeatGrid> HeatAsync(WallView view, DateTime now, CancellationToken ct)
    {
        if (await tallies.ReadyAsync(ct))
        {
            return await TalliedHeatAsync(view, now, ct);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var points = await ReceivedInPeriod(Scope(db, view), view, now)
            .Select(r => new { r.Latitude, r.Longitude })
            .ToListAsync(ct);
        var located = points
            .Where(p => p.Latitude is { } lat && p.Longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon))
            .Select(p => (p.Latitude!.Value, p.Longitude!.Value))
            .ToList();
        return HeatBinning.Bin(located) with { Unlocated = points.Count - located.Count };
    }

    /// <summary>The period's heat cells of the view's area, and as unlocated what the period received beyond them.</summary>
    private async Task<HeatGrid> TalliedHeatAsync(WallView view, DateTime now, CancellationToken ct)
    {
        var area = view.AreaCode ?? view.ProvinceCode;
        var first = TallyWindow.BangkokDay(PeriodStart(view, now));
        var received = dbFactory.ReadAsync(db => Days(db.Set<AreaTally>(), area, first).SumAsync(t => t.Reports, ct), ct);
        var cells = dbFactory.ReadAsync(async db => await db.Set<HeatTally>().AsNoTracking().Where(t => t.AreaCode == area && t.Day >= first)
            .GroupBy(t => new { t.CellRow, t.CellColumn })
            .Select(g => new { g.Key.CellRow, g.Key.CellColumn, Count = g.Sum(t => t.Reports) })
            .ToListAsync(ct), ct);
        await Task.WhenAll(received, cells);
        var grid = HeatBinning.BinCells(cells.Result.Select(c => (c.CellRow, c.CellColumn, c.Count)), HeatTally.CellDegrees);
        return grid with { Unlocated = received.Result - grid.Total };
    }

    /// <summary>The first instant of a view's period: the Bangkok midnight <see cref="WallView.PeriodDays"/> − 1 days before today's.</summary>
    public static DateTime PeriodStart(WallView view, DateTime now) => BangkokDayStart(now).AddDays(-view.PeriodDays + 1);

    /// <summary>The reports a view received in its period: the one set the counter counts and the heatmap bins.</summary>
    private static IQueryable<CitizenReport> ReceivedInPeriod(IQueryable<CitizenReport> reports, WallView view, DateTime now)
    {
        var since = PeriodStart(view, now);
        return reports.Where(r => r.ReceivedAt >= since);
    }

    public async Task<Ticker> TickerAsync(WallView view, DateTime now, CancellationToken ct)
    {
        var open = ReportStatuses.Open.ToArray();
        var escalatedSince = now - WallAlarms.RecentEscalation;

        // The most overdue reports and the recent escalations are read side by side; escalated ones are listed once, first.
        var overdue = QueryAsync(view, reports => reports.WhereOpen()
            .Where(r => r.DueAt < now && r.EscalationLevel != EscalationLevel.ImportedBacklog)
            .OrderBy(r => r.DueAt)
            .Select(r => new TickerRow(r.Id, r.TrackingNumber, r.CategoryCode, r.DistrictCode, r.DueAt))
            .Take(TickerOverdueItems + TickerEscalatedItems)
            .ToListAsync(ct), ct);
        var escalated = EscalatedAsync(view, open, escalatedSince, ct);
        var names = NamesAsync(view.ProvinceCode, now, ct);
        var backlog = BacklogImportsAsync(view, escalatedSince, ct);
        await Task.WhenAll(overdue, escalated, names, backlog);

        var (escalatedRows, escalatedAt) = escalated.Result;
        var shown = escalatedRows.Select(r => r.Id).ToHashSet();
        var rows = escalatedRows.Concat(overdue.Result.Where(r => !shown.Contains(r.Id)).Take(TickerOverdueItems));
        var items = rows.Select(r =>
        {
            var category = names.Result.Categories.GetValueOrDefault(r.CategoryCode, (r.CategoryCode, r.CategoryCode));
            var district = r.DistrictCode is null ? ((string?)null, (string?)null) : names.Result.Districts.GetValueOrDefault(r.DistrictCode, (r.DistrictCode, r.DistrictCode));
            return new TickerItem(r.Id, r.TrackingNumber, category.Item1, category.Item2, district.Item1, district.Item2, r.DueAt,
                escalatedAt.TryGetValue(r.Id, out var at) ? at : null);
        });
        var imports = backlog.Result.Select(b =>
        {
            var district = names.Result.Districts.TryGetValue(b.District, out var d) ? d : ((string?)null, (string?)null);
            var count = b.Count.ToString("N0", CultureInfo.InvariantCulture);
            return new TickerItem(0, "", $"นำเข้าเรื่องค้างเก่า {count} เรื่อง", $"Imported backlog: {count} reports",
                district.Item1, district.Item2, null, null, b.Count);
        });
        return new Ticker(imports.Concat(items).ToArray());
    }

    /// <summary>The backlog summaries of recent imports (one per run and district), newest first.</summary>
    private async Task<List<(string District, int Count)>> BacklogImportsAsync(WallView view, DateTime since, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subjects = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Kind == Reports.ReportEvents.BacklogImported && m.ProvinceCode == view.ProvinceCode && m.OccurredAt >= since)
            .OrderByDescending(m => m.Id)
            .Select(m => m.SubjectId)
            .Take(TickerEscalatedItems)
            .ToListAsync(ct);
        var result = new List<(string, int)>();
        foreach (var subject in subjects)
        {
            var parts = subject.Split('/');
            if (parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && (view.AreaCode is not { Length: >= 4 } area || area.StartsWith(parts[1], StringComparison.Ordinal)))
            {
                result.Add((parts[1], count));
            }
        }

        return result;
    }

    /// <summary>Open reports of the view escalated recently, newest escalation first; the outbox remembers escalations for days.</summary>
    private async Task<(List<TickerRow> Rows, Dictionary<long, DateTime> At)> EscalatedAsync(WallView view, ReportStatus[] open, DateTime since, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var escalations = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Kind == Reports.ReportEvents.Escalated && m.ProvinceCode == view.ProvinceCode && m.OccurredAt >= since)
            .OrderByDescending(m => m.Id)
            .Select(m => new { m.SubjectId, m.OccurredAt })
            .Take(50)
            .ToListAsync(ct);
        var at = new Dictionary<long, DateTime>();
        foreach (var e in escalations)
        {
            if (long.TryParse(e.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                at.TryAdd(id, e.OccurredAt);
            }
        }

        if (at.Count == 0)
        {
            return ([], at);
        }

        var ids = at.Keys.ToArray();
        var rows = await Scope(db, view)
            .Where(r => ids.Contains(r.Id) && open.Contains(r.Status))
            .Select(r => new TickerRow(r.Id, r.TrackingNumber, r.CategoryCode, r.DistrictCode, r.DueAt))
            .ToListAsync(ct);
        return (rows.OrderByDescending(r => at[r.Id]).Take(TickerEscalatedItems).ToList(), at);
    }

    /// <summary>The KPI board's cards as tiles, so a tile shows what the KPI page shows, computed KPIs' live values included.</summary>
    public async Task<KpiTiles> KpisAsync(WallView view, DateTime now, CancellationToken ct)
    {
        var cards = await kpiBoard.CardsAsync(view.ProvinceCode, ct);
        var tiles = cards.OrderBy(c => c.Kpi.Id).Select(c => new KpiTile(
            c.Kpi.Id, c.Kpi.Code, c.Kpi.NameTh, c.Kpi.NameEn, c.Kpi.Unit, c.Kpi.Direction, c.Latest?.Value, c.Latest?.Target ?? c.CurrentTarget,
            c.Status, c.History.Select(h => h.Value).ToArray(), c.Latest?.PeriodStart, c.Kpi.UnitEn, c.Latest?.Partial ?? false)).ToArray();
        return new KpiTiles(tiles);
    }

    public async Task<BudgetNeed> BudgetAsync(WallView view, DateTime now, CancellationToken ct)
    {
        var fiscalYear = ThaiCalendar.FiscalYearOf(now);
        var rows = await budgetSource.ByDistrictAsync(view.ProvinceCode, fiscalYear, ct);
        return new BudgetNeed(fiscalYear, rows.ToArray());
    }

    private static IQueryable<CitizenReport> Scope(OpsDbContext db, WallView view)
    {
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == view.ProvinceCode);
        return view.AreaCode switch
        {
            { Length: 4 } district => reports.Where(r => r.DistrictCode == district),
            { Length: 6 } subdistrict => reports.Where(r => r.SubdistrictCode == subdistrict),
            _ => reports,
        };
    }

    private static DateTime BangkokDayStart(DateTime now) => ThaiCalendar.FromBangkok(ThaiCalendar.ToBangkok(now).Date);

    private async Task<Names> NamesAsync(string provinceCode, DateTime now, CancellationToken ct)
    {
        if (_names.TryGetValue(provinceCode, out var cached) && now - cached.LoadedAt < NamesLifetime)
        {
            return cached.Names;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Set<ReportCategory>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => (c.NameTh, c.NameEn), ct);
        var districts = await db.Set<Area>().AsNoTracking()
            .Where(a => a.ProvinceCode == provinceCode && a.Level == AreaLevel.District)
            .ToDictionaryAsync(a => a.Code, a => (a.NameTh, a.NameEn), ct);
        var names = new Names(categories, districts);
        _names[provinceCode] = (now, names);
        return names;
    }

    /// <summary>One query on its own context, so queries of one part run side by side.</summary>
    private async Task<T> QueryAsync<T>(WallView view, Func<IQueryable<CitizenReport>, Task<T>> query, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await query(Scope(db, view));
    }

    private (Task<List<DayCount>>, Task<int>, Task<int>) TalliedCounts(WallView view, DateTime now, DateTime firstDay, DateTime today, CancellationToken ct)
    {
        // The view's own area's day rows: a few dozen rows whatever the area's size or history. The windows start at
        // Bangkok midnights, so whole days are the exact count.
        var area = view.AreaCode ?? view.ProvinceCode;
        var (first, todayLocal, periodFirst) = (TallyWindow.BangkokDay(firstDay), TallyWindow.BangkokDay(today), TallyWindow.BangkokDay(PeriodStart(view, now)));
        var byDay = dbFactory.ReadAsync(async db => await Days(db.Set<AreaTally>(), area, first)
            .GroupBy(t => t.Period)
            .Select(g => new DayCount(g.Key, g.Sum(t => t.Reports)))
            .ToListAsync(ct), ct);
        var resolvedToday = dbFactory.ReadAsync(db => Days(db.Set<AreaResolutionTally>(), area, todayLocal).SumAsync(t => t.Reports, ct), ct);
        var inPeriod = dbFactory.ReadAsync(db => Days(db.Set<AreaTally>(), area, periodFirst).SumAsync(t => t.Reports, ct), ct);
        return (byDay, resolvedToday, inPeriod);
    }

    private static IQueryable<T> Days<T>(IQueryable<T> tallies, string area, DateOnly from)
        where T : class, IAreaTallyCell =>
        tallies.AsNoTracking().Where(t => t.AreaCode == area && t.Grain == TallyGrain.Day && t.Period >= from);

    /// <summary>Open, live overdue and imported backlog from the open tallies by due day, and today's due reports from the raw rows.</summary>
    private async Task<Backlog> TalliedBacklogAsync(WallView view, DateTime now, DateTime today, CancellationToken ct)
    {
        var area = view.AreaCode ?? view.ProvinceCode;
        var todayLocal = TallyWindow.BangkokDay(today);
        var open = ReportStatuses.Open.ToArray();
        var dueToday = QueryAsync(view, reports => reports.WhereOpen().CountAsync(r => r.DueAt >= today && r.DueAt < now
            && r.EscalationLevel != EscalationLevel.ImportedBacklog, ct), ct);
        var byDue = dbFactory.ReadAsync(async db => await db.Set<OpenTally>().AsNoTracking().Where(t => t.AreaCode == area)
            .GroupBy(t => 1)
            .Select(g => new Backlog(
                g.Sum(t => t.Reports),
                g.Sum(t => !t.Imported && t.DueDay < todayLocal ? t.Reports : 0),
                g.Sum(t => t.Imported ? t.Reports : 0)))
            .FirstOrDefaultAsync(ct) ?? new Backlog(0, 0, 0), ct);
        await Task.WhenAll(dueToday, byDue);
        return byDue.Result with { Overdue = byDue.Result.Overdue + dueToday.Result };
    }

    private (Task<List<DayCount>>, Task<int>, Task<int>) RawCounts(WallView view, DateTime now, DateTime firstDay, DateTime today, CancellationToken ct)
    {
        var offset = ThaiCalendar.BangkokOffset.TotalHours;
        var byDay = QueryAsync(view, async reports => (await reports.Where(r => r.ReceivedAt >= firstDay)
            .Select(r => r.ReceivedAt.AddHours(offset))
            .GroupBy(t => new { t.Year, t.Month, t.Day })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Day, Count = g.Count() })
            .ToListAsync(ct)).Select(d => new DayCount(new DateOnly(d.Year, d.Month, d.Day), d.Count)).ToList(), ct);
        var resolvedToday = QueryAsync(view, reports => reports.CountAsync(r => r.ResolvedAt >= today, ct), ct);
        var inPeriod = QueryAsync(view, reports => ReceivedInPeriod(reports, view, now).CountAsync(ct), ct);
        return (byDay, resolvedToday, inPeriod);
    }

    private sealed record Backlog(int Open, int Overdue, int Imported);

    private sealed record DayCount(DateOnly Day, int Count);

    private sealed record TickerRow(long Id, string TrackingNumber, string CategoryCode, string? DistrictCode, DateTime? DueAt);

    private sealed record Names(Dictionary<string, (string NameTh, string NameEn)> Categories, Dictionary<string, (string NameTh, string NameEn)> Districts);
}
