using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas;

/// <summary>Where a point falls: its subdistrict and district, or null outside every known area.</summary>
public sealed record AreaLocation(string ProvinceCode, string DistrictCode, string SubdistrictCode, bool ByBoundary);

/// <summary>Assigns a coordinate to the administrative areas of the installation.</summary>
public interface IAreaLocator
{
    Task<AreaLocation?> LocateAsync(double latitude, double longitude, CancellationToken cancellationToken = default);

    /// <summary>Forget cached geometry after boundaries change.</summary>
    void Invalidate();
}

/// <summary>
/// The simplest locator: the subdistrict whose representative point is nearest, within a radius. Used until
/// boundary-based location (point-in-polygon) replaces it.
/// </summary>
public sealed class NearestPointAreaLocator(IDbContextFactory<OpsDbContext> dbFactory) : IAreaLocator
{
    /// <summary>About 25 km: beyond this a point is not in any subdistrict we know.</summary>
    private const double MaxDistanceDegrees = 0.23;

    private volatile IReadOnlyList<(string Code, double Lat, double Lon)>? _points;

    public async Task<AreaLocation?> LocateAsync(double latitude, double longitude, CancellationToken cancellationToken = default)
    {
        var points = _points ??= await LoadAsync(cancellationToken);
        (string Code, double Distance)? best = null;
        foreach (var (code, lat, lon) in points)
        {
            var dx = (lon - longitude) * Math.Cos(latitude * Math.PI / 180);
            var dy = lat - latitude;
            var distance = Math.Sqrt((dx * dx) + (dy * dy));
            if (best is null || distance < best.Value.Distance)
            {
                best = (code, distance);
            }
        }

        return best is { } b && b.Distance <= MaxDistanceDegrees
            ? new AreaLocation(AreaCodes.ProvinceOf(b.Code), b.Code[..4], b.Code, ByBoundary: false)
            : null;
    }

    public void Invalidate() => _points = null;

    private async Task<IReadOnlyList<(string, double, double)>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<Area>().AsNoTracking().Where(a => a.Level == AreaLevel.Subdistrict)
            .Select(a => new { a.Code, a.Latitude, a.Longitude }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Code, r.Latitude, r.Longitude)).ToList();
    }
}
