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

    /// <summary>Need points per 1,000 residents, all sectors together (see <see cref="NeedIndex"/>).</summary>
    public double NeedIndex { get; init; }

    /// <summary>Need points, all sectors together: the numerator of <see cref="NeedShare"/>.</summary>
    public double NeedPoints { get; init; }

    /// <summary>Open (unresolved) reports counted in the need window.</summary>
    public int OpenReports { get; init; }

    public double BudgetPerResidentBaht => Population <= 0 ? 0 : (double)Budget.Baht / Population;
}

/// <summary>Budget against need by district: what the wall, the map and the budget pages chart.</summary>
public interface IBudgetVersusNeedSource
{
    Task<IReadOnlyList<DistrictBudgetNeed>> ByDistrictAsync(string provinceCode, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>The same for several provinces at once, keyed by province code.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<DistrictBudgetNeed>>> ByDistrictAsync(
        IReadOnlyCollection<string> provinceCodes, int fiscalYear, CancellationToken cancellationToken = default);
}

/// <summary>Which amount of a budget line is compared with need.</summary>
public enum BudgetMeasure
{
    Approved = 1,
    Requested = 2,
    Disbursed = 3,
}
