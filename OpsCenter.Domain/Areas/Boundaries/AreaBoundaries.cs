using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Simplify;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>One area's shape and the properties the maps show.</summary>
public sealed record BoundaryShape(string Code, AreaLevel Level, string NameTh, string NameEn, int Population, double Latitude, double Longitude, NetTopologySuite.Geometries.Geometry? Geometry, bool Approximate);

/// <summary>
/// Boundaries for maps: the children of an area (a province's districts, a district's subdistricts) as a GeoJSON
/// FeatureCollection, simplified for screen use and cached until boundaries change. The browser fetches these by URL,
/// so large geometry never travels over a Blazor circuit.
/// </summary>
public sealed class AreaBoundaries(IDbContextFactory<OpsDbContext> dbFactory)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _cache = new();
    // Random, not a clock: a restarted app must not reuse a version browsers cached shapes under.
    private long _version = Random.Shared.NextInt64(1, long.MaxValue / 2);

    /// <summary>Changes whenever boundaries change; put it in URLs so browsers never keep stale shapes.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Invalidate()
    {
        _cache.Clear();
        Interlocked.Increment(ref _version);
    }

    /// <summary>The children of <paramref name="parentCode"/>, or the area itself when <paramref name="self"/> is set; null when unknown.</summary>
    /// <param name="zoom">The web-map zoom the shapes are drawn at; null uses the level's own tolerance.</param>
    public async Task<string?> GeoJsonAsync(string parentCode, bool self = false, CancellationToken cancellationToken = default, int? zoom = null)
    {
        if (AreaCodes.Normalize(parentCode) is not { } code)
        {
            return null;
        }

        var clamped = zoom is { } z ? Math.Clamp(z, MinZoom, MaxZoom) : (int?)null;
        var key = (self ? "self:" : "children:") + code + ":" + clamped;
        var entry = _cache.GetOrAdd(key, _ => new Lazy<Task<string>>(() => BuildAsync(code, self, clamped)));
        try
        {
            var json = await entry.Value.WaitAsync(cancellationToken);
            return json.Length == 0 ? null : json;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _cache.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>Every subdistrict inside a province or district, for maps of data that is finer than one level down; null when none is known.</summary>
    public async Task<string?> SubdistrictsGeoJsonAsync(string code, CancellationToken cancellationToken = default, int? zoom = null)
    {
        if (AreaCodes.Normalize(code) is not { Length: 2 or 4 } container)
        {
            return null;
        }

        var clamped = zoom is { } z ? Math.Clamp(z, MinZoom, MaxZoom) : (int?)null;
        var key = "subdistricts:" + container + ":" + clamped;
        var entry = _cache.GetOrAdd(key, _ => new Lazy<Task<string>>(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var areas = await db.Set<Area>().AsNoTracking()
                .Where(a => a.Level == AreaLevel.Subdistrict && a.Code.StartsWith(container)).OrderBy(a => a.Code)
                .Select(a => new { a.Code, a.Level, a.NameTh, a.NameEn, a.Population, a.Latitude, a.Longitude, a.BoundaryWkb, a.BoundaryIsApproximate })
                .ToListAsync();
            return areas.Count == 0 ? "" : FeatureCollection(
                areas.Select(a => new BoundaryShape(a.Code, a.Level, a.NameTh, a.NameEn, a.Population, a.Latitude, a.Longitude, AreaGeometry.Read(a.BoundaryWkb), a.BoundaryIsApproximate)),
                clamped);
        }));
        try
        {
            var json = await entry.Value.WaitAsync(cancellationToken);
            return json.Length == 0 ? null : json;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _cache.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The outlines of the given provinces in one collection, for maps that compare provinces.</summary>
    public Task<string> ProvincesGeoJsonAsync(IReadOnlyCollection<string> provinceCodes, CancellationToken cancellationToken = default)
    {
        var codes = provinceCodes.Order(StringComparer.Ordinal).ToList();
        var key = "provinces:" + string.Join(',', codes);
        return _cache.GetOrAdd(key, _ => new Lazy<Task<string>>(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var areas = await db.Set<Area>().AsNoTracking()
                .Where(a => a.Level == AreaLevel.Province && codes.Contains(a.Code)).OrderBy(a => a.Code)
                .Select(a => new { a.Code, a.Level, a.NameTh, a.NameEn, a.Population, a.Latitude, a.Longitude, a.BoundaryWkb, a.BoundaryIsApproximate })
                .ToListAsync();
            return FeatureCollection(
                areas.Select(a => new BoundaryShape(a.Code, a.Level, a.NameTh, a.NameEn, a.Population, a.Latitude, a.Longitude, AreaGeometry.Read(a.BoundaryWkb), a.BoundaryIsApproximate)),
                null);
        })).Value.WaitAsync(cancellationToken);
    }

    /// <summary>Screen tolerance in degrees: about 150 m for districts, 60 m for subdistricts; invisible at the zooms they are drawn at.</summary>
    public static double ToleranceFor(AreaLevel level) => level switch
    {
        AreaLevel.Province => 0.004,
        AreaLevel.District => 0.0015,
        _ => 0.0006,
    };

    public const int MinZoom = 5;

    /// <summary>Past this zoom shapes are not refined further: the browser never receives full-resolution polygons.</summary>
    public const int MaxZoom = 14;

    /// <summary>Half a screen pixel at a web-map zoom, in degrees: a simplification nobody can see at that zoom.</summary>
    public static double ToleranceForZoom(int zoom) => 360.0 / (256.0 * Math.Pow(2, Math.Clamp(zoom, MinZoom, MaxZoom))) / 2;

    private async Task<string> BuildAsync(string code, bool self, int? zoom)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Set<Area>().AsNoTracking();
        query = self ? query.Where(a => a.Code == code) : query.Where(a => a.ParentCode == code);
        var areas = await query.OrderBy(a => a.Code)
            .Select(a => new { a.Code, a.Level, a.NameTh, a.NameEn, a.Population, a.Latitude, a.Longitude, a.BoundaryWkb, a.BoundaryIsApproximate })
            .ToListAsync();
        if (areas.Count == 0)
        {
            return "";
        }

        return FeatureCollection(
            areas.Select(a => new BoundaryShape(a.Code, a.Level, a.NameTh, a.NameEn, a.Population, a.Latitude, a.Longitude, AreaGeometry.Read(a.BoundaryWkb), a.BoundaryIsApproximate)),
            zoom);
    }

    /// <summary>The GeoJSON the maps receive: each shape simplified for the zoom (or its level) and written with 5 decimals.</summary>
    public static string FeatureCollection(IEnumerable<BoundaryShape> shapes, int? zoom)
    {
        var sb = new StringBuilder(64 * 1024);
        sb.Append("{\"type\":\"FeatureCollection\",\"features\":[");
        var first = true;
        foreach (var area in shapes)
        {
            if (area.Geometry is not { } geometry)
            {
                continue;
            }

            var simplified = TopologyPreservingSimplifier.Simplify(geometry, zoom is { } z ? ToleranceForZoom(z) : ToleranceFor(area.Level));
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append("{\"type\":\"Feature\",\"properties\":{\"code\":");
            GeoJsonWriter.WriteString(sb, area.Code);
            sb.Append(",\"nameTh\":");
            GeoJsonWriter.WriteString(sb, area.NameTh);
            sb.Append(",\"nameEn\":");
            GeoJsonWriter.WriteString(sb, area.NameEn);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture,
                $",\"level\":{(int)area.Level},\"population\":{area.Population},\"lat\":{area.Latitude},\"lon\":{area.Longitude},\"approximate\":{(area.Approximate ? "true" : "false")}}},\"geometry\":");
            GeoJsonWriter.WriteGeometry(sb, simplified);
            sb.Append('}');
        }

        sb.Append("]}");
        return sb.ToString();
    }
}
