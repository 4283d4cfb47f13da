using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>
/// Installations seeded before boundaries shipped hold approximate (Voronoi) cells. At start-up their approximate
/// areas get the shipped official shapes, and their located reports move to the areas their points really fall in.
/// Areas with imported official boundaries are never touched.
/// </summary>
public sealed class ShippedBoundaryUpgrade(
    IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time, IAreaLocator locator, AreaBoundaries boundaries,
    IAreaReassigner reassigner, ILogger<ShippedBoundaryUpgrade> logger)
{
    public async Task<int> UpgradeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var approximate = await db.Set<Area>().Where(a => a.BoundaryIsApproximate).ToListAsync(cancellationToken);
        if (approximate.Count == 0)
        {
            return 0;
        }

        var shapes = ShippedBoundaries.Provinces.ToDictionary(p => p.Code, p => p.Geometry, StringComparer.Ordinal);
        foreach (var province in approximate.Select(a => a.ProvinceCode).Distinct())
        {
            if (ShippedBoundaries.Of(province) is { } shipped)
            {
                foreach (var shape in shipped.Districts.Concat(shipped.Subdistricts))
                {
                    shapes[shape.Code] = shape.Geometry;
                }
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var upgraded = approximate.Where(a => shapes.ContainsKey(a.Code)).ToList();
        foreach (var area in upgraded)
        {
            area.BoundaryWkb = AreaGeometry.Write(shapes[area.Code]);
            area.BoundaryIsApproximate = false;
            area.BoundaryUpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        boundaries.Invalidate();
        locator.Invalidate();
        var provinces = upgraded.Select(a => a.ProvinceCode).Distinct().ToList();
        var moved = await reassigner.ReassignAsync(provinces, cancellationToken);
        logger.LogInformation("Replaced {Areas} approximate boundaries with the shipped official ones; {Reports} reports moved area", upgraded.Count, moved);
        return upgraded.Count;
    }
}
