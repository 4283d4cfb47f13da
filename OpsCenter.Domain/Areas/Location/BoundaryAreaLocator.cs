using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas;

/// <summary>
/// Locates points by point-in-polygon against official boundaries (spatial index) where they have been imported,
/// else by the nearest subdistrict point. The index is built once and rebuilt after <see cref="Invalidate"/>.
/// </summary>
public sealed class BoundaryAreaLocator(IDbContextFactory<OpsDbContext> dbFactory) : IAreaLocator
{
    private Task<AreaIndex>? _index;

    public async Task<AreaLocation?> LocateAsync(double latitude, double longitude, CancellationToken cancellationToken = default)
    {
        var index = await IndexAsync(cancellationToken);
        return index.Locate(latitude, longitude);
    }

    public async Task<PointPlace> PlaceAsync(double latitude, double longitude, CancellationToken cancellationToken = default)
    {
        var index = await IndexAsync(cancellationToken);
        return index.Place(latitude, longitude);
    }

    public async Task<AreaIndex> IndexAsync(CancellationToken cancellationToken = default)
    {
        var task = _index ??= LoadAsync();
        try
        {
            return await task.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _ = Interlocked.CompareExchange(ref _index, null, task);
            throw;
        }
    }

    public void Invalidate() => _index = null;

    private async Task<AreaIndex> LoadAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var rows = await db.Set<Area>().AsNoTracking()
            .Select(a => new { a.Code, a.Level, a.NameTh, a.NameEn, a.Latitude, a.Longitude, Wkb = a.BoundaryIsApproximate ? null : a.BoundaryWkb })
            .ToListAsync();

        // A served province's own official outline (imported, perhaps more detailed) wins over the shipped one.
        var outlines = ProvinceOutlines.Shipped.With(rows
            .Where(r => r.Level == AreaLevel.Province && r.Wkb is not null)
            .Select(r => new ProvinceOutline(r.Code, r.NameTh, r.NameEn, AreaGeometry.Read(r.Wkb)!)));
        return new AreaIndex(
            rows.Where(r => r.Level != AreaLevel.Province).Select(r => new IndexedArea(r.Code, r.Level, r.Latitude, r.Longitude, AreaGeometry.Read(r.Wkb))),
            outlines);
    }
}
