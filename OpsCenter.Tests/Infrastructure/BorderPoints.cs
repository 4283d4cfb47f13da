using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Linemerge;
using OpsCenter.Domain.Areas;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// Points a given distance either side of the real border between two provinces (the shipped OCHA outlines, which
/// keep one common border per pair): the middle of their longest shared stretch, moved along its normal.
/// </summary>
public static class BorderPoints
{
    private const double MetersPerDegree = 111_000;

    /// <summary>A point <paramref name="meters"/> inside <paramref name="province"/> from its border with <paramref name="neighbour"/>.</summary>
    public static (double Lat, double Lon) Inside(string province, string neighbour, double meters)
    {
        var outlines = ProvinceOutlines.Shipped;
        var home = outlines.Get(province)!.Outline;
        var other = outlines.Get(neighbour)!.Outline;
        var merger = new LineMerger();
        merger.Add(home.Boundary.Intersection(other.Boundary));
        var border = merger.GetMergedLineStrings().OfType<LineString>().MaxBy(l => l.Length)
            ?? throw new InvalidOperationException($"{province} and {neighbour} share no border");
        var along = new LengthIndexedLine(border);

        // The middle of the stretch first; where the border wiggles back within reach, a little further along.
        foreach (var fraction in new[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 })
        {
            var at = border.Length * fraction;
            var middle = along.ExtractPoint(at);
            var (before, after) = (along.ExtractPoint(at - 0.001), along.ExtractPoint(at + 0.001));
            var (dx, dy) = (after.X - before.X, after.Y - before.Y);
            var norm = Math.Sqrt((dx * dx) + (dy * dy));
            var scale = Math.Cos(middle.Y * Math.PI / 180);
            var degrees = meters / MetersPerDegree;
            foreach (var side in new[] { 1, -1 })
            {
                var candidate = AreaGeometry.Factory.CreatePoint(
                    new Coordinate(middle.X + (side * -dy / norm * degrees / scale), middle.Y + (side * dx / norm * degrees)));
                if (home.Contains(candidate) && other.Distance(candidate) * MetersPerDegree >= meters * 0.9)
                {
                    return (candidate.Y, candidate.X);
                }
            }
        }

        throw new InvalidOperationException($"No point {meters} m inside {province} at the middle of its border with {neighbour}");
    }
}
