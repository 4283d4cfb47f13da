using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Warehouse;

public enum Measure
{
    Count = 0,
    Sum = 1,
    Average = 2,

    /// <summary>The sum (or, with no column, the count) per 1,000 registered residents of each group's area.</summary>
    RatePerThousand = 3,
}

/// <summary>How a date column is cut into periods.</summary>
public enum TimeGrain
{
    Month = 0,
    /// <summary>The Buddhist-era calendar year.</summary>
    Year = 1,
    /// <summary>The Thai fiscal year (1 October – 30 September), named by the Buddhist-era year it ends in.</summary>
    FiscalYear = 2,
}

/// <summary>One way to group: by a column's values, by place at an area level (rolled up from the rows' own codes), or by period.</summary>
public sealed record Grouping(string Column, AreaLevel? Level = null, TimeGrain? Grain = null)
{
    public static Grouping ByArea(AreaLevel level) => new(WarehouseColumn.AreaColumn, level);
}

public sealed record Aggregation
{
    public IReadOnlyList<Grouping> GroupBy { get; init; } = [];

    public Measure Measure { get; init; }

    /// <summary>The numeric column summed or averaged; none for a count.</summary>
    public string? Of { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string?>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string?>>();

    /// <summary>Only rows placed in this area (a DOPA code; finer codes inside it count).</summary>
    public string? Area { get; init; }
}

/// <summary>One group: its keys (in grouping order), the measure, and how many rows it holds.</summary>
public sealed record AggregateRow(IReadOnlyList<string?> Keys, double? Value, long Rows);

/// <summary>
/// The groups, how many were withheld because they held fewer rows than the minimum (personal data shown to the public),
/// and whether there were more groups than the limit.
/// </summary>
public sealed record AggregateResult(IReadOnlyList<AggregateRow> Rows, int SuppressedGroups, int MinimumGroupSize, bool Truncated);
