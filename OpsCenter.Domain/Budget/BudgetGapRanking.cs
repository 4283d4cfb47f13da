namespace OpsCenter.Domain.Budget;

/// <summary>The need and the money of one area in one sector.</summary>
public sealed record CellBudgetNeed(string AreaCode, string Sector, double NeedPoints, long BudgetSatang, long UnevidencedSatang);

/// <summary>A cell's share of the province's need and of its placed budget (0–1).</summary>
public sealed record CellShare(string AreaCode, string Sector, double NeedPoints, long BudgetSatang, long UnevidencedSatang, double NeedShare, double BudgetShare)
{
    /// <summary>Positive where need outruns money ("high need, little budget"), negative where money outruns evidence.</summary>
    public double Gap => NeedShare - BudgetShare;

    /// <summary>Budget share over need share; below 1 the cell gets less than its need would justify.</summary>
    public double Ratio => NeedShare <= 0 ? (BudgetShare > 0 ? double.PositiveInfinity : double.NaN) : BudgetShare / NeedShare;
}

/// <summary>
/// Compares shares, not amounts: need points and baht have no common unit, but "8% of the need and 2% of the money" is
/// a fact a governor can act on.
/// </summary>
public static class BudgetGapRanking
{
    public static IReadOnlyList<CellShare> Shares(IEnumerable<CellBudgetNeed> cells)
    {
        var list = cells.ToList();
        var totalNeed = list.Sum(c => Math.Max(0, c.NeedPoints));
        double totalBudget = list.Sum(c => Math.Max(0, c.BudgetSatang));
        return list.Select(c => new CellShare(
                c.AreaCode, c.Sector, c.NeedPoints, c.BudgetSatang, c.UnevidencedSatang,
                totalNeed <= 0 ? 0 : Math.Max(0, c.NeedPoints) / totalNeed,
                totalBudget <= 0 ? 0 : Math.Max(0, c.BudgetSatang) / totalBudget))
            .ToList();
    }

    /// <summary>"High need, little budget": cells whose need share exceeds their budget share, largest gap first.</summary>
    public static IReadOnlyList<CellShare> HighNeedLittleBudget(IEnumerable<CellShare> shares, int top = 10) =>
        shares.Where(s => s.Gap > 0)
            .OrderByDescending(s => s.Gap).ThenByDescending(s => s.NeedShare)
            .ThenBy(s => s.AreaCode, StringComparer.Ordinal).ThenBy(s => s.Sector, StringComparer.Ordinal)
            .Take(top).ToList();

    /// <summary>
    /// "Budget without evidence": cells whose budget share exceeds what their need justifies, the largest excess first;
    /// where the excess ties, the cell with more money from projects that link no evidence at all comes first.
    /// </summary>
    public static IReadOnlyList<CellShare> BudgetWithoutEvidence(IEnumerable<CellShare> shares, int top = 10) =>
        shares.Where(s => s.Gap < 0)
            .OrderBy(s => s.Gap).ThenByDescending(s => s.UnevidencedSatang)
            .ThenBy(s => s.AreaCode, StringComparer.Ordinal).ThenBy(s => s.Sector, StringComparer.Ordinal)
            .Take(top).ToList();

    /// <summary>Sums cells per area (over sectors), shares recomputed from the sums.</summary>
    public static IReadOnlyList<CellShare> ByArea(IEnumerable<CellShare> shares) =>
        Shares(shares.GroupBy(s => s.AreaCode, StringComparer.Ordinal)
            .Select(g => new CellBudgetNeed(g.Key, "", g.Sum(s => s.NeedPoints), g.Sum(s => s.BudgetSatang), g.Sum(s => s.UnevidencedSatang))));
}
