using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace OpsCenter.Domain.Areas;

/// <summary>One area as the index needs it: code, level, representative point and, when official, its boundary.</summary>
public sealed record IndexedArea(string Code, AreaLevel Level, double Latitude, double Longitude, Geometry? OfficialBoundary);

/// <summary>
/// Locates points in the installation's areas. Official boundaries go into an STR-tree so a lookup tests only the few
/// polygons whose envelopes hold the point; subdistricts without one fall back to the nearest representative point,
/// kept within the district whose official boundary holds the point when there is one. Immutable and thread-safe.
/// </summary>
public sealed class AreaIndex
{
    /// <summary>About 25 km: beyond this a point is not in any subdistrict we know.</summary>
    public const double MaxNearestDistanceDegrees = 0.23;

    private readonly STRtree<Entry> _subdistrictTree = new();
    private readonly STRtree<Entry> _districtTree = new();
    private readonly IReadOnlyList<IndexedArea> _subdistrictPoints;

    public AreaIndex(IEnumerable<IndexedArea> areas)
    {
        var list = areas.ToList();
        _subdistrictPoints = list.Where(a => a.Level == AreaLevel.Subdistrict).ToList();
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

    public AreaLocation? Locate(double latitude, double longitude)
    {
        var point = new Coordinate(longitude, latitude);
        if (Containing(_subdistrictTree, point) is { } subdistrict)
        {
            return Location(subdistrict, byBoundary: true);
        }

        var district = Containing(_districtTree, point);
        var nearest = Nearest(latitude, longitude, district);
        return nearest is null ? null : Location(nearest, byBoundary: false);
    }

    private static AreaLocation Location(string subdistrictCode, bool byBoundary) =>
        new(AreaCodes.ProvinceOf(subdistrictCode), subdistrictCode[..4], subdistrictCode, byBoundary);

    private static string? Containing(STRtree<Entry> tree, Coordinate point)
    {
        if (tree.Count == 0)
        {
            return null;
        }

        foreach (var entry in tree.Query(new Envelope(point)))
        {
            if (entry.Contains(point))
            {
                return entry.Code;
            }
        }

        return null;
    }

    private string? Nearest(double latitude, double longitude, string? withinDistrict)
    {
        var scale = Math.Cos(latitude * Math.PI / 180);
        string? best = null;
        var bestDistance = double.MaxValue;
        foreach (var area in _subdistrictPoints)
        {
            if (withinDistrict is not null && !area.Code.StartsWith(withinDistrict, StringComparison.Ordinal))
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

        // Inside an official district boundary the district decides, however far its subdistrict points are.
        return withinDistrict is not null || bestDistance <= MaxNearestDistanceDegrees ? best : null;
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
