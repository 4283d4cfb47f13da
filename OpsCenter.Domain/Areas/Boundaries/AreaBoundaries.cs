using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Simplify;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>
/// Boundaries for maps: the children of an area (a province's districts, a district's subdistricts) as a GeoJSON
/// FeatureCollection, simplified for screen use and cached until boundaries change. The browser fetches these by URL,
/// so large geometry never travels over a Blazor circuit.
/// </summary>
public sealed class AreaBoundaries(IDbContextFactory<OpsDbContext> dbFactory)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _cache = new();
    private long _version = DateTime.UtcNow.Ticks;

    /// <summary>Changes whenever boundaries change; put it in URLs so browsers never keep stale shapes.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Invalidate()
    {
        _cache.Clear();
        Interlocked.Exchange(ref _version, DateTime.UtcNow.Ticks);
    }

    /// <summary>The children of <paramref name="parentCode"/>, or the area itself when <paramref name="self"/> is set; null when unknown.</summary>
    public async Task<string?> GeoJsonAsync(string parentCode, bool self = false, CancellationToken cancellationToken = default)
    {
        if (AreaCodes.Normalize(parentCode) is not { } code)
        {
            return null;
        }

        var key = (self ? "self:" : "children:") + code;
        var entry = _cache.GetOrAdd(key, _ => new Lazy<Task<string>>(() => BuildAsync(code, self)));
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

    /// <summary>Screen tolerance in degrees: about 150 m for districts, 60 m for subdistricts; invisible at the zooms they are drawn at.</summary>
    public static double ToleranceFor(AreaLevel level) => level switch
    {
        AreaLevel.Province => 0.004,
        AreaLevel.District => 0.0015,
        _ => 0.0006,
    };

    private async Task<string> BuildAsync(string code, bool self)
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

        var sb = new StringBuilder(64 * 1024);
        sb.Append("{\"type\":\"FeatureCollection\",\"features\":[");
        var first = true;
        foreach (var area in areas)
        {
            var geometry = AreaGeometry.Read(area.BoundaryWkb);
            if (geometry is null)
            {
                continue;
            }

            var simplified = TopologyPreservingSimplifier.Simplify(geometry, ToleranceFor(area.Level));
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
                $",\"level\":{(int)area.Level},\"population\":{area.Population},\"lat\":{area.Latitude},\"lon\":{area.Longitude},\"approximate\":{(area.BoundaryIsApproximate ? "true" : "false")}}},\"geometry\":");
            GeoJsonWriter.WriteGeometry(sb, simplified);
            sb.Append('}');
        }

        sb.Append("]}");
        return sb.ToString();
    }
}
