using OpsCenter.Domain.Wall;

namespace OpsCenter.Tests.Domain.Wall;

public sealed class HeatBinningTests
{
    [Fact]
    public void Bin_CountsPointsPerCell_AtTheCellCentre()
    {
        var grid = HeatBinning.Bin([(14.501, 100.901), (14.509, 100.909), (14.521, 100.901)], cellDegrees: 0.01);

        Assert.Equal(3, grid.Total);
        Assert.Equal(2, grid.Cells.Count);
        Assert.Contains(new HeatCell(14.505, 100.905, 2), grid.Cells);
        Assert.Contains(new HeatCell(14.525, 100.905, 1), grid.Cells);
        Assert.Equal(2, grid.Max);
    }

    [Fact]
    public void Bin_ManyScatteredPoints_GrowsTheCellUntilTheBinsFit()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 20_000).Select(_ => (14 + random.NextDouble(), 100.5 + random.NextDouble())).ToList();

        var grid = HeatBinning.Bin(points, cellDegrees: 0.005, maxCells: 500);

        Assert.True(grid.Cells.Count <= 500);
        Assert.True(grid.CellDegrees > 0.005);
        Assert.Equal(20_000, grid.Total);
    }

    [Fact]
    public void Bin_SkipsPointsThatAreNotNumbers()
    {
        var grid = HeatBinning.Bin([(double.NaN, 100), (14.5, double.PositiveInfinity), (14.5, 100.9)]);

        Assert.Equal(1, grid.Total);
    }

    [Fact]
    public void Bin_NothingToBin_IsAnEmptyGrid() => Assert.Empty(HeatBinning.Bin([]).Cells);
}
