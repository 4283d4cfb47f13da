using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Domain.Catalog;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Domain.Warehouse;

public sealed class ParquetLoaderTests : IDisposable
{
    private readonly WarehouseFiles _files = new();
    private readonly WarehouseQuery _query = new(Options.Create(new WarehouseOptions()));

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task AwkwardCsv_BomThaiQuotedNewlinesMixedTypes_LoadsTypedRows()
    {
        var table = _files.LoadCsv("\uFEFFรหัสตำบล,ชื่อ,ประชากร,สัดส่วน,หมายเหตุ,วันที่\n"
            + "190101,ปากเพรียว,\"12,345\",0.5,\"บรรทัดแรก\nบรรทัดสอง\",21/11/2569\n"
            + ",,,,,\n"
            + "190105,\"ดาว \"\"เรือง\"\"\",9876,1,สิบ,2026-01-31\n"
            + "190201,แก่งคอย,7,2.25,10,\n");

        Assert.Equal(3, table.RowCount);
        Assert.Equal([ColumnType.Integer, ColumnType.Text, ColumnType.Integer, ColumnType.Decimal, ColumnType.Text, ColumnType.Date], table.Columns.Select(c => c.Type));
        var page = await _query.SearchAsync(table, new RowSearch());
        Assert.Equal(3, page.Total);
        Assert.Equal(["_id", "รหัสตำบล", "ชื่อ", "ประชากร", "สัดส่วน", "หมายเหตุ", "วันที่", "_area"], page.Fields.Select(f => f.Name));
        var first = page.Records[0];
        Assert.Equal([1L, 190101L, "ปากเพรียว", 12345L, 0.5, "บรรทัดแรก\nบรรทัดสอง"], first[..6]);
        Assert.Equal(new DateTime(2026, 11, 21), first[6]);
        Assert.Equal("ดาว \"เรือง\"", page.Records[1][2]);
        Assert.Equal("10", page.Records[2][5]);
        Assert.Null(page.Records[2][6]);
    }

    [Fact]
    public async Task Xlsx_LoadsTheFirstSheet()
    {
        var table = _files.LoadXlsx(UploadSchemaCheckTests.Workbook(["อำเภอ", "งบประมาณ"], ["เมืองสระบุรี", "1500.5"], ["แก่งคอย", "20"]));

        Assert.Equal(2, table.RowCount);
        Assert.Equal(AreaLevel.District, table.AreaLevel);
        var page = await _query.SearchAsync(table, new RowSearch { Sort = [new SortKey("งบประมาณ", Descending: false)], Fields = ["_id", "อำเภอ", "งบประมาณ"] });
        Assert.Equal([[2L, "แก่งคอย", 20.0], [1L, "เมืองสระบุรี", 1500.5]], page.Records.Select(r => r.ToArray()));
    }

    [Fact]
    public void PlaceColumns_CodesAndNamesResolveToTheFinestArea()
    {
        var table = _files.LoadCsv("province_code,อำเภอ,ตำบล,value\n19,เมืองสระบุรี,ปากเพรียว,1\n19,อ.แก่งคอย,ต.แก่งคอย,2\n19,ไม่มีอำเภอนี้,,3\n");

        Assert.Equal(ColumnRole.AreaCode, table.Column("province_code")!.Role);
        Assert.Equal((ColumnRole.AreaName, AreaLevel.District), (table.Column("อำเภอ")!.Role, table.Column("อำเภอ")!.Level));
        Assert.Equal((ColumnRole.AreaName, AreaLevel.Subdistrict), (table.Column("ตำบล")!.Role, table.Column("ตำบล")!.Level));
        Assert.Equal(AreaLevel.Subdistrict, table.AreaLevel);
        Assert.Equal(3, table.PlacedRows);
    }

    [SharedDataFact]
    public async Task RealPopulationBySubdistrict_NamesResolveToDopaCodes()
    {
        var table = _files.LoadShared("stats/dopa_population_tambon_2567.csv");

        Assert.Equal(AreaLevel.Subdistrict, table.AreaLevel);
        Assert.Equal([AreaLevel.Province, AreaLevel.District, AreaLevel.Subdistrict],
            table.Columns.Where(c => c.Role == ColumnRole.AreaName).Select(c => c.Level!.Value));
        Assert.True(table.PlacedRows > table.RowCount * 0.95, $"{table.PlacedRows} of {table.RowCount} rows placed");

        var named = await _query.SearchAsync(table, new RowSearch
        {
            Filters = new Dictionary<string, IReadOnlyList<string?>> { ["district-name"] = ["เมืองสระบุรี"], ["subdistrict-name"] = ["ดาวเรือง"] },
            Fields = ["total", "_area"],
        });
        Assert.Equal("190105", Assert.Single(named.Records)[1]);
    }

    [SharedDataFact]
    public async Task RealTpmapCounts_ProvinceIdIsAProvinceCode()
    {
        var table = _files.LoadShared("stats/tpmap_2561_province_poor_counts.csv");

        Assert.Equal((ColumnRole.AreaCode, AreaLevel.Province), (table.Column("province_ID")!.Role, table.Column("province_ID")!.Level));
        Assert.Equal(table.RowCount, table.PlacedRows);
        var saraburi = await _query.SearchAsync(table, new RowSearch { Filters = new Dictionary<string, IReadOnlyList<string?>> { ["province_ID"] = ["19"] }, Fields = ["_area"] });
        Assert.Equal("19", Assert.Single(saraburi.Records)[0]);
    }

    [SharedDataFact]
    public void RealProvincePopulation_ThousandsSeparatorsAreIntegersAndTheYearIsNotAPlace()
    {
        var table = _files.LoadShared("stats/dopa_population_province_2565.csv");

        Assert.Equal(ColumnType.Integer, table.Column("POP")!.Type);
        Assert.Equal(ColumnRole.None, table.Column("YEAR")!.Role);
        Assert.Equal((ColumnRole.AreaCode, AreaLevel.Province), (table.Column("CODE")!.Role, table.Column("CODE")!.Level));
        Assert.Equal((ColumnRole.AreaName, AreaLevel.Province), (table.Column("PROVINCE_THAI")!.Role, table.Column("PROVINCE_THAI")!.Level));
    }
}
