using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Areas;

public sealed class BoundaryImportTests
{
    [SharedDataFact]
    public async Task ImportBoundaries_RealSaraburiFiles_ReplaceEveryApproximateBoundary()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var app = new OpsAppFactory(DatabaseProvider.Sqlite, sharedDatabase: database))
        {
            _ = app.Services;
            var importer = app.Services.GetRequiredService<BoundaryImporter>();

            var districts = await ImportAsync(importer, "geo/saraburi_districts_detailed.geojson");
            var tambons = await ImportAsync(importer, "geo/saraburi_tambons_detailed.geojson");
            var provinces = await ImportAsync(importer, "geo/thailand_provinces.geojson");

            Assert.Equal(13, districts.MatchedByLevel[AreaLevel.District]);
            Assert.Empty(districts.Unmatched);
            Assert.Equal(111, tambons.MatchedByLevel[AreaLevel.Subdistrict]);
            Assert.Equal(1, provinces.MatchedByLevel[AreaLevel.Province]);
            Assert.Equal(76, provinces.OutsideInstallation);
        }

        await using var db = DbContexts.For(database);
        Assert.False(await db.Set<Area>().AnyAsync(a => a.BoundaryIsApproximate));

        // The official boundary of Mueang Saraburi contains the city's tambon Pak Phriao and not Kaeng Khoi's centre.
        var mueang = AreaGeometry.Read(await db.Set<Area>().Where(a => a.Code == "1901").Select(a => a.BoundaryWkb).SingleAsync())!;
        Assert.True(mueang.Contains(AreaGeometry.Point(100.9126, 14.5324)));
        Assert.False(mueang.Contains(AreaGeometry.Point(101.0323, 14.5882)));
    }

    [SharedDataFact]
    public async Task ImportBoundaries_AllThailandTambons_ReportsWhatIsOutsideTheInstallation()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        var importer = app.Services.GetRequiredService<BoundaryImporter>();

        var result = await ImportAsync(importer, "geo/thailand_tambons_simplified.geojson");

        Assert.Equal(7425, result.Features);
        Assert.Equal(111, result.Matched);
        Assert.Equal(7425 - 111, result.OutsideInstallation);
    }

    private static async Task<BoundaryImportResult> ImportAsync(BoundaryImporter importer, string file)
    {
        await using var stream = File.OpenRead(SharedData.PathOf(file));
        return await importer.ImportAsync(GeoJsonReader.ReadFeatures(stream), TestAdmins.Of("19"));
    }
}
