using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Domain.Wall;

/// <summary>What a screen looks at: a province, optionally one district, over the last <see cref="PeriodDays"/> days.</summary>
public sealed record WallView(string ProvinceCode, string? AreaCode, int PeriodDays)
{
    public static WallView Of(WallScreen screen) => new(screen.ProvinceCode, screen.AreaCode, Math.Clamp(screen.PeriodDays, 1, 365));
}

/// <summary>
/// Everything every screen of one <see cref="WallView"/> shows, computed once per burst of events and shared by all of
/// them. Immutable: a part that did not change keeps its instance, so screens redraw only the panels that changed.
/// No personal data: counts, bins, KPI values and tracking numbers only.
/// </summary>
public sealed record WallSnapshot(
    WallView View,
    DateTime ComputedAt,
    ReportCounters Counters,
    KpiTiles Kpis,
    HeatGrid Heat,
    BudgetNeed Budget,
    Ticker Ticker);

/// <summary>
/// Report figures of a wall; <see cref="Overdue"/> is live overdue, <see cref="ImportedBacklog"/> the open history imported
/// already overdue. <see cref="ReceivedInPeriod"/> counts the same reports as the heatmap's <see cref="HeatGrid.Reports"/>.
/// </summary>
public sealed record ReportCounters(int Open, int Overdue, int ReceivedToday, int ResolvedToday, int ReceivedInPeriod, int ReceivedPreviousPeriod, IReadOnlyList<int> DailyReceived, int ImportedBacklog = 0)
{
    public static readonly ReportCounters Empty = new(0, 0, 0, 0, 0, 0, []);

    public bool SameAs(ReportCounters other) =>
        this with { DailyReceived = other.DailyReceived } == other && DailyReceived.SequenceEqual(other.DailyReceived);
}

public sealed record KpiTile(
    int Id,
    string Code,
    string NameTh,
    string NameEn,
    string Unit,
    KpiDirection Direction,
    double? Value,
    double? Target,
    KpiStatus Status,
    IReadOnlyList<double> History,
    DateTime? PeriodStart,
    string? UnitEn = null,
    bool Partial = false);

public sealed record KpiTiles(IReadOnlyList<KpiTile> Tiles)
{
    public static readonly KpiTiles Empty = new([]);

    public bool SameAs(KpiTiles other) =>
        Tiles.Count == other.Tiles.Count
        && Tiles.Zip(other.Tiles).All(p => p.First with { History = p.Second.History } == p.Second && p.First.History.SequenceEqual(p.Second.History));
}

/// <summary>One bin of the heatmap: its centre and how many reports fell in it.</summary>
public sealed record HeatCell(double Lat, double Lon, int Count);

/// <summary>
/// The binned locations of a period's reports. <see cref="Total"/> counts those on the map; <see cref="Unlocated"/> those
/// the period received without a location; <see cref="Reports"/>, both, is the figure the counter shows.
/// </summary>
public sealed record HeatGrid(double CellDegrees, IReadOnlyList<HeatCell> Cells, int Total)
{
    public static readonly HeatGrid Empty = new(HeatBinning.DefaultCellDegrees, [], 0);

    private double[][]? _points;

    /// <summary>Reports of the period that have no location, so are not on the map.</summary>
    public int Unlocated { get; init; }

    /// <summary>Every report of the period, located or not.</summary>
    public int Reports => Total + Unlocated;

    public int Max => Cells.Count == 0 ? 0 : Cells.Max(c => c.Count);

    /// <summary>[lat, lon, count] per cell, as a heat layer takes them; built once and shared by every screen.</summary>
    public IReadOnlyList<double[]> Points => _points ??= Cells.Select(c => new[] { c.Lat, c.Lon, c.Count }).ToArray();

    public bool SameAs(HeatGrid other) =>
        CellDegrees.Equals(other.CellDegrees) && Total == other.Total && Unlocated == other.Unlocated && Cells.SequenceEqual(other.Cells);
}

public sealed record BudgetNeed(int FiscalYear, IReadOnlyList<DistrictBudgetNeed> Districts)
{
    public static readonly BudgetNeed Empty = new(0, []);

    public bool SameAs(BudgetNeed other) => FiscalYear == other.FiscalYear && Districts.SequenceEqual(other.Districts);
}

/// <summary>A report on the ticker: overdue or escalated. Tracking number, category and place only; never the citizen's words.</summary>
public sealed record TickerItem(
    long ReportId,
    string TrackingNumber,
    string CategoryTh,
    string CategoryEn,
    string? DistrictTh,
    string? DistrictEn,
    DateTime? DueAt,
    DateTime? EscalatedAt,
    int? BacklogCount = null);

public sealed record Ticker(IReadOnlyList<TickerItem> Items)
{
    public static readonly Ticker Empty = new([]);

    public bool SameAs(Ticker other) => Items.SequenceEqual(other.Items);
}
