using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace OpsCenter.Domain.Areas;

/// <summary>One area as the index needs it: code, level, representative point and, when official, its boundary.</summary>
public sealed record IndexedArea(string Code, AreaLevel Level, double Latitude, double Longitude, Geometry? OfficialBoundary);

/// <summary>Where a point is: its area when its province is served, and the province it lies in (null outside Thailand).</summary>
public sealed record PointPlace(AreaLocation? Location, ProvinceOutline? Province)
{
    /// <summary>In a province the installation does not serve: the message every channel gives.</summary>
    public bool InUnservedProvince => Location is null && Province is not null;
}

/// <summary>
/// Locates points in the installation's areas. First the province outlines decide the province
/// (<see cref="ProvinceOutlines"/>); a point in a province the installation does not serve goes no further. Inside a
/// served province, official boundaries go into an STR-tree so a lookup tests only the few polygons whose envelopes
/// hold the point; where none holds it (a gap between simplified shapes, or no official shapes yet) the nearest
/// subdistrict point of the same district, else of the same province, is taken: snapping never crosses a province's
/// border. Immutable and thread-safe.
/// </summary>
public sealed class AreaIndex
{
    private readonly STRtree<Entry> _subdistrictTree = new();
    private readonly STRtree<Entry> _districtTree = new();
    private readonly IReadOnlyList<IndexedArea> _subdistrictPoints;
    private readonly ProvinceOutlines _outlines;
    private readonly HashSet<string> _served;

    public AreaIndex(IEnumerable<IndexedArea> areas, ProvinceOutlines outlines)
    {
        var list = areas.ToList();
        _outlines = outlines;
        _subdistrictPoints = list.Where(a => a.Level == AreaLevel.Subdistrict).ToList();
        _served = list.Select(a => AreaCodes.ProvinceOf(a.Code)).ToHashSet(StringComparer.Ordinal);
        foreach (var area in list.Where(a => a.OfficialBoundary is { IsEmpty: false }))
        {
            var tree = area.Level switch
            {
                AreaLevel.Subdistrict => _subdistrictTree,
                AreaLevel.District => _districtTree,
                _ => null,
            };
            tree?.Insert(area.OfficialBoundary!.EnvelopeInternal, new Entry(area.Code, area.OfficialBoundary));
        }

        _subdistrictTree.Build();
        _districtTree.Build();
        SubdistrictBoundaries = _subdistrictTree.Count;
    }

    public int SubdistrictBoundaries { get; }

    public AreaLocation? Locate(double latitude, double longitude) => Place(latitude, longitude).Location;

    /// <summary>The point's area when its province is served; else the province it is in (null outside Thailand).</summary>
    public PointPlace Place(double latitude, double longitude)
    {
        var province = _outlines.ProvinceOf(latitude, longitude, _served);
        if (province is null || !_served.Contains(province.Code))
        {
            return new PointPlace(null, province);
        }

        var point = new Coordinate(longitude, latitude);
        if (Containing(_subdistrictTree, point, province.Code) is { } subdistrict)
        {
            return new PointPlace(Location(subdistrict, byBoundary: true), province);
        }

        var district = Containing(_districtTree, point, province.Code);
        var nearest = Nearest(latitude, longitude, district ?? province.Code);
        return new PointPlace(nearest is null ? null : Location(nearest, byBoundary: false), province);
    }

    private static AreaLocation Location(string subdistrictCode, bool byBoundary) =>
        new(AreaCodes.ProvinceOf(subdistrictCode), subdistrictCode[..4], subdistrictCode, byBoundary);

    private static string? Containing(STRtree<Entry> tree, Coordinate point, string province)
    {
        if (tree.Count == 0)
        {
            return null;
        }

        foreach (var entry in tree.Query(new Envelope(point)))
        {
            if (entry.Code.StartsWith(province, StringComparison.Ordinal) && entry.Contains(point))
            {
                return entry.Code;
            }
        }

        return null;
    }

    private string? Nearest(double latitude, double longitude, string within)
    {
        var scale = Math.Cos(latitude * Math.PI / 180);
        string? best = null;
        var bestDistance = double.MaxValue;
        foreach (var area in _subdistrictPoints)
        {
            if (!area.Code.StartsWith(within, StringComparison.Ordinal))
            {
                continue;
            }

            var dx = (area.Longitude - longitude) * scale;
            var dy = area.Latitude - latitude;
            var distance = Math.Sqrt((dx * dx) + (dy * dy));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (area.Code, distance);
            }
        }

        return best;
    }

    private sealed class Entry(string code, Geometry boundary)
    {
        private IndexedPointInAreaLocator? _locator;

        public string Code => code;

        public bool Contains(Coordinate point)
        {
            // Built on first use: most polygons are never asked, and building costs more than one plain test.
            var locator = _locator ??= new IndexedPointInAreaLocator(boundary);
            return locator.Locate(point) != NetTopologySuite.Geometries.Location.Exterior;
        }
    }
}
