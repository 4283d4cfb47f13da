using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Maps;

/// <summary>TopoJSON and name-matched boundary files, with the real files in ../shared/data/geo.</summary>
public sealed class BoundaryFormatsTests
{
    [SharedDataFact]
    public void ReadTopoJson_OchaProvinces_StitchesArcsIntoTheSameShapesAsGeoJson()
    {
        using var topo = File.OpenRead(SharedData.PathOf("geo/thailand_provinces_ocha.topojson"));
        using var geo = File.OpenRead(SharedData.PathOf("geo/thailand_provinces.geojson"));

        var provinces = BoundaryFileReader.Read(topo);
        var reference = BoundaryFileReader.Read(geo);

        Assert.Equal(77, provinces.Count);
        var saraburi = provinces.Single(p => p.Properties["ADM1_PCODE"] == "TH19").Geometry;
        var saraburiReference = reference.Single(p => p.Properties["pro_code"] == "19").Geometry;
        Assert.True(saraburi.IsValid || saraburi.Buffer(0).Area > 0);
        Assert.InRange(saraburi.Area / saraburiReference.Area, 0.97, 1.03);
        Assert.True(saraburi.Contains(AreaGeometry.Point(100.9108, 14.5289)));
        Assert.False(saraburi.Contains(AreaGeometry.Point(100.5018, 13.7563)));
    }

    [SharedDataFact]
    public async Task ImportBoundaries_TopoJsonProvinces_MatchesTheInstalledProvinceByOchaCode()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();

        var result = await ImportAsync(app, File.ReadAllBytes(SharedData.PathOf("geo/thailand_provinces_ocha.topojson")));

        Assert.Equal(77, result.Features);
        Assert.Equal(1, result.MatchedByLevel[AreaLevel.Province]);
        Assert.Equal(76, result.OutsideInstallation);
        Assert.Empty(result.Unmatched);
    }

    [SharedDataFact]
    public async Task ImportBoundaries_FeaturesWithoutCodes_AreMatchedByNameAndTheRestReported()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        var collection = JsonNode.Parse(File.ReadAllText(SharedData.PathOf("geo/saraburi_districts_detailed.geojson")))!.AsObject();
        var features = collection["features"]!.AsArray();
        foreach (var feature in features)
        {
            var properties = feature!["properties"]!.AsObject();
            foreach (var code in properties.Select(p => p.Key).Where(k => k.Contains("PCODE", StringComparison.Ordinal)).ToList())
            {
                properties.Remove(code);
            }
        }

        var stray = JsonNode.Parse(features[0]!.ToJsonString())!;
        stray["properties"]!["ADM2_TH"] = "ไม่มีอำเภอนี้";
        stray["properties"]!["ADM2_EN"] = "No Such District";
        features.Add(stray);

        var result = await ImportAsync(app, Encoding.UTF8.GetBytes(collection.ToJsonString()));

        Assert.Equal(13, result.MatchedByLevel[AreaLevel.District]);
        Assert.Equal(13, result.MatchedByName);
        var miss = Assert.Single(result.Unmatched);
        Assert.Equal("ไม่มีอำเภอนี้", miss.Name);
        await using var db = DbContexts.For(app.Database);
        Assert.False(await db.Set<Area>().AnyAsync(a => a.Level == AreaLevel.District && a.BoundaryIsApproximate));
    }

    [Fact]
    public void ReadBoundaryFile_NotGeoJsonOrTopoJson_SaysWhat()
    {
        var error = Assert.Throws<FormatException>(() => BoundaryFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"Point\"}"))));
        Assert.Contains("TopoJSON", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => BoundaryFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("not json"))));
    }

    private static async Task<BoundaryImportResult> ImportAsync(OpsAppFactory app, byte[] file) =>
        await app.Services.GetRequiredService<BoundaryImporter>().ImportAsync(BoundaryFileReader.Read(new MemoryStream(file)), TestAdmins.Of("19"));
}
