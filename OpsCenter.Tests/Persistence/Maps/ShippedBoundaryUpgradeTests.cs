using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Maps;

public sealed class ShippedBoundaryUpgradeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrade_InstallationWithApproximateCells_GetsTheShippedShapes_AndLeavesImportedOnesAlone(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        _ = app.Services;
        var cell = AreaGeometry.Write(AreaGeometry.Factory.ToGeometry(new NetTopologySuite.Geometries.Envelope(100.9, 100.92, 14.52, 14.54)));
        await using (var db = DbContexts.For(app.Database))
        {
            // As an installation seeded before this change: approximate cells everywhere but one imported district.
            await db.Set<Area>().Where(a => a.Code != "1902").ExecuteUpdateAsync(s => s.SetProperty(a => a.BoundaryWkb, cell).SetProperty(a => a.BoundaryIsApproximate, true));
            await db.Set<Area>().Where(a => a.Code == "1902").ExecuteUpdateAsync(s => s.SetProperty(a => a.BoundaryWkb, cell));
        }

        var upgraded = await app.Services.GetRequiredService<ShippedBoundaryUpgrade>().UpgradeAsync();

        await using var check = DbContexts.For(app.Database);
        var areas = await check.Set<Area>().AsNoTracking().Where(a => a.ProvinceCode == "19").ToListAsync();
        Assert.Equal(areas.Count - 1, upgraded);
        Assert.DoesNotContain(areas, a => a.BoundaryIsApproximate);
        Assert.Equal(cell, areas.Single(a => a.Code == "1902").BoundaryWkb);
        var shipped = ShippedBoundaries.Of("19")!.Value.Subdistricts.Single(s => s.Code == "190101").Geometry;
        Assert.True(AreaGeometry.Read(areas.Single(a => a.Code == "190101").BoundaryWkb)!.EqualsExact(shipped));
        Assert.Equal(0, await app.Services.GetRequiredService<ShippedBoundaryUpgrade>().UpgradeAsync());
    }
}
