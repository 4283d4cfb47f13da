using OpsCenter.Domain.Areas;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Domain.Areas;

public sealed class ProvinceOutlinesTests
{
    private static readonly IReadOnlySet<string> Served = new HashSet<string> { "19", "13" };

    [Fact]
    public void Shipped_HasAll77Provinces_WithThaiAndEnglishNames()
    {
        var all = ProvinceOutlines.Shipped.All.ToList();

        Assert.Equal(77, all.Count);
        Assert.Equal(("กรุงเทพมหานคร", "Bangkok"), (ProvinceOutlines.Shipped.Get("10")!.NameTh, ProvinceOutlines.Shipped.Get("10")!.NameEn));
        Assert.All(all, p => Assert.True(p.Outline.IsValid, p.Code));
    }

    [Theory]
    [InlineData(13.7563, 100.5018, "10")] // Bangkok, the city pillar shrine
    [InlineData(13.8621, 100.5144, "12")] // Nonthaburi, the old provincial hall
    [InlineData(14.5289, 100.9108, "19")] // Saraburi provincial hall
    [InlineData(13.99763, 100.54221, "13")] // Mueang Pathum Thani, OCHA centroid
    [InlineData(18.7883, 98.9853, "50")] // Chiang Mai
    public void ProvinceOf_KnownPlaces_AreInTheirProvince(double lat, double lon, string expected)
    {
        Assert.Equal(expected, ProvinceOutlines.Shipped.ProvinceOf(lat, lon, Served)!.Code);
    }

    [Fact]
    public void ProvinceOf_OutsideThailand_IsNull()
    {
        Assert.Null(ProvinceOutlines.Shipped.ProvinceOf(0, -117, Served));
        Assert.Null(ProvinceOutlines.Shipped.ProvinceOf(12.5, 100.5, Served)); // the Gulf of Thailand
    }

    [Theory]
    [InlineData("13", "10")]
    [InlineData("13", "12")]
    [InlineData("19", "14")]
    [InlineData("19", "16")]
    public void ProvinceOf_AcrossTheBorder_TheToleranceDecidesForTheServedProvince(string served, string neighbour)
    {
        var gps = BorderPoints.Inside(neighbour, served, ProvinceOutlines.BorderToleranceMeters / 2);
        var beyond = BorderPoints.Inside(neighbour, served, ProvinceOutlines.BorderToleranceMeters * 2);
        var inside = BorderPoints.Inside(served, neighbour, 50);

        Assert.Equal(served, ProvinceOutlines.Shipped.ProvinceOf(gps.Lat, gps.Lon, Served)!.Code);
        Assert.Equal(neighbour, ProvinceOutlines.Shipped.ProvinceOf(beyond.Lat, beyond.Lon, Served)!.Code);
        Assert.Equal(served, ProvinceOutlines.Shipped.ProvinceOf(inside.Lat, inside.Lon, Served)!.Code);

        // An installation that serves neither side gets the province the point really lies in.
        Assert.Equal(neighbour, ProvinceOutlines.Shipped.ProvinceOf(gps.Lat, gps.Lon, new HashSet<string>())!.Code);
    }

    [Theory]
    [InlineData("จังหวัดกรุงเทพมหานคร", "10")]
    [InlineData("กรุงเทพฯ", "10")]
    [InlineData("กทม.", "10")]
    [InlineData("Bangkok", "10")]
    [InlineData("ปทุมธานี", "13")]
    [InlineData("จ.ปทุมธานี", "13")]
    [InlineData("Pathum Thani", "13")]
    [InlineData("pathumthani", "13")]
    [InlineData("สระบุรี", "19")]
    [InlineData("พระนครศรีอยุธยา", "14")]
    [InlineData("Phra Nakhon Si Ayutthaya", "14")]
    [InlineData("", null)]
    [InlineData("ไม่มีจังหวัดนี้", null)]
    public void PlaceNames_ProvinceCode_MatchesThaiEnglishPrefixesAndVariants(string written, string? expected)
    {
        Assert.Equal(expected, PlaceNames.ProvinceCode(written, PlaceNames.ProvinceKeys(ProvinceOutlines.Shipped.All)));
    }

    [Theory]
    [InlineData("อำเภอเมืองสระบุรี", "เมืองสระบุรี")]
    [InlineData("อ.เมืองสระบุรี", "เมืองสระบุรี")]
    [InlineData("เขตบางเขน", "บางเขน")]
    [InlineData("แขวงลาดยาว", "ลาดยาว")]
    [InlineData("ตำบล ปากเพรียว", "ปากเพรียว")]
    [InlineData("Amphoe Mueang Saraburi", "mueangsaraburi")]
    [InlineData("พระแสง", "พะแสง")]
    public void PlaceNames_Key_DropsPrefixesAndVariantMarks(string written, string key)
    {
        Assert.Equal(key, PlaceNames.Key(written));
        Assert.Equal(PlaceNames.Key(key), PlaceNames.Key(written));
    }
}
