using System.Text.Json;
using NetTopologySuite.Geometries;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>
/// Reads Polygon and MultiPolygon geometries from every object of a TopoJSON Topology: shared arcs are stitched into
/// rings (a negative index ~i means arc i reversed) and quantized positions are delta-decoded with the transform.
/// </summary>
public static class TopoJsonReader
{
    public static IReadOnlyList<BoundaryFeature> ReadFeatures(JsonElement root)
    {
        if (!root.TryGetProperty("objects", out var objects) || !root.TryGetProperty("arcs", out var arcsElement))
        {
            throw new FormatException("A TopoJSON Topology needs \"objects\" and \"arcs\".");
        }

        var arcs = DecodeArcs(arcsElement, root.TryGetProperty("transform", out var transform) ? transform : null);
        var result = new List<BoundaryFeature>();
        foreach (var obj in objects.EnumerateObject())
        {
            var geometries = obj.Value.TryGetProperty("geometries", out var list) ? list.EnumerateArray().ToList() : [obj.Value];
            foreach (var geometry in geometries)
            {
                if (Read(geometry, arcs) is { } shape)
                {
                    result.Add(new BoundaryFeature(shape, GeoJsonReader.ReadProperties(geometry)));
                }
            }
        }

        return result;
    }

    private static Geometry? Read(JsonElement geometry, IReadOnlyList<Coordinate[]> arcs)
    {
        var factory = AreaGeometry.Factory;
        if (!geometry.TryGetProperty("arcs", out var rings))
        {
            return null;
        }

        return geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => Polygon(rings, arcs, factory),
            "MultiPolygon" => factory.CreateMultiPolygon(rings.EnumerateArray().Select(p => Polygon(p, arcs, factory)).ToArray()),
            _ => null,
        };
    }

    private static Polygon Polygon(JsonElement rings, IReadOnlyList<Coordinate[]> arcs, GeometryFactory factory)
    {
        var linearRings = rings.EnumerateArray().Select(r => factory.CreateLinearRing(Ring(r, arcs))).ToArray();
        return factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }

    private static Coordinate[] Ring(JsonElement arcIndexes, IReadOnlyList<Coordinate[]> arcs)
    {
        var ring = new List<Coordinate>();
        foreach (var element in arcIndexes.EnumerateArray())
        {
            var index = element.GetInt32();
            var arc = index >= 0 ? arcs[index] : arcs[~index].Reverse().ToArray();

            // Consecutive arcs share their joining point; keep it once.
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }

        if (ring.Count > 0 && !ring[0].Equals2D(ring[^1]))
        {
            ring.Add(ring[0].Copy());
        }

        return [.. ring];
    }

    private static List<Coordinate[]> DecodeArcs(JsonElement arcs, JsonElement? transform)
    {
        var (sx, sy, tx, ty) = transform is { } t
            ? (t.GetProperty("scale")[0].GetDouble(), t.GetProperty("scale")[1].GetDouble(), t.GetProperty("translate")[0].GetDouble(), t.GetProperty("translate")[1].GetDouble())
            : (1.0, 1.0, 0.0, 0.0);
        var quantized = transform is not null;
        var result = new List<Coordinate[]>();
        foreach (var arc in arcs.EnumerateArray())
        {
            var points = new List<Coordinate>();
            double x = 0, y = 0;
            foreach (var position in arc.EnumerateArray())
            {
                // Quantized arcs hold deltas from the previous position, in integer grid units.
                x = quantized ? x + position[0].GetDouble() : position[0].GetDouble();
                y = quantized ? y + position[1].GetDouble() : position[1].GetDouble();
                points.Add(new Coordinate((x * sx) + tx, (y * sy) + ty));
            }

            result.Add([.. points]);
        }

        return result;
    }
}
