using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Maps;

public sealed class BoundaryPlaceTests
{
    [Fact]
    public async Task ImportBoundaries_FeatureWhoseShapeLiesInAnotherProvince_IsRefusedNamingIt()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();

        // A Saraburi code on a square in the middle of Lopburi town, and one on a square in Saraburi's own Mueang district.
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"ADM2_PCODE":"TH1901"},"geometry":{"type":"Polygon","coordinates":[[[100.60,14.78],[100.64,14.78],[100.64,14.82],[100.60,14.82],[100.60,14.78]]]}},
              {"type":"Feature","properties":{"ADM2_PCODE":"TH1902"},"geometry":{"type":"Polygon","coordinates":[[[100.98,14.56],[101.02,14.56],[101.02,14.60],[100.98,14.60],[100.98,14.56]]]}}
            ]}
            """;
        var features = BoundaryFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var result = await app.Services.GetRequiredService<BoundaryImporter>().ImportAsync(features, TestAdmins.Of("19"));

        var refused = Assert.Single(result.Unmatched);
        Assert.Equal("1901", refused.Code);
        Assert.Contains("จังหวัดลพบุรี", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.Matched);
    }
}
