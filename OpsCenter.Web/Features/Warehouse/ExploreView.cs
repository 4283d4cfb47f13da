using System.Globalization;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Web.Features.Warehouse;

/// <summary>
/// One explorer view as its URL carries it, so a link reproduces it (and a proposal or evidence pack can cite it with
/// the version pinned): <c>?version=3&amp;by=area-2&amp;then=month:วันที่&amp;measure=sum&amp;of=amount&amp;where=หมวด&amp;is=ถนน</c>.
/// A grouping is <c>area-1|2|3</c> (province, district, subdistrict), <c>month:|year:|fy:</c> and a date column, or
/// <c>col:</c> and any column.
/// </summary>
public sealed record ExploreView(int? Version, string? By, string? Then, Measure Measure, string? Of, string? Where, string? Is)
{
    public static ExploreView Parse(int? version, string? by, string? then, string? measure, string? of, string? where, string? @is) =>
        new(version, Blank(by), Blank(then), measure switch { "sum" => Measure.Sum, "avg" => Measure.Average, "rate" => Measure.RatePerThousand, _ => Measure.Count }, Blank(of), Blank(where), @is)
        {
            MeasureChosen = !string.IsNullOrWhiteSpace(measure),
        };

    /// <summary>Whether the URL named a measure; without one the explorer sums the first number column.</summary>
    public bool MeasureChosen { get; init; }

    /// <summary>For a rate: the dataset whose measure per area divides it (<c>per</c>), its pinned version (<c>perversion</c>) and the column summed (<c>perof</c>; none counts its rows). Without it a rate is per 1,000 registered residents.</summary>
    public string? Per { get; init; }

    public int? PerVersion { get; init; }

    public string? PerOf { get; init; }

    /// <summary>How the rate's denominator reads ("population ของ ประชากรตามทะเบียนราษฎร ฉบับที่ 1"); filled by the explorer, not carried in the URL.</summary>
    public string? PerLabel { get; init; }

    /// <summary>Reads the join's three parameters; a mistyped version asks for a version no dataset has.</summary>
    public ExploreView Joined(string? per, string? perVersion, string? perOf) =>
        this with { Per = Blank(per), PerVersion = VersionOf(perVersion), PerOf = Blank(perOf) };

    private bool IsJoined => Measure == Measure.RatePerThousand && Per is not null;

    /// <summary>The version number a URL asks for; text that is no number asks for a version no dataset has.</summary>
    public static int? VersionOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;

    public string MeasureCode => Measure switch { Measure.Sum => "sum", Measure.Average => "avg", Measure.RatePerThousand => "rate", _ => "count" };

    /// <summary>The aggregation this view asks for; a grouping it cannot read is the caller's error, named "by" or "then".</summary>
    public Aggregation ToAggregation() => new()
    {
        GroupBy = new[] { ("by", By), ("then", Then) }.Where(g => g.Item2 is not null).Select(g => Grouping(g.Item1, g.Item2!)).ToList(),
        Measure = Measure,
        Of = Measure == Measure.Count ? null : Of,
        Filters = Where is null ? new Dictionary<string, IReadOnlyList<string?>>() : new Dictionary<string, IReadOnlyList<string?>> { [Where] = [Is ?? ""] },
    };

    public string Query()
    {
        var parts = new List<(string, string?)>
        {
            ("version", Version?.ToString(CultureInfo.InvariantCulture)), ("by", By), ("then", Then), ("measure", MeasureChosen || Measure != Measure.Count ? MeasureCode : null),
            ("of", Measure == Measure.Count ? null : Of), ("where", Where), ("is", Where is null ? null : Is),
            ("per", IsJoined ? Per : null), ("perversion", IsJoined ? PerVersion?.ToString(CultureInfo.InvariantCulture) : null), ("perof", IsJoined ? PerOf : null),
        };
        var query = string.Join("&", parts.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        return query.Length == 0 ? "" : "?" + query;
    }

    public static AreaLevel? AreaLevelOf(string? grouping) => grouping switch
    {
        "area-1" => AreaLevel.Province,
        "area-2" => AreaLevel.District,
        "area-3" => AreaLevel.Subdistrict,
        _ => null,
    };

    public static string AreaCode(AreaLevel level) => $"area-{(int)level}";

    private static Grouping Grouping(string parameter, string code)
    {
        if (AreaLevelOf(code) is { } level)
        {
            return Domain.Warehouse.Grouping.ByArea(level);
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var (kind, column) = colon < 0 ? ("", code) : (code[..colon], code[(colon + 1)..]);
        return kind switch
        {
            "month" => new Grouping(column, Grain: TimeGrain.Month),
            "year" => new Grouping(column, Grain: TimeGrain.Year),
            "fy" => new Grouping(column, Grain: TimeGrain.FiscalYear),
            "col" => new Grouping(column),
            _ => throw new WarehouseQueryException(parameter, "Unknown grouping"),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
