using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// The weights of the need index, bound from "Budget:NeedIndex" and shown on the budget page. See
/// <see cref="NeedIndex"/> for the formula; every default here is a judgement a province may change.
/// </summary>
public sealed class NeedIndexOptions
{
    public const string Section = "Budget:NeedIndex";

    /// <summary>Days after which a report counts half as much as a new one.</summary>
    public double HalfLifeDays { get; set; } = 180;

    /// <summary>Reports older than this (before the as-of instant) are not counted at all.</summary>
    public int WindowDays { get; set; } = 365;

    /// <summary>Multiplier for a report still unresolved at the as-of instant: an unmet need weighs more than a met one.</summary>
    public double UnresolvedWeight { get; set; } = 2.0;

    /// <summary>Multiplier for a report filed as a need (ความต้องการ) rather than a complaint: needs are what plans answer.</summary>
    public double NeedKindWeight { get; set; } = 1.5;

    /// <summary>Severity of a category that has no entry in <see cref="Severity"/>.</summary>
    public double DefaultSeverity { get; set; } = 1.0;

    /// <summary>Severity by report category code: harm to life, health and livelihood weighs more than nuisance.</summary>
    public Dictionary<string, double> Severity { get; set; } = new(StringComparer.Ordinal)
    {
        ["flood"] = 3.0, ["safety"] = 3.0, ["health"] = 2.5, ["water-supply"] = 2.5, ["pm25"] = 2.0, ["welfare"] = 2.0,
        ["drainage"] = 1.5, ["road"] = 1.5, ["traffic"] = 1.5, ["education"] = 1.5, ["agriculture"] = 1.5,
        ["lighting"] = 1.2, ["stray-animals"] = 1.2, ["cleanliness"] = 1.0, ["footpath"] = 1.0, ["noise"] = 0.8, ["other"] = 0.5,
    };

    /// <summary>External indicators by code: which sector they add need to and how many points one unit is worth.</summary>
    public Dictionary<string, IndicatorDefinition> Indicators { get; set; } = new(StringComparer.Ordinal)
    {
        ["tpmap-poor"] = new IndicatorDefinition
        {
            NameTh = "คนจนเป้าหมาย (TPMAP, จปฐ.)",
            NameEn = "Target poor people (TPMAP, BMN survey)",
            Sector = Sectors.Social,
            Weight = 0.01,
            Unit = "คน",
            UnitEn = "people",
        },
    };

    public double SeverityOf(string categoryCode) => Severity.TryGetValue(categoryCode, out var severity) ? severity : DefaultSeverity;

    /// <summary>What is wrong with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (HalfLifeDays <= 0)
        {
            problems.Add("HalfLifeDays must be greater than 0");
        }

        if (WindowDays <= 0)
        {
            problems.Add("WindowDays must be greater than 0");
        }

        if (UnresolvedWeight < 0 || NeedKindWeight < 0 || DefaultSeverity < 0 || Severity.Values.Any(v => v < 0 || double.IsNaN(v)))
        {
            problems.Add("weights and severities must not be negative");
        }

        foreach (var (code, indicator) in Indicators)
        {
            if (Sectors.Find(indicator.Sector) is null)
            {
                problems.Add($"indicator {code}: unknown sector '{indicator.Sector}'");
            }

            if (indicator.Weight < 0)
            {
                problems.Add($"indicator {code}: weight must not be negative");
            }
        }

        return problems;
    }
}

/// <summary>An external indicator the need index can use once its values are imported.</summary>
public sealed class IndicatorDefinition
{
    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>The sector code its need counts toward.</summary>
    public string Sector { get; set; } = Sectors.Social;

    /// <summary>Need points per unit of the indicator (per poor person, say).</summary>
    public double Weight { get; set; }

    /// <summary>What one unit is, in Thai ("คน").</summary>
    public string Unit { get; set; } = "";

    /// <summary>What one unit is, in English ("people"); the Thai one is shown when it is not set.</summary>
    public string? UnitEn { get; set; }
}
