using OpsCenter.Domain.Budget;

namespace OpsCenter.Tests.Domain.Budget;

public sealed class IndicatorAllocationTests
{
    private static readonly PlacedArea[] Districts = [new("1901", "19", 3000), new("1902", "19", 1000)];

    [Fact]
    public void ProvinceValue_IsSpreadOverDistrictsByPopulation()
    {
        var placed = IndicatorAllocation.ToAreas([new NeedIndicator("19", "tpmap-poor", 1000)], Districts);
        Assert.Equal(750, placed.Single(p => p.AreaCode == "1901").Value, 9);
        Assert.Equal(250, placed.Single(p => p.AreaCode == "1902").Value, 9);
    }

    [Fact]
    public void FinerValues_OverrideTheProvinceValue_AndSubdistrictsSumUp()
    {
        var placed = IndicatorAllocation.ToAreas(
        [
            new NeedIndicator("19", "tpmap-poor", 1000),
            new NeedIndicator("190101", "tpmap-poor", 40),
            new NeedIndicator("190102", "tpmap-poor", 2),
            new NeedIndicator("190201", "tpmap-poor", 7),
        ], Districts);
        Assert.Equal(42, placed.Single(p => p.AreaCode == "1901").Value, 9);
        Assert.Equal(7, placed.Single(p => p.AreaCode == "1902").Value, 9);
    }

    [Fact]
    public void ValuesOfAnotherProvince_AreIgnored() =>
        Assert.Empty(IndicatorAllocation.ToAreas([new NeedIndicator("13", "tpmap-poor", 1000), new NeedIndicator("1301", "tpmap-poor", 5)], Districts));
}
