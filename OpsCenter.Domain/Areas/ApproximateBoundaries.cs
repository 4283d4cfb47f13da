using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Triangulate;

namespace OpsCenter.Domain.Areas;

/// <summary>
/// Stand-in boundaries for when official ones are not loaded: Voronoi cells around subdistrict points, clipped to a
/// rounded buffer of the province's points. Good enough to colour a map by district; never presented as official.
/// </summary>
public static class ApproximateBoundaries
{
    /// <summary>Returns a cell per subdistrict code. Districts and the province are unions of their cells.</summary>
    public static IReadOnlyDictionary<string, Geometry> SubdistrictCells(IReadOnlyDictionary<string, (double Lon, double Lat)> points, double bufferDegrees = 0.06)
    {
        var factory = AreaGeometry.Factory;
        var coordinates = points.ToDictionary(p => p.Key, p => new Coordinate(p.Value.Lon, p.Value.Lat));
        var envelopeShape = CascadedPolygonUnion.Union(
            coordinates.Values.Select(c => factory.CreatePoint(c).Buffer(bufferDegrees, 8)).ToList())
            .ConvexHull()
            .Intersection(factory.CreateMultiPointFromCoords(coordinates.Values.ToArray()).ConvexHull().Buffer(bufferDegrees, 8));

        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(coordinates.Values.ToList());
        builder.ClipEnvelope = envelopeShape.EnvelopeInternal;
        var diagram = builder.GetDiagram(factory);

        var cells = new Dictionary<string, Geometry>();
        for (var i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i);
            var site = (Coordinate)cell.UserData;
            var code = coordinates.First(c => c.Value.Equals2D(site)).Key;
            cells[code] = cell.Intersection(envelopeShape);
        }

        return cells;
    }

    public static Geometry Union(IEnumerable<Geometry> cells) => CascadedPolygonUnion.Union(cells.ToList());
}
