using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Distance;
using OpsCenter.Domain.Areas.Boundaries;

namespace OpsCenter.Domain.Areas;

/// <summary>A province as the point test needs it.</summary>
public sealed record ProvinceOutline(string Code, string NameTh, string NameEn, Geometry Outline);

/// <summary>
/// Decides which province a point is in from the provinces' real outlines: the one place every channel asks. A point
/// belongs to a served province when it lies inside that province's outline or within <see cref="BorderToleranceMeters"/>
/// of it (GPS error on a border); otherwise to the province whose outline holds it, served or not. Immutable, thread-safe.
/// </summary>
public sealed class ProvinceOutlines
{
    /// <summary>
    /// GPS error on a border. The shipped outlines lie within 67 m of OCHA's (the converter prints this), so a point
    /// 250 m outside a served province's shipped outline is at least 180 m outside the official one.
    /// </summary>
    public const double BorderToleranceMeters = 250;

    /// <summary>Metres per degree near Thailand's latitudes, rounded down so the tolerance in degrees errs small.</summary>
    private const double MetersPerDegree = 110_000;

    private static readonly Lazy<ProvinceOutlines> ShippedOutlines = new(() =>
        new ProvinceOutlines(ShippedBoundaries.Provinces.Select(p => new ProvinceOutline(p.Code, p.NameTh, p.NameEn, p.Geometry))));

    private readonly STRtree<Entry> _tree = new();
    private readonly Dictionary<string, Entry> _byCode = new(StringComparer.Ordinal);

    public ProvinceOutlines(IEnumerable<ProvinceOutline> provinces)
    {
        foreach (var province in provinces)
        {
            var entry = new Entry(province);
            _byCode[province.Code] = entry;
            _tree.Insert(province.Outline.EnvelopeInternal, entry);
        }

        _tree.Build();
    }

    /// <summary>The 77 provinces as shipped with the application.</summary>
    public static ProvinceOutlines Shipped => ShippedOutlines.Value;

    public IEnumerable<ProvinceOutline> All => _byCode.Values.Select(e => e.Province);

    public ProvinceOutline? Get(string code) => _byCode.GetValueOrDefault(code)?.Province;

    /// <summary>The same outlines with some provinces' replaced, e.g. by the official boundaries an installation imported.</summary>
    public ProvinceOutlines With(IEnumerable<ProvinceOutline> replacements)
    {
        var merged = _byCode.Values.ToDictionary(e => e.Province.Code, e => e.Province, StringComparer.Ordinal);
        foreach (var replacement in replacements)
        {
            merged[replacement.Code] = merged.TryGetValue(replacement.Code, out var old)
                ? replacement with { NameTh = old.NameTh, NameEn = old.NameEn }
                : replacement;
        }

        return new ProvinceOutlines(merged.Values);
    }

    /// <summary>The province the point belongs to, preferring a served one within the border tolerance; null outside Thailand.</summary>
    public ProvinceOutline? ProvinceOf(double latitude, double longitude, IReadOnlySet<string> served)
    {
        var point = new Coordinate(longitude, latitude);
        Entry? containing = null;
        foreach (var entry in _tree.Query(new Envelope(point)))
        {
            if (entry.Contains(point))
            {
                containing = entry;
                if (served.Contains(entry.Province.Code))
                {
                    return entry.Province;
                }
            }
        }

        var tolerance = BorderToleranceMeters / MetersPerDegree;
        var search = new Envelope(point);
        search.ExpandBy(tolerance);
        Entry? nearest = null;
        var nearestDistance = double.MaxValue;
        foreach (var entry in _tree.Query(search))
        {
            if (!served.Contains(entry.Province.Code))
            {
                continue;
            }

            var distance = entry.Distance(point);
            if (distance <= tolerance && distance < nearestDistance)
            {
                (nearest, nearestDistance) = (entry, distance);
            }
        }

        return (nearest ?? containing)?.Province;
    }

    private sealed class Entry(ProvinceOutline province)
    {
        private IndexedPointInAreaLocator? _locator;
        private IndexedFacetDistance? _distance;

        public ProvinceOutline Province => province;

        public bool Contains(Coordinate point) =>
            (_locator ??= new IndexedPointInAreaLocator(province.Outline)).Locate(point) != Location.Exterior;

        public double Distance(Coordinate point) =>
            (_distance ??= new IndexedFacetDistance(province.Outline)).Distance(AreaGeometry.Factory.CreatePoint(point));
    }
}
