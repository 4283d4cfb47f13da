using System.Text.Json;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>Reads a boundary file whatever its format: a GeoJSON FeatureCollection or a TopoJSON Topology.</summary>
public static class BoundaryFileReader
{
    public static IReadOnlyList<BoundaryFeature> Read(Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new FormatException($"The file is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
            return type switch
            {
                "FeatureCollection" => GeoJsonReader.ReadFeatures(root),
                "Topology" => TopoJsonReader.ReadFeatures(root),
                _ => throw new FormatException("Neither a GeoJSON FeatureCollection nor a TopoJSON Topology."),
            };
        }
    }
}
