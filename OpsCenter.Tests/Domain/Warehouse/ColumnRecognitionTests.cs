using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Domain.Warehouse;

public sealed class ColumnRecognitionTests
{
    private static WarehouseColumn Recognize(string header, ColumnType type, params string[] values) =>
        ColumnRecognition.Recognize([new WarehouseColumn(header, type)], _ => values, WarehouseFiles.Saraburi)[0];

    [Theory]
    [InlineData("ปีงบประมาณ", ColumnRole.FiscalYear, "2567", "2568")]
    [InlineData("ปี พ.ศ.", ColumnRole.BuddhistYear, "2566", "2567")]
    [InlineData("year", ColumnRole.Year, "2023", "2024")]
    [InlineData("จำนวน", ColumnRole.None, "2566", "2567")]
    [InlineData("YEAR", ColumnRole.None, "6512")]
    public void YearColumns_NeedAHeaderThatSaysYear(string header, ColumnRole expected, params string[] values) =>
        Assert.Equal(expected, Recognize(header, ColumnType.Integer, values).Role);

    [Theory]
    [InlineData("province_code", AreaLevel.Province, "19", "13")]
    [InlineData("TH_pcode", AreaLevel.District, "TH1901", "TH1902")]
    [InlineData("tambon", AreaLevel.Subdistrict, "190101", "190105")]
    [InlineData("geo", AreaLevel.Subdistrict, "190101", "190105")]
    public void DopaCodes_AreRecognizedAtTheirLevel(string header, AreaLevel level, params string[] values)
    {
        var column = Recognize(header, ColumnType.Text, values);
        Assert.Equal((ColumnRole.AreaCode, level), (column.Role, column.Level!.Value));
    }

    [Fact]
    public void TwoDigitNumbers_AreNotProvincesWithoutAHeaderSayingSo() =>
        Assert.Equal(ColumnRole.None, Recognize("อายุ", ColumnType.Integer, "19", "30", "44").Role);

    [Theory]
    [InlineData("จังหวัด", AreaLevel.Province, "สระบุรี", "Pathum Thani")]
    [InlineData("name", AreaLevel.District, "อำเภอเมืองสระบุรี", "Kaeng Khoi")]
    [InlineData("พื้นที่", AreaLevel.Subdistrict, "ต.ปากเพรียว", "ดาวเรือง")]
    public void ThaiAndEnglishNames_AreRecognized(string header, AreaLevel level, params string[] values)
    {
        var column = Recognize(header, ColumnType.Text, values);
        Assert.Equal((ColumnRole.AreaName, level), (column.Role, column.Level!.Value));
    }

    [Fact]
    public void Dates_AreTimes() => Assert.Equal(ColumnRole.Date, Recognize("วันที่รับแจ้ง", ColumnType.Date, "2026-01-01").Role);

    [SharedDataFact]
    public void SharedSubdistrictNames_ResolveOnlyInsideTheirDistrict()
    {
        var resolver = new PlaceResolver(
            [new WarehouseColumn("อำเภอ", ColumnType.Text, ColumnRole.AreaName, AreaLevel.District), new WarehouseColumn("ตำบล", ColumnType.Text, ColumnRole.AreaName, AreaLevel.Subdistrict)],
            WarehouseFiles.Real);

        var kaengKhoi = WarehouseFiles.Real.At(AreaLevel.District).Single(d => d.NameTh == "แก่งคอย" && d.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(kaengKhoi.Code, resolver.Resolve(["แก่งคอย", null]));
        Assert.StartsWith(kaengKhoi.Code, resolver.Resolve(["แก่งคอย", "แก่งคอย"]));
        var sharedName = WarehouseFiles.Real.At(AreaLevel.Subdistrict).GroupBy(s => PlaceNames.Key(s.NameTh)).First(g => g.Count() > 1).First().NameTh;
        var alone = new PlaceResolver([new WarehouseColumn("ตำบล", ColumnType.Text, ColumnRole.AreaName, AreaLevel.Subdistrict)], WarehouseFiles.Real);
        Assert.Null(alone.Resolve([sharedName]));
    }
}
