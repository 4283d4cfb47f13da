using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Budget;

/// <summary>A citizen report as the need index sees it, already placed in the area it is counted for.</summary>
public sealed record NeedReport(string AreaCode, string Sector, string CategoryCode, ReportKind Kind, ReportStatus Status, DateTime ReceivedAt, DateTime? ResolvedAt);

/// <summary>
/// Reports of one area, category, kind and open-or-not state, reduced to their count and the sum of their recency
/// factors; the database can compute this, so a million reports never leave it.
/// </summary>
public sealed record NeedReportGroup(string AreaCode, string Sector, string CategoryCode, ReportKind Kind, bool Open, int Count, double RecencySum);

/// <summary>An external indicator's value, already expressed for the area it is counted for.</summary>
public sealed record NeedIndicator(string AreaCode, string IndicatorCode, double Value);

/// <summary>The need of one area in one sector.</summary>
public sealed record NeedCell(string AreaCode, string Sector, int Population, int Reports, int OpenReports, double ReportPoints, double IndicatorPoints)
{
    /// <summary>Absolute need: what shares of need are computed from.</summary>
    public double Points => ReportPoints + IndicatorPoints;

    /// <summary>Need points per 1,000 residents: comparable between a town and a village.</summary>
    public double IndexPer1000 => Population <= 0 ? 0 : Points * 1000.0 / Population;
}

/// <summary>
/// The need index of an area in a sector, as of an instant:
/// <code>
/// points(area, sector) = Σ over reports r in the window:  recency(r) × severity(category r) × unresolved(r) × kind(r)
///                      + Σ over indicators i of the sector: weight(i) × value(i, area)
/// index(area, sector)  = points × 1000 / population(area)
/// recency(r)    = 0.5 ^ (age in days at the as-of instant / HalfLifeDays)
/// unresolved(r) = UnresolvedWeight when r was still open at the as-of instant, else 1
/// kind(r)       = NeedKindWeight for a need (ความต้องการ), 1 for a complaint
/// </code>
/// The window is the <see cref="NeedIndexOptions.WindowDays"/> before the as-of instant. Rejected and duplicate reports
/// are not evidence of need and count 0; so do reports received after the as-of instant.
/// </summary>
public static class NeedIndex
{
    /// <summary>The instant need is measured at for a fiscal year: its end, or now while it is still running (or ahead).</summary>
    public static DateTime AsOfFor(int fiscalYear, DateTime nowUtc)
    {
        var end = ThaiCalendar.FiscalYearEndUtc(fiscalYear);
        return nowUtc < end ? nowUtc : end;
    }

    public static DateTime WindowStart(DateTime asOf, NeedIndexOptions options) => asOf.AddDays(-options.WindowDays);

    public static double Recency(double ageDays, double halfLifeDays) => Math.Pow(0.5, ageDays / halfLifeDays);

    /// <summary>Open at the instant: still open now, or resolved only after it.</summary>
    public static bool WasOpenAt(ReportStatus status, DateTime? resolvedAt, DateTime asOf) =>
        ReportStatuses.IsOpen(status) || (resolvedAt is { } resolved && resolved > asOf);

    public static bool CountsAsEvidence(ReportStatus status) => status is not (ReportStatus.Rejected or ReportStatus.Duplicate);

    /// <summary>The points one report adds to its cell.</summary>
    public static double Weight(NeedReport report, DateTime asOf, NeedIndexOptions options)
    {
        if (!CountsAsEvidence(report.Status) || !InWindow(report.ReceivedAt, asOf, options))
        {
            return 0;
        }

        var ageDays = (asOf - report.ReceivedAt).TotalDays;
        var unresolved = WasOpenAt(report.Status, report.ResolvedAt, asOf) ? options.UnresolvedWeight : 1.0;
        var kind = report.Kind == ReportKind.Need ? options.NeedKindWeight : 1.0;
        return Recency(ageDays, options.HalfLifeDays) * options.SeverityOf(report.CategoryCode) * unresolved * kind;
    }

    /// <summary>The points of a group: its recency sum times the weights its category, kind and state share.</summary>
    public static double Points(NeedReportGroup group, NeedIndexOptions options) =>
        group.RecencySum * options.SeverityOf(group.CategoryCode)
        * (group.Open ? options.UnresolvedWeight : 1.0)
        * (group.Kind == ReportKind.Need ? options.NeedKindWeight : 1.0);

    /// <summary>Groups the reports that count as evidence in the window, as the database query does.</summary>
    public static IReadOnlyList<NeedReportGroup> Group(IEnumerable<NeedReport> reports, DateTime asOf, NeedIndexOptions options) =>
        reports.Where(r => CountsAsEvidence(r.Status) && InWindow(r.ReceivedAt, asOf, options))
            .GroupBy(r => (r.AreaCode, r.Sector, r.CategoryCode, r.Kind, Open: WasOpenAt(r.Status, r.ResolvedAt, asOf)))
            .Select(g => new NeedReportGroup(g.Key.AreaCode, g.Key.Sector, g.Key.CategoryCode, g.Key.Kind, g.Key.Open, g.Count(),
                g.Sum(r => Recency((asOf - r.ReceivedAt).TotalDays, options.HalfLifeDays))))
            .ToList();

    /// <summary>
    /// One cell for every area in <paramref name="population"/> and every sector, zeros included, so shares and
    /// matrices are complete. Reports and indicators of areas not in <paramref name="population"/> are ignored.
    /// </summary>
    public static IReadOnlyList<NeedCell> Compute(
        IEnumerable<NeedReport> reports,
        IEnumerable<NeedIndicator> indicators,
        IReadOnlyDictionary<string, int> population,
        NeedIndexOptions options,
        DateTime asOf) =>
        Compute(Group(reports, asOf, options), indicators, population, options);

    /// <inheritdoc cref="Compute(IEnumerable{NeedReport}, IEnumerable{NeedIndicator}, IReadOnlyDictionary{string, int}, NeedIndexOptions, DateTime)"/>
    public static IReadOnlyList<NeedCell> Compute(
        IEnumerable<NeedReportGroup> groups,
        IEnumerable<NeedIndicator> indicators,
        IReadOnlyDictionary<string, int> population,
        NeedIndexOptions options)
    {
        var cells = new Dictionary<(string Area, string Sector), Accumulator>();
        Accumulator CellOf(string area, string sector)
        {
            if (!cells.TryGetValue((area, sector), out var cell))
            {
                cells[(area, sector)] = cell = new Accumulator();
            }

            return cell;
        }

        foreach (var group in groups)
        {
            var cell = CellOf(group.AreaCode, group.Sector);
            cell.Reports += group.Count;
            cell.Open += group.Open ? group.Count : 0;
            cell.ReportPoints += Points(group, options);
        }

        foreach (var indicator in indicators)
        {
            if (options.Indicators.TryGetValue(indicator.IndicatorCode, out var definition))
            {
                CellOf(indicator.AreaCode, definition.Sector).IndicatorPoints += definition.Weight * indicator.Value;
            }
        }

        return population.Keys.Order(StringComparer.Ordinal)
            .SelectMany(area => Sectors.All.Select(sector =>
            {
                var cell = cells.GetValueOrDefault((area, sector.Code)) ?? new Accumulator();
                return new NeedCell(area, sector.Code, population[area], cell.Reports, cell.Open, cell.ReportPoints, cell.IndicatorPoints);
            }))
            .ToList();
    }

    /// <summary>Received in [as-of − window, as-of): the half-open range the database query uses too.</summary>
    public static bool InWindow(DateTime receivedAt, DateTime asOf, NeedIndexOptions options) =>
        receivedAt < asOf && receivedAt >= WindowStart(asOf, options);

    private sealed class Accumulator
    {
        public int Reports;
        public int Open;
        public double ReportPoints;
        public double IndicatorPoints;
    }
}
