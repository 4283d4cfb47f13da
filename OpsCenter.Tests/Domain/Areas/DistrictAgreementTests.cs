using CsvHelper;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Reports.Import;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Reports;
using Xunit.Abstractions;

namespace OpsCenter.Tests.Domain.Areas;

/// <summary>
/// How often the district a real row's point falls in (OCHA's simplified districts) is the district the row names.
/// The shared files hold no Pathum Thani rows, so this measures the same thing on their Bangkok rows: the name matching
/// (เขต prefixes, spelling) and the simplified shapes together.
/// </summary>
public sealed class DistrictAgreementTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void RealBangkokRows_DistrictOfThePoint_AgreesWithTheRowsOwnDistrict()
    {
        List<(string Key, IndexedPointInAreaLocator Locator, Envelope Envelope)> districts;
        using (var stream = File.OpenRead(SharedData.PathOf("geo/thailand_districts_amphoe_simplified.geojson")))
        {
            districts = BoundaryFileReader.Read(stream)
                .Where(f => f.Properties.GetValueOrDefault("ADM1_PCODE") == "TH10")
                .Select(f => (PlaceNames.Key(f.Properties["ADM2_TH"]), new IndexedPointInAreaLocator(f.Geometry), f.Geometry.EnvelopeInternal))
                .ToList();
        }

        int compared = 0, agreed = 0, outside = 0;
        foreach (var file in new[] { TraffyFiles.Canonical, TraffyFiles.WithDurations })
        {
            using var input = File.OpenRead(SharedData.PathOf(file));
            using var reader = CsvReader.Create(input, CsvReaderOptions.Default, false);
            var hasCoords = reader.Headers.Contains("coords");
            while (reader.Read())
            {
                var point = hasCoords
                    ? TraffyFormat.ParseCoords(reader.GetString("coords"))
                    : TraffyFormat.ParseColumns(reader.GetString("Latitute"), reader.GetString("Longitude"));
                var named = PlaceNames.Key(reader.GetString("district"));
                if (point is not { } p || named.Length == 0 || PlaceNames.Key(reader.GetString("province")) is not ("กรุงเทพมหานคร" or "กรุงเทพ"))
                {
                    continue;
                }

                var c = new Coordinate(p.Lon, p.Lat);
                var located = districts.FirstOrDefault(d => d.Envelope.Contains(c) && d.Locator.Locate(c) != Location.Exterior).Key;
                if (located is null)
                {
                    outside++;
                    continue;
                }

                compared++;
                agreed += located == named ? 1 : 0;
            }
        }

        var rate = (double)agreed / compared;
        output.WriteLine($"district agreement: {agreed} of {compared} Bangkok rows ({rate:P1}); {outside} points outside Bangkok's districts");
        Assert.True(compared > 2500, $"only {compared} rows compared");
        Assert.True(rate >= 0.9, $"district agreement {rate:P1} ({agreed} of {compared})");
    }
}
