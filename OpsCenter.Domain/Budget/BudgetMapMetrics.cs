using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// The three budget metrics of one area for maps: need index (points per 1,000 residents), budget per resident (baht)
/// and budget-to-need ratio (budget share over need share among the province's areas of the same level; 1 is
/// "funded in proportion to need", NaN where there is neither need nor budget).
/// </summary>
public sealed record AreaBudgetMetric(
    string AreaCode,
    string NameTh,
    string NameEn,
    int Population,
    double NeedIndex,
    Common.Money Budget,
    double BudgetPerResident,
    double BudgetToNeedRatio);

/// <summary>Per-area budget metrics for a fiscal year, by district or by subdistrict (for the maps feature).</summary>
public sealed class BudgetMapMetrics(BudgetVersusNeedQuery query)
{
    public static readonly IReadOnlyList<string> MetricNames = ["need-index", "budget-per-resident", "budget-to-need-ratio"];

    /// <summary>
    /// Districts of a province, or subdistricts (of one district when <paramref name="withinDistrict"/> is given). At
    /// subdistrict level a district-wide project's money is spread over the district's subdistricts by population.
    /// </summary>
    public async Task<IReadOnlyList<AreaBudgetMetric>> ForAsync(
        string provinceCode, int fiscalYear, AreaLevel level, string? withinDistrict = null, BudgetMeasure measure = BudgetMeasure.Approved,
        CancellationToken cancellationToken = default)
    {
        var matrix = await query.MatrixAsync(provinceCode, fiscalYear, measure, level, cancellationToken);
        var byArea = matrix.ByArea().ToDictionary(a => a.AreaCode);
        return matrix.Areas
            .Where(a => withinDistrict is null || a.Code.StartsWith(withinDistrict, StringComparison.Ordinal))
            .Select(a =>
            {
                var totals = byArea[a.Code];
                var budget = new Common.Money(totals.BudgetSatang);
                return new AreaBudgetMetric(
                    a.Code, a.NameTh, a.NameEn, a.Population,
                    a.Population <= 0 ? 0 : totals.NeedPoints * 1000.0 / a.Population,
                    budget,
                    a.Population <= 0 ? 0 : (double)budget.Baht / a.Population,
                    totals.Ratio);
            })
            .ToList();
    }
}
