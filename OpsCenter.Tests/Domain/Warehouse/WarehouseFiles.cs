using System.Text;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Domain.Warehouse;

/// <summary>Loads files into Parquet in a folder of its own, as the store would, for tests that need no database.</summary>
public sealed class WarehouseFiles : IDisposable
{
    private static readonly Lazy<AreaGazetteer> RealGazetteer = new(ReadOchaTambons);

    public string Folder { get; } = Directory.CreateTempSubdirectory("opscenter-warehouse-test-").FullName;

    /// <summary>Every district and subdistrict of Thailand with its DOPA code, from the OCHA gazetteer in ../shared/data.</summary>
    public static AreaGazetteer Real => RealGazetteer.Value;

    public static AreaGazetteer Saraburi { get; } = new(
    [
        new GazetteerArea("1901", AreaLevel.District, "เมืองสระบุรี", "Mueang Saraburi"),
        new GazetteerArea("190101", AreaLevel.Subdistrict, "ปากเพรียว", "Pak Phriao"),
        new GazetteerArea("190105", AreaLevel.Subdistrict, "ดาวเรือง", "Dao Rueang"),
        new GazetteerArea("1902", AreaLevel.District, "แก่งคอย", "Kaeng Khoi"),
        new GazetteerArea("190201", AreaLevel.Subdistrict, "แก่งคอย", "Kaeng Khoi"),
    ]);

    public WarehouseTable LoadCsv(string text, AreaGazetteer? gazetteer = null) =>
        LoadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)), gazetteer);

    public WarehouseTable LoadCsv(Stream content, AreaGazetteer? gazetteer = null)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        var profile = CsvTableReader.Profile(buffer);
        buffer.Position = 0;
        return ParquetLoader.Load(1, CsvTableReader.Rows(buffer), profile.Columns, gazetteer ?? Saraburi, NewPath(), Folder);
    }

    public WarehouseTable LoadXlsx(MemoryStream workbook, AreaGazetteer? gazetteer = null)
    {
        var profile = XlsxTableReader.Profile(workbook);
        workbook.Position = 0;
        return ParquetLoader.Load(1, XlsxTableReader.Rows(workbook), profile.Columns, gazetteer ?? Saraburi, NewPath(), Folder);
    }

    public WarehouseTable LoadShared(string relative, AreaGazetteer? gazetteer = null)
    {
        using var file = File.OpenRead(SharedData.PathOf(relative));
        return LoadCsv(file, gazetteer ?? Real);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private string NewPath() => Path.Combine(Folder, $"{Guid.NewGuid():N}.parquet");

    private static AreaGazetteer ReadOchaTambons()
    {
        var areas = new List<GazetteerArea>();
        using var file = File.OpenRead(SharedData.PathOf("admin/ocha_tambons_with_centroids.csv"));
        var header = true;
        foreach (var row in CsvTableReader.Rows(file))
        {
            if (header)
            {
                header = false;
                continue;
            }

            areas.Add(new GazetteerArea(row[2][2..], AreaLevel.Subdistrict, row[1], row[0]));
            areas.Add(new GazetteerArea(row[5][2..], AreaLevel.District, row[4], row[3]));
        }

        return new AreaGazetteer(areas);
    }
}
