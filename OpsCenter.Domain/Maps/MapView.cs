using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Overview;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Maps;

/// <summary>The figures of one area on the map. Budget figures are null where no budget data could be computed.</summary>
public sealed record MapAreaFigures(
    string Code,
    string NameTh,
    string NameEn,
    int Population,
    int Reports,
    int Open,
    int Overdue,
    double? NeedIndex = null,
    double? BudgetPerResident = null,
    double? BudgetToNeedRatio = null)
{
    public double ReportsPerThousand => Population <= 0 ? 0 : Reports * 1000.0 / Population;

    /// <summary>The value the choropleth colours by; NaN where the area has none.</summary>
    public double ValueOf(MapMetric metric) => metric switch
    {
        MapMetric.ReportsPerThousand => ReportsPerThousand,
        MapMetric.Open => Open,
        MapMetric.Overdue => Overdue,
        MapMetric.NeedIndex => NeedIndex ?? double.NaN,
        MapMetric.BudgetPerResident => BudgetPerResident ?? double.NaN,
        _ => BudgetToNeedRatio ?? double.NaN,
    };
}

public sealed record MapScope(string Code, AreaLevel Level, string NameTh, string NameEn, string ProvinceCode, string ProvinceNameTh, string ProvinceNameEn);

public sealed record CategoryCount(string Code, string NameTh, string NameEn, int Count);

public sealed record MapReportRow(long Id, string TrackingNumber, string CategoryCode, string? SubdistrictCode, DateTime ReceivedAt, DateTime? DueAt, bool Overdue);

public sealed record MapProjectRow(int Id, string Code, string NameTh, string? NameEn, string AreaCode, int FiscalYear, Budget.ProjectStatus Status);

/// <summary>A report as a map point: enough to place it, colour it and open it, no personal data.</summary>
/// <summary>A report on the public map: its location is approximate (public), never its exact point (personal).</summary>
public sealed record MapPoint(long Id, string TrackingNumber, double Lat, double Lon, string CategoryCode, bool Open)
{
    public double Lat { get; init; } = ReportFieldClassification.Approximate(Lat);

    public double Lon { get; init; } = ReportFieldClassification.Approximate(Lon);
}

/// <summary>
/// Everything the map page shows for one drill level: the scope, its child areas and its side panel. With a
/// <see cref="Focus"/> (a subdistrict of the district) the panel's lists are that subdistrict's; the map's are the scope's.
/// </summary>
public sealed record MapView(
    MapScope Scope,
    MapFilter Filter,
    IReadOnlyList<MapAreaFigures> Areas,
    MapAreaFigures Totals,
    IReadOnlyList<CategoryCount> TopCategories,
    IReadOnlyList<MonthlyReports> Trend,
    IReadOnlyList<MapReportRow> OpenReports,
    IReadOnlyList<MapProjectRow> Projects,
    IReadOnlyList<HeatCell> Heat,
    IReadOnlyList<MapPoint> Points,
    bool BoundariesApproximate,
    MapAreaFigures? Focus = null)
{
    /// <summary>The figures the side panel shows: the focused subdistrict's, or the whole scope's.</summary>
    public MapAreaFigures PanelFigures => Focus ?? Totals;
}
