using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Kpis;

public sealed record KpiOwnerView(KpiOwner Owner, Agency Agency);

/// <summary>One month of a KPI; <see cref="Partial"/> while the month still runs (its value is to date, not the month's).</summary>
public sealed record KpiPoint(DateTime PeriodStart, double Value, double? Target, KpiStatus Status, bool Partial = false);

/// <summary>
/// A KPI as a tile shows it: owners, latest value against its fiscal-year target, status, trend and the year's history;
/// for a computed KPI, what its running month was computed from (<see cref="Computed"/>).
/// </summary>
public sealed record KpiCard(
    Kpi Kpi,
    IReadOnlyList<KpiOwnerView> Owners,
    KpiPoint? Latest,
    double? CurrentTarget,
    KpiTrendDirection Trend,
    IReadOnlyList<KpiPoint> History,
    DateTime ReportingPeriod,
    IReadOnlyList<Agency> AwaitedOwners,
    KpiFigureValue? Computed = null)
{
    public KpiStatus Status => Latest?.Status ?? KpiStatus.Unknown;

    public KpiOwnerView Lead => Owners.First(o => o.Owner.IsLead);
}

public sealed record KpiDetail(KpiCard Card, IReadOnlyList<KpiMeasurement> Measurements, IReadOnlyList<KpiPartMeasurement> Parts, JointKpiResult Joint);

/// <summary>
/// Reads for the KPI pages and the wall's KPI tiles. A computed KPI's running month is computed here, at read time, by
/// the query the figure's own page shows, so the card and that page agree at any moment; its closed months are the
/// values <see cref="ComputedKpiRecorder"/> recorded while they ran, as an owner's report would be.
/// </summary>
public sealed class KpiBoardQuery(IDbContextFactory<OpsDbContext> dbFactory, IEnumerable<IKpiFigure> figures, TimeProvider time)
{
    private readonly Dictionary<KpiComputation, IKpiFigure> _figures = figures.ToDictionary(f => f.Computation);

    /// <summary>The KPIs of the actor's province, for people the KPI policy admits; empty for anyone else.</summary>
    public async Task<IReadOnlyList<KpiCard>> CardsAsync(Actor actor, CancellationToken ct = default) =>
        KpiPolicy.Rules.Admits(KpiPolicy.Read, actor) && actor.ProvinceCode is { } province ? await CardsAsync(province, ct) : [];

    /// <summary>One KPI of the actor's province; null when there is none the actor may read.</summary>
    public async Task<KpiDetail?> DetailAsync(string code, Actor actor, CancellationToken ct = default) =>
        KpiPolicy.Rules.Admits(KpiPolicy.Read, actor) && await DetailAsync(code, ct) is { } detail && detail.Card.Kpi.ProvinceCode == actor.ProvinceCode ? detail : null;

    /// <summary>For other domain queries (the wall, the agenda), which decide who sees their results.</summary>
    internal async Task<IReadOnlyList<KpiCard>> CardsAsync(string provinceCode, CancellationToken ct = default) =>
        (await CardsByProvinceAsync([provinceCode], ct)).GetValueOrDefault(provinceCode, []);

    /// <summary>The cards of several provinces in the same four queries (the national roll-up); a province without KPIs has none.</summary>
    internal async Task<IReadOnlyDictionary<string, IReadOnlyList<KpiCard>>> CardsByProvinceAsync(IReadOnlyCollection<string> provinceCodes, CancellationToken ct = default)
    {
        var codes = provinceCodes.ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kpis = await db.Set<Kpi>().AsNoTracking().Include(k => k.Targets).Include(k => k.Owners)
            .Where(k => codes.Contains(k.ProvinceCode)).OrderBy(k => k.Code).ToListAsync(ct);
        var ids = kpis.Select(k => k.Id).ToList();
        var reporting = ReportingPeriod();
        var measurements = (await db.Set<KpiMeasurement>().AsNoTracking().Where(m => ids.Contains(m.KpiId)).ToListAsync(ct)).ToLookup(m => m.KpiId);
        var reportedParts = (await db.Set<KpiPartMeasurement>().AsNoTracking().Where(m => ids.Contains(m.KpiId) && m.PeriodStart == reporting)
            .Select(m => new { m.KpiId, m.AgencyId }).ToListAsync(ct)).ToLookup(m => m.KpiId, m => m.AgencyId);
        var provincesWithKpis = kpis.Select(k => k.ProvinceCode).Distinct().ToArray();
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => provincesWithKpis.Contains(a.ProvinceCode)).ToDictionaryAsync(a => a.Id, ct);
        var now = Now;
        var live = await LiveAsync(kpis, now, ct);
        return kpis.GroupBy(k => k.ProvinceCode).ToDictionary(g => g.Key, IReadOnlyList<KpiCard> (g) =>
            g.Select(k => Card(k, measurements[k.Id], reportedParts[k.Id].ToHashSet(), agencies, reporting, now, live.GetValueOrDefault(k.Id))).ToList());
    }

    internal async Task<KpiDetail?> DetailAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kpi = await db.Set<Kpi>().AsNoTracking().Include(k => k.Targets).Include(k => k.Owners).FirstOrDefaultAsync(k => k.Code == code, ct);
        if (kpi is null)
        {
            return null;
        }

        var reporting = ReportingPeriod();
        var measurements = await db.Set<KpiMeasurement>().AsNoTracking().Where(m => m.KpiId == kpi.Id).OrderByDescending(m => m.PeriodStart).ToListAsync(ct);
        var parts = await db.Set<KpiPartMeasurement>().AsNoTracking().Where(m => m.KpiId == kpi.Id).OrderByDescending(m => m.PeriodStart).ThenBy(m => m.AgencyId).ToListAsync(ct);
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == kpi.ProvinceCode).ToDictionaryAsync(a => a.Id, ct);
        var now = Now;
        var live = await LiveAsync([kpi], now, ct);
        var card = Card(kpi, measurements, parts.Where(p => p.PeriodStart == reporting).Select(p => p.AgencyId).ToHashSet(), agencies, reporting, now, live.GetValueOrDefault(kpi.Id));
        if (kpi.IsComputed)
        {
            // Nobody reports a computed KPI: its figure for the round is the live one, and no owner is awaited.
            var running = card.Latest is { Partial: true } latest ? latest : null;
            return new KpiDetail(card, measurements, parts, new JointKpiResult(running?.Value, running?.Status ?? KpiStatus.Unknown, [], []));
        }

        var jointParts = kpi.Owners.Where(o => kpi.Aggregation != KpiAggregation.LeadValue || o.IsLead)
            .Select(o => new KpiPart(o.AgencyId, kpi.Aggregation == KpiAggregation.LeadValue ? 1 : o.Weight,
                parts.FirstOrDefault(p => p.AgencyId == o.AgencyId && p.PeriodStart == reporting)?.Value
                ?? (kpi.Aggregation == KpiAggregation.LeadValue ? measurements.FirstOrDefault(m => m.PeriodStart == reporting)?.Value : null)))
            .ToList();
        var joint = JointKpiStatus.Of(kpi.Aggregation, jointParts, kpi.TargetFor(ThaiCalendar.FiscalYearOf(reporting)), kpi.Direction);
        return new KpiDetail(card, measurements, parts, joint);
    }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The month owners are reporting now: the last full month.</summary>
    public DateTime ReportingPeriod() => KpiPeriods.MonthContaining(Now).AddDays(-1) is var lastMonthEnd ? KpiPeriods.MonthContaining(lastMonthEnd) : default;

    /// <summary>The figure a computed KPI is computed from; null for a reported KPI or a figure nobody registered.</summary>
    private IKpiFigure? FigureFor(Kpi kpi) => kpi.IsComputed ? _figures.GetValueOrDefault(kpi.Computation) : null;

    /// <summary>The running month's value of each computed KPI, by KPI id.</summary>
    private async Task<Dictionary<int, KpiFigureValue>> LiveAsync(IReadOnlyList<Kpi> kpis, DateTime now, CancellationToken ct)
    {
        var month = KpiPeriods.MonthContaining(now);
        var values = new Dictionary<int, KpiFigureValue>();
        foreach (var kpi in kpis)
        {
            if (FigureFor(kpi) is { } figure && await figure.ValueAsync(kpi.ProvinceCode, month, now, ct) is { } value)
            {
                values[kpi.Id] = value;
            }
        }

        return values;
    }

    private static KpiCard Card(Kpi kpi, IEnumerable<KpiMeasurement> measurements, HashSet<int> reportedOwners, Dictionary<int, Agency> agencies, DateTime reporting, DateTime now, KpiFigureValue? live)
    {
        var month = KpiPeriods.MonthContaining(now);
        var values = measurements.Select(m => (m.PeriodStart, m.Value));
        // An indicator's value is measured when a version lands, so its recording is the value; other computed KPIs
        // show the running month live, never the recording of an hour ago.
        if (kpi.IsComputed && kpi.Computation != KpiComputation.Indicator)
        {
            values = values.Where(v => v.PeriodStart < month);
            if (live is not null)
            {
                values = values.Append((month, live.Value));
            }
        }

        var history = values.OrderBy(v => v.PeriodStart).Select(v =>
        {
            var target = kpi.TargetFor(ThaiCalendar.FiscalYearOf(v.PeriodStart));
            return new KpiPoint(v.PeriodStart, v.Value, target, KpiStatusRule.Of(v.Value, target, kpi.Direction), PartialPeriod.IsMonthStarting(v.PeriodStart, now));
        }).TakeLast(12).ToList();
        var owners = kpi.Owners.OrderByDescending(o => o.IsLead).ThenBy(o => o.AgencyId).Select(o => new KpiOwnerView(o, agencies[o.AgencyId])).ToList();
        var reportingOwners = kpi.Aggregation == KpiAggregation.LeadValue ? owners.Where(o => o.Owner.IsLead) : owners;
        var awaited = kpi.IsComputed ? [] : reportingOwners
            .Where(o => kpi.Aggregation == KpiAggregation.LeadValue ? history.All(h => h.PeriodStart != reporting) : !reportedOwners.Contains(o.Owner.AgencyId))
            .Select(o => o.Agency).ToList();
        // The trend leaves out a running month: its to-date value says nothing yet about the direction of travel.
        return new KpiCard(kpi, owners, history.LastOrDefault(), kpi.TargetFor(ThaiCalendar.FiscalYearOf(reporting)),
            KpiTrend.Of(history.Where(h => !h.Partial).Select(h => h.Value).ToList(), kpi.Direction), history, reporting, awaited, live);
    }
}
