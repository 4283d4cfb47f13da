namespace OpsCenter.Domain.Budget;

/// <summary>One district's share of the province's need and of its budget for a fiscal year (shares are 0–1).</summary>
public sealed record DistrictBudgetNeed(
    string DistrictCode,
    string NameTh,
    string NameEn,
    int Population,
    double NeedShare,
    double BudgetShare,
    Common.Money Budget)
{
    /// <summary>Budget share over need share: below 1 the district gets less than its need would justify.</summary>
    public double BudgetToNeedRatio => NeedShare <= 0 ? double.PositiveInfinity : BudgetShare / NeedShare;
}

/// <summary>Budget against need by district: what the wall, the map and the budget pages chart.</summary>
public interface IBudgetVersusNeedSource
{
    Task<IReadOnlyList<DistrictBudgetNeed>> ByDistrictAsync(string provinceCode, int fiscalYear, CancellationToken cancellationToken = default);
}
