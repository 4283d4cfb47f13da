using OpsCenter.Domain.Budget;

namespace OpsCenter.Tests.Domain.Budget;

public sealed class BudgetGapRankingTests
{
    // Need 60/30/10 points and budget 10/30/60 satang: shares 0.6/0.3/0.1 against 0.1/0.3/0.6.
    private static readonly CellBudgetNeed[] Cells =
    [
        new("1901", "water", 60, 10, 0),
        new("1902", "water", 30, 30, 30),
        new("1903", "water", 10, 60, 20),
    ];

    [Fact]
    public void Shares_AreEachCellsPartOfTheTotals()
    {
        var shares = BudgetGapRanking.Shares(Cells);

        Assert.Equal([0.6, 0.3, 0.1], shares.Select(s => Math.Round(s.NeedShare, 9)));
        Assert.Equal([0.1, 0.3, 0.6], shares.Select(s => Math.Round(s.BudgetShare, 9)));
        Assert.Equal(0.5, shares[0].Gap, 9);
        Assert.Equal(1.0 / 6, shares[0].Ratio, 9);
        Assert.Equal(6.0, shares[2].Ratio, 9);
    }

    [Fact]
    public void HighNeedLittleBudget_ListsOnlyUnderfundedCells_LargestGapFirst()
    {
        var ranking = BudgetGapRanking.HighNeedLittleBudget(BudgetGapRanking.Shares(Cells));
        Assert.Equal(["1901"], ranking.Select(r => r.AreaCode));
    }

    [Fact]
    public void BudgetWithoutEvidence_ListsOnlyCellsFundedBeyondNeed()
    {
        var ranking = BudgetGapRanking.BudgetWithoutEvidence(BudgetGapRanking.Shares(Cells));
        Assert.Equal(["1903"], ranking.Select(r => r.AreaCode));
        Assert.Equal(-0.5, ranking[0].Gap, 9);
    }

    [Fact]
    public void BudgetWithoutEvidence_TiedExcess_PutsMoreUnlinkedMoneyFirst()
    {
        CellBudgetNeed[] cells = [new("1901", "water", 0, 50, 10), new("1902", "water", 0, 50, 40), new("1903", "water", 10, 0, 0)];
        var ranking = BudgetGapRanking.BudgetWithoutEvidence(BudgetGapRanking.Shares(cells));
        Assert.Equal(["1902", "1901"], ranking.Select(r => r.AreaCode));
    }

    [Fact]
    public void Ratio_NoNeedButMoney_IsInfinite_NeitherIsNaN()
    {
        var shares = BudgetGapRanking.Shares([new CellBudgetNeed("1901", "water", 0, 10, 0), new CellBudgetNeed("1902", "water", 0, 0, 0), new CellBudgetNeed("1903", "water", 5, 0, 0)]);
        Assert.True(double.IsPositiveInfinity(shares[0].Ratio));
        Assert.True(double.IsNaN(shares[1].Ratio));
        Assert.Equal(0, shares[2].Ratio);
    }

    [Fact]
    public void Shares_NoNeedAndNoMoney_AreZeroNotNaN()
    {
        var shares = BudgetGapRanking.Shares([new CellBudgetNeed("1901", "water", 0, 0, 0)]);
        Assert.Equal((0.0, 0.0), (shares[0].NeedShare, shares[0].BudgetShare));
    }

    [Fact]
    public void ByArea_SumsSectorsAndRecomputesShares()
    {
        CellBudgetNeed[] cells = [new("1901", "water", 30, 10, 0), new("1901", "health", 30, 0, 0), new("1902", "water", 40, 90, 5)];
        var byArea = BudgetGapRanking.ByArea(BudgetGapRanking.Shares(cells));
        var mueang = byArea.Single(a => a.AreaCode == "1901");
        Assert.Equal((60.0, 10L), (mueang.NeedPoints, mueang.BudgetSatang));
        Assert.Equal((0.6, 0.1), (Math.Round(mueang.NeedShare, 9), Math.Round(mueang.BudgetShare, 9)));
        Assert.Equal(5, byArea.Single(a => a.AreaCode == "1902").UnevidencedSatang);
    }
}
