using System.Text.Json;
using NetTopologySuite.Geometries;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>A feature from a boundary file: its geometry and its string-valued properties.</summary>
public sealed record BoundaryFeature(Geometry Geometry, IReadOnlyDictionary<string, string> Properties);

/// <summary>
/// Reads Polygon and MultiPolygon features from a GeoJSON FeatureCollection (RFC 7946, or older files with a "crs"
/// member and clockwise rings). Written by hand because the NTS GeoJSON package does not restore here.
/// </summary>
public static class GeoJsonReader
{
    public static IEnumerable<BoundaryFeature> ReadFeatures(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
        return ReadFeatures(document.RootElement);
    }

    public static IReadOnlyList<BoundaryFeature> ReadFeatures(JsonElement root)
    {
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features))
        {
            throw new FormatException("Not a GeoJSON FeatureCollection.");
        }

        var result = new List<BoundaryFeature>();
        foreach (var feature in features.EnumerateArray())
        {
            if (!feature.TryGetProperty("geometry", out var geometryElement) || geometryElement.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var geometry = ReadGeometry(geometryElement);
            if (geometry is null)
            {
                continue;
            }

            result.Add(new BoundaryFeature(geometry, ReadProperties(feature)));
        }

        return result;
    }

    public static Dictionary<string, string> ReadProperties(JsonElement feature)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in props.EnumerateObject())
            {
                properties[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString() ?? "",
                    JsonValueKind.Number => p.Value.GetRawText(),
                    _ => p.Value.ToString(),
                };
            }
        }

        return properties;
    }

    public static Geometry? ReadGeometry(JsonElement geometry)
    {
        var factory = AreaGeometry.Factory;
        var coordinates = geometry.GetProperty("coordinates");
        return geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => ReadPolygon(coordinates, factory),
            "MultiPolygon" => factory.CreateMultiPolygon(coordinates.EnumerateArray().Select(p => ReadPolygon(p, factory)).ToArray()),
            _ => null,
        };
    }

    private static Polygon ReadPolygon(JsonElement rings, GeometryFactory factory)
    {
        var linearRings = rings.EnumerateArray().Select(r => factory.CreateLinearRing(CloseRing(ReadCoordinates(r)))).ToArray();
        return factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }

    private static Coordinate[] ReadCoordinates(JsonElement ring) =>
        ring.EnumerateArray().Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray();

    private static Coordinate[] CloseRing(Coordinate[] ring) =>
        ring.Length > 0 && !ring[0].Equals2D(ring[^1]) ? [.. ring, ring[0]] : ring;
}
