using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace OpsCenter.Domain.Areas;

/// <summary>Boundaries are stored as WKB so neither database needs a spatial extension; geometry work happens here, in the app.</summary>
public static class AreaGeometry
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static Geometry? Read(byte[]? wkb) => wkb is null ? null : new WKBReader(Factory.GeometryServices).Read(wkb);

    public static byte[] Write(Geometry geometry) => new WKBWriter().Write(geometry);

    public static Point Point(double longitude, double latitude) => Factory.CreatePoint(new Coordinate(longitude, latitude));
}
