using OpsCenter.Domain.Budget;

namespace OpsCenter.Tests.Domain.Budget;

public sealed class BudgetAllocationTests
{
    [Theory]
    [InlineData(1000L, 3, new[] { 334L, 333L, 333L })]
    [InlineData(1001L, 3, new[] { 334L, 334L, 333L })]
    [InlineData(2L, 3, new[] { 1L, 1L, 0L })]
    [InlineData(-7L, 2, new[] { -4L, -3L })]
    public void SplitEqually_LeftoverSatangGoToTheFirstParts(long satang, int parts, long[] expected)
    {
        var split = BudgetAllocation.SplitEqually(satang, parts);
        Assert.Equal(expected, split);
        Assert.Equal(satang, split.Sum());
    }

    [Fact]
    public void SplitByWeight_LargestRemaindersKeepTheSumExact()
    {
        Assert.Equal([67L, 33L], BudgetAllocation.SplitByWeight(100, [2, 1]));
        Assert.Equal([34L, 33L, 33L], BudgetAllocation.SplitByWeight(100, [1, 1, 1]));
        Assert.Equal([50L, 50L], BudgetAllocation.SplitByWeight(100, [0, 0]));
        var odd = BudgetAllocation.SplitByWeight(1_000_003, [61_234, 17_001, 9_990, 1]);
        Assert.Equal(1_000_003, odd.Sum());
        Assert.Equal(-100, BudgetAllocation.SplitByWeight(-100, [2, 1]).Sum());
    }

    [Fact]
    public void ToDistricts_SplitsOverAreasThenCountsEachInItsDistrict()
    {
        // Two subdistricts of Mueang and the district of Nong Khae: 300 satang, 100 each, Mueang gets two parts.
        var placed = BudgetAllocation.ToDistricts(300, ["190101", "190102", "1903"], out var provinceWide);
        Assert.Equal(200, placed["1901"]);
        Assert.Equal(100, placed["1903"]);
        Assert.Equal(0, provinceWide);
    }

    [Fact]
    public void ToDistricts_ProvinceWideArea_IsNotPlaced()
    {
        var placed = BudgetAllocation.ToDistricts(1000, ["19", "1902"], out var provinceWide);
        Assert.Equal(500, placed["1902"]);
        Assert.Equal(500, provinceWide);
    }

    [Fact]
    public void ToSubdistricts_DistrictPartIsSpreadByPopulation()
    {
        var children = new Dictionary<string, IReadOnlyList<(string Code, int Population)>>
        {
            ["1902"] = [("190201", 3000), ("190202", 1000)],
        };
        var placed = BudgetAllocation.ToSubdistricts(800, ["1902", "190101"], children, out var unplaced);
        Assert.Equal(300, placed["190201"]);
        Assert.Equal(100, placed["190202"]);
        Assert.Equal(400, placed["190101"]);
        Assert.Equal(0, unplaced);

        BudgetAllocation.ToSubdistricts(90, ["1999"], children, out unplaced);
        Assert.Equal(90, unplaced);
    }
}
