using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Maps;

/// <summary>Point-in-polygon assignment against the real Saraburi boundaries, and re-assignment when they change.</summary>
public sealed class AreaAssignmentTests
{
    /// <summary>Inside Mitraphap (Muak Lek), whose nearest tambon representative point is Kaeng Khoi's 190215.</summary>
    private const double BorderLat = 14.49;
    private const double BorderLon = 101.20;

    [SharedDataTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Locate_KnownSaraburiPoints_FallInTheirOfficialTambons(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        var locator = app.Services.GetRequiredService<IAreaLocator>();
        var shipped = await locator.LocateAsync(BorderLat, BorderLon);

        await ImportAsync(app, "geo/saraburi_tambons_detailed.geojson");

        // The shipped simplified boundaries and the detailed ones agree (the approximate cells said 190215).
        Assert.Equal(new AreaLocation("19", "1911", "191102", ByBoundary: true), shipped);
        Assert.Equal(new AreaLocation("19", "1911", "191102", ByBoundary: true), await locator.LocateAsync(BorderLat, BorderLon));
        Assert.Equal("190101", (await locator.LocateAsync(14.5289, 100.9108))!.SubdistrictCode); // the provincial hall, Pak Phriao
        Assert.Equal("190208", (await locator.LocateAsync(14.5882, 101.0323))!.SubdistrictCode); // Kaeng Khoi town, Ban Pa
        Assert.Equal("190902", (await locator.LocateAsync(14.7256, 100.7972))!.SubdistrictCode); // Phra Phutthabat, Khun Khlon
        Assert.Null(await locator.LocateAsync(18.79, 98.98)); // Chiang Mai: not this installation's
    }

    [SharedDataTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportBoundaries_ReportPlacedByNearestPoint_IsReassignedToThePolygonItFallsIn(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        _ = app.Services;
        long id;
        await using (var db = DbContexts.For(app.Database))
        {
            var report = new CitizenReport
            {
                TrackingNumber = TrackingNumbers.New("TST", Random.Shared),
                ProvinceCode = "19",
                Kind = ReportKind.Complaint,
                CategoryCode = "road",
                Description = "ถนนชำรุด (รายงานทดสอบ)",
                Latitude = BorderLat,
                Longitude = BorderLon,
                DistrictCode = "1902",
                SubdistrictCode = "190215",
                Status = ReportStatus.Received,
                Channel = ReportChannel.Web,
                ReceivedAt = TestClock.UtcNow,
                UpdatedAt = TestClock.UtcNow,
            };
            db.Add(report);
            await db.SaveChangesAsync();
            id = report.Id;
        }

        var result = await ImportAsync(app, "geo/saraburi_tambons_detailed.geojson");

        await using var check = DbContexts.For(app.Database);
        var moved = await check.Set<CitizenReport>().AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(("1911", "191102"), (moved.DistrictCode, moved.SubdistrictCode));
        Assert.True(result.ReportsReassigned >= 1);
        Assert.Equal(111, result.Matched);
    }

    private static async Task<BoundaryImportResult> ImportAsync(OpsAppFactory app, string file)
    {
        await using var stream = File.OpenRead(SharedData.PathOf(file));
        return await app.Services.GetRequiredService<BoundaryImporter>().ImportAsync(BoundaryFileReader.Read(stream), TestAdmins.Of("19"));
    }
}
