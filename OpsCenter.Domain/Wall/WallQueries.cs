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

namespace OpsCenter.Domain.Wall;

/// <summary>The database reads behind a <see cref="WallSnapshot"/>, one method per part, each a few aggregate queries.</summary>
public sealed class WallQueries(IDbContextFactory<OpsDbContext> dbFactory, IBudgetVersusNeedSource budgetSource)
{
    public const int DailyHistoryDays = 14;
    public const int TickerOverdueItems = 8;
    public const int TickerEscalatedItems = 6;

    private static readonly TimeSpan NamesLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (DateTime LoadedAt, Names Names)> _names = new();

    public async Task<ReportCounters> CountersAsync(WallView view, DateTime now, CancellationToken ct)
    {
        // Three independent aggregates, each on its own connection, so the tile waits for one round trip, not three.
        var today = BangkokDayStart(now);
        var backlog = QueryAsync(view, async reports =>
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
        var offset = ThaiCalendar.BangkokOffset.TotalHours;
        var byDay = QueryAsync(view, reports => reports.Where(r => r.ReceivedAt >= firstDay)
            .Select(r => r.ReceivedAt.AddHours(offset))
            .GroupBy(t => new { t.Year, t.Month, t.Day })
            .Select(g => new DayCount(g.Key.Year, g.Key.Month, g.Key.Day, g.Count()))
            .ToListAsync(ct), ct);
        var resolvedToday = QueryAsync(view, reports => reports.CountAsync(r => r.ResolvedAt >= today, ct), ct);
        await Task.WhenAll(backlog, byDay, resolvedToday);

        var counts = byDay.Result.ToDictionary(d => new DateTime(d.Year, d.Month, d.Day, 0, 0, 0, DateTimeKind.Utc), d => d.Count);
        var localToday = ThaiCalendar.ToBangkok(now).Date;
        int Received(int fromDaysAgo, int toDaysAgo) =>
            Enumerable.Range(fromDaysAgo, toDaysAgo - fromDaysAgo).Sum(ago => counts.GetValueOrDefault(DateTime.SpecifyKind(localToday.AddDays(-ago), DateTimeKind.Utc)));

        var daily = Enumerable.Range(0, DailyHistoryDays).Select(i => Received(DailyHistoryDays - 1 - i, DailyHistoryDays - i)).ToArray();
        return new ReportCounters(
            backlog.Result.Open,
            backlog.Result.Overdue,
            Received(0, 1),
            resolvedToday.Result,
            Received(0, view.PeriodDays),
            Received(view.PeriodDays, 2 * view.PeriodDays),
            daily,
            backlog.Result.Imported);
    }

    public async Task<HeatGrid> HeatAsync(WallView view, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = BangkokDayStart(now).AddDays(-view.PeriodDays + 1);
        var points = await Scope(db, view)
            .Where(r => r.ReceivedAt >= since && r.Latitude != null && r.Longitude != null)
            .Select(r => new { Lat = r.Latitude!.Value, Lon = r.Longitude!.Value })
            .ToListAsync(ct);
        return HeatBinning.Bin(points.ConvertAll(p => (p.Lat, p.Lon)));
    }

    public async Task<Ticker> TickerAsync(WallView view, DateTime now, CancellationToken ct)
    {
        var open = ReportStatuses.Open.ToArray();
        var escalatedSince = now - WallAlarms.RecentEscalation;

        // The most overdue reports and the recent escalations are read side by side; escalated ones are listed once, first.
        var overdue = QueryAsync(view, reports => reports
            .Where(r => open.Contains(r.Status) && r.DueAt < now && r.EscalationLevel != EscalationLevel.ImportedBacklog)
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

    public async Task<KpiTiles> KpisAsync(WallView view, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kpis = await db.Set<Kpi>().AsNoTracking().Include(k => k.Targets)
            .Where(k => k.ProvinceCode == view.ProvinceCode)
            .OrderBy(k => k.Id)
            .ToListAsync(ct);
        var ids = kpis.ConvertAll(k => k.Id);
        var since = now.AddMonths(-13);
        var measurements = await db.Set<KpiMeasurement>().AsNoTracking()
            .Where(m => ids.Contains(m.KpiId) && m.PeriodStart >= since)
            .OrderBy(m => m.PeriodStart)
            .Select(m => new { m.KpiId, m.PeriodStart, m.Value })
            .ToListAsync(ct);
        var fiscalYear = ThaiCalendar.FiscalYearOf(now);
        var tiles = kpis.Select(k =>
        {
            var history = measurements.Where(m => m.KpiId == k.Id).ToList();
            var latest = history.LastOrDefault();
            var target = k.Targets.FirstOrDefault(t => t.FiscalYear == fiscalYear)?.Target
                         ?? k.Targets.OrderByDescending(t => t.FiscalYear).FirstOrDefault()?.Target;
            return new KpiTile(k.Id, k.Code, k.NameTh, k.NameEn, k.Unit, k.Direction, latest?.Value, target,
                KpiStatusRule.Of(latest?.Value, target, k.Direction), history.ConvertAll(m => m.Value).ToArray(), latest?.PeriodStart);
        }).ToArray();
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

    private sealed record Backlog(int Open, int Overdue, int Imported);

    private sealed record DayCount(int Year, int Month, int Day, int Count);

    private sealed record TickerRow(long Id, string TrackingNumber, string CategoryCode, string? DistrictCode, DateTime? DueAt);

    private sealed record Names(Dictionary<string, (string NameTh, string NameEn)> Categories, Dictionary<string, (string NameTh, string NameEn)> Districts);
}
