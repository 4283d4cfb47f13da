using NetTopologySuite.Geometries;
using OpsCenter.Domain.Areas;

namespace OpsCenter.Tests.Domain.Areas;

public sealed class AreaIndexTests
{
    // Two districts side by side, 0.1° squares; 1901 has two official subdistricts, 1902's are points only.
    private static readonly Geometry District1901 = Square(100.0, 14.0, 100.1, 14.1);
    private static readonly Geometry District1902 = Square(100.1, 14.0, 100.2, 14.1);

    // The province's outline holds both districts; outside it nothing is located, however near a subdistrict point.
    private static readonly ProvinceOutlines Province = new([new ProvinceOutline("19", "สระบุรี", "Saraburi", Square(100.0, 14.0, 100.2, 14.1))]);

    private static IEnumerable<IndexedArea> Areas(bool officialSubdistricts = true, bool officialDistricts = true) =>
    [
        new("1901", AreaLevel.District, 14.05, 100.05, officialDistricts ? District1901 : null),
        new("1902", AreaLevel.District, 14.05, 100.15, officialDistricts ? District1902 : null),
        new("190101", AreaLevel.Subdistrict, 14.05, 100.02, officialSubdistricts ? Square(100.0, 14.0, 100.05, 14.1) : null),
        new("190102", AreaLevel.Subdistrict, 14.05, 100.07, officialSubdistricts ? Square(100.05, 14.0, 100.1, 14.1) : null),
        new("190201", AreaLevel.Subdistrict, 14.05, 100.19, null),
        new("190202", AreaLevel.Subdistrict, 14.09, 100.11, null),
    ];

    [Fact]
    public void Locate_PointInsideOfficialSubdistrict_UsesThePolygonNotTheNearestPoint()
    {
        var index = new AreaIndex(Areas(), Province);

        // The point is nearer 190102's representative point (100.07) than 190101's (100.02); the polygon decides.
        var located = index.Locate(14.01, 100.049);

        Assert.Equal(new AreaLocation("19", "1901", "190101", ByBoundary: true), located);
        Assert.Equal(2, index.SubdistrictBoundaries);
    }

    [Fact]
    public void Locate_InsideOfficialDistrictWithoutSubdistrictBoundaries_TakesNearestPointWithinThatDistrict()
    {
        var index = new AreaIndex(Areas(), Province);

        // Nearest point overall is 190102's (100.07 vs 190201's 100.19), but the district boundary says 1902.
        var located = index.Locate(14.05, 100.101);

        Assert.Equal(new AreaLocation("19", "1902", "190202", ByBoundary: false), located);
    }

    [Fact]
    public void Locate_NoBoundariesAtAll_FallsBackToNearestRepresentativePoint()
    {
        var index = new AreaIndex(Areas(officialSubdistricts: false, officialDistricts: false), Province);

        Assert.Equal("190102", index.Locate(14.05, 100.101)!.SubdistrictCode);
        Assert.False(index.Locate(14.05, 100.101)!.ByBoundary);
        Assert.Equal(0, index.SubdistrictBoundaries);
    }

    [Fact]
    public void Locate_FarFromEveryArea_ReturnsNull()
    {
        var index = new AreaIndex(Areas(), Province);

        Assert.Null(index.Locate(18.8, 98.98));
    }

    [Fact]
    public void Locate_PointInPolygonHole_IsNotInThatSubdistrict()
    {
        var factory = AreaGeometry.Factory;
        var outer = (Polygon)Square(100.0, 14.0, 100.1, 14.1);
        var hole = factory.CreateLinearRing(((Polygon)Square(100.04, 14.04, 100.06, 14.06)).ExteriorRing.Coordinates);
        var ringed = factory.CreatePolygon(factory.CreateLinearRing(outer.ExteriorRing.Coordinates), [hole]);
        var index = new AreaIndex(
        [
            new("190101", AreaLevel.Subdistrict, 14.01, 100.01, ringed),
            new("190102", AreaLevel.Subdistrict, 14.05, 100.05, Square(100.04, 14.04, 100.06, 14.06)),
        ], Province);

        Assert.Equal("190102", index.Locate(14.05, 100.05)!.SubdistrictCode);
        Assert.Equal("190101", index.Locate(14.02, 100.02)!.SubdistrictCode);
    }

    private static Geometry Square(double minLon, double minLat, double maxLon, double maxLat) =>
        AreaGeometry.Factory.ToGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
}
