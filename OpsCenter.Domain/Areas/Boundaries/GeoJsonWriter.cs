using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>Writes polygons as GeoJSON with coordinates rounded to a fixed number of decimals (5 ≈ 1 m), which keeps payloads small.</summary>
public static class GeoJsonWriter
{
    public static void WriteGeometry(StringBuilder sb, Geometry geometry, int decimals = 5)
    {
        switch (geometry)
        {
            case Polygon polygon:
                sb.Append("{\"type\":\"Polygon\",\"coordinates\":");
                WritePolygon(sb, polygon, decimals);
                sb.Append('}');
                break;
            case MultiPolygon multi:
                sb.Append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (var i = 0; i < multi.NumGeometries; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WritePolygon(sb, (Polygon)multi.GetGeometryN(i), decimals);
                }

                sb.Append("]}");
                break;
            case GeometryCollection collection:
                var polygons = Enumerable.Range(0, collection.NumGeometries).Select(collection.GetGeometryN).OfType<Polygon>().ToArray();
                WriteGeometry(sb, AreaGeometry.Factory.CreateMultiPolygon(polygons), decimals);
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    public static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '<': sb.Append("\\u003c"); break;
                case '>': sb.Append("\\u003e"); break;
                case '&': sb.Append("\\u0026"); break;
                case < ' ': sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }

    private static void WritePolygon(StringBuilder sb, Polygon polygon, int decimals)
    {
        sb.Append('[');
        WriteRing(sb, polygon.ExteriorRing, decimals);
        foreach (var hole in polygon.InteriorRings)
        {
            sb.Append(',');
            WriteRing(sb, hole, decimals);
        }

        sb.Append(']');
    }

    private static void WriteRing(StringBuilder sb, LineString ring, int decimals)
    {
        sb.Append('[');
        var coordinates = ring.Coordinates;
        for (var i = 0; i < coordinates.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append('[').Append(Math.Round(coordinates[i].X, decimals).ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(Math.Round(coordinates[i].Y, decimals).ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        sb.Append(']');
    }
}
