using OpsCenter.Domain.Maps;
using OpsCenter.Web.Features.Maps;

namespace OpsCenter.Tests.Domain.Maps;

public sealed class MapRulesTests
{
    [Fact]
    public void HeatBinning_PointsInOneCell_BecomeOneWeightedPoint()
    {
        var cells = HeatBinning.Bin([(14.5011, 100.9011), (14.5012, 100.9049), (14.5049, 100.9001), (14.52, 100.95)], 0.005);

        Assert.Equal(2, cells.Count);
        Assert.Equal(new HeatCell(14.5025, 100.9025, 3), cells[0]);
        Assert.Equal(1, cells[1].Count);
    }

    [Fact]
    public void HeatBinning_CellSizeZero_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HeatBinning.Bin([(14.5, 100.9)], 0));

    [Fact]
    public void MapFilter_ParseUnknownValues_FallsBackToDefaults()
    {
        var filter = MapFilter.Parse("bogus", "  ", "5y", "lost");

        Assert.Equal(new MapFilter(), filter);
    }

    [Fact]
    public void MapLinks_RoundTripThroughParse_ReproduceTheView()
    {
        var filter = new MapFilter(MapMetric.BudgetToNeedRatio, "road", "90d", MapReportState.Overdue);

        var link = MapLinks.For("1902", filter, "points");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);

        Assert.Equal("/map/1902?metric=budget-to-need-ratio&category=road&period=90d&state=overdue&layer=points", link);
        Assert.Equal(filter, MapFilter.Parse(query["metric"], query["category"], query["period"], query["state"]));
        Assert.Equal("/map", MapLinks.For(null, new MapFilter(), "heat"));
    }

    [Fact]
    public void MapLinks_Subdistrict_GoesInTheQueryOfItsDistrictOnly()
    {
        Assert.Equal("/map/1902?subdistrict=190203&metric=open", MapLinks.For("1902", new MapFilter(MapMetric.Open), null, "190203"));
        Assert.Equal("/map", MapLinks.For(null, new MapFilter(), null, "190203"));
    }

    [Fact]
    public void MapFilter_Since_CoversThePeriod()
    {
        var now = new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(now.AddDays(-30), new MapFilter(Period: "30d").Since(now));
        Assert.Equal(now.AddMonths(-12), new MapFilter().Since(now));
        Assert.Null(new MapFilter(Period: "all").Since(now));
    }

    [Fact]
    public void MapAreaFigures_ReportsPerThousand_ZeroPopulationIsZeroNotInfinity()
    {
        Assert.Equal(0, new MapAreaFigures("1901", "ก", "A", 0, 5, 1, 0).ReportsPerThousand);
        Assert.Equal(2.5, new MapAreaFigures("1901", "ก", "A", 2000, 5, 1, 0).ValueOf(MapMetric.ReportsPerThousand));
        Assert.True(double.IsNaN(new MapAreaFigures("1901", "ก", "A", 2000, 5, 1, 0).ValueOf(MapMetric.NeedIndex)));
    }
}
