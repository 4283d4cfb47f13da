namespace OpsCenter.Domain.Maps;

/// <summary>What the choropleth colours areas by.</summary>
public enum MapMetric
{
    ReportsPerThousand,
    Open,
    Overdue,
    NeedIndex,
    BudgetPerResident,
    BudgetToNeedRatio,
}

public enum MapReportState
{
    All,
    Open,
    Overdue,
    Resolved,
}

/// <summary>
/// The map's filters as they appear in its URL (<c>?metric=open&amp;category=road&amp;period=90d&amp;state=open</c>), so a
/// link reproduces the view. Unknown values fall back to the defaults rather than failing the page.
/// </summary>
public sealed record MapFilter(MapMetric Metric = MapMetric.ReportsPerThousand, string? Category = null, string Period = MapFilter.DefaultPeriod, MapReportState State = MapReportState.All)
{
    public const string DefaultPeriod = "12m";

    public static readonly IReadOnlyList<string> Periods = ["30d", "90d", "12m", "all"];

    private static readonly IReadOnlyDictionary<string, MapMetric> MetricCodes = new Dictionary<string, MapMetric>
    {
        ["reports-per-1000"] = MapMetric.ReportsPerThousand,
        ["open"] = MapMetric.Open,
        ["overdue"] = MapMetric.Overdue,
        ["need-index"] = MapMetric.NeedIndex,
        ["budget-per-resident"] = MapMetric.BudgetPerResident,
        ["budget-to-need-ratio"] = MapMetric.BudgetToNeedRatio,
    };

    public static IReadOnlyList<string> MetricNames => [.. MetricCodes.Keys];

    public static string CodeOf(MapMetric metric) => MetricCodes.First(m => m.Value == metric).Key;

    public static string CodeOf(MapReportState state) => state.ToString().ToLowerInvariant();

    public static MapFilter Parse(string? metric, string? category, string? period, string? state) => new(
        metric is not null && MetricCodes.TryGetValue(metric, out var m) ? m : MapMetric.ReportsPerThousand,
        string.IsNullOrWhiteSpace(category) ? null : category.Trim(),
        period is not null && Periods.Contains(period) ? period : DefaultPeriod,
        Enum.TryParse<MapReportState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : MapReportState.All);

    /// <summary>The first moment of the period, or null for all time.</summary>
    public DateTime? Since(DateTime nowUtc) => Period switch
    {
        "30d" => nowUtc.AddDays(-30),
        "90d" => nowUtc.AddDays(-90),
        "12m" => nowUtc.AddMonths(-12),
        _ => null,
    };

    public bool IsBudgetMetric => Metric is MapMetric.NeedIndex or MapMetric.BudgetPerResident or MapMetric.BudgetToNeedRatio;
}
