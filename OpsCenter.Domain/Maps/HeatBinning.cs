namespace OpsCenter.Domain.Maps;

/// <summary>One heat-layer cell: its centre and how many reports fall in it.</summary>
public readonly record struct HeatCell(double Lat, double Lon, int Count);

/// <summary>
/// Bins report points into a square grid so the heat layer carries one weighted point per occupied cell instead of
/// one per report. At about 550 m (0.005°) a cell is smaller than a heat blob at the zooms a district is viewed at.
/// </summary>
public static class HeatBinning
{
    public const double DefaultCellDegrees = 0.005;

    /// <summary>A cell about a 200th of the view's span: a few pixels on screen, smaller than a heat blob's radius.</summary>
    public static double CellFor(double spanDegrees) => Math.Clamp(spanDegrees / 200, 0.002, 0.1);

    /// <summary>Bins with a cell sized for the span of the points themselves (a district, a province, the country).</summary>
    public static IReadOnlyList<HeatCell> BinForView(IReadOnlyCollection<(double Lat, double Lon)> points)
    {
        if (points.Count == 0)
        {
            return [];
        }

        var span = Math.Max(points.Max(p => p.Lat) - points.Min(p => p.Lat), points.Max(p => p.Lon) - points.Min(p => p.Lon));
        return Bin(points, CellFor(span));
    }

    public static IReadOnlyList<HeatCell> Bin(IEnumerable<(double Lat, double Lon)> points, double cellDegrees = DefaultCellDegrees)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cellDegrees);
        return Cells(points.Select(p => ((long)Math.Floor(p.Lat / cellDegrees), (long)Math.Floor(p.Lon / cellDegrees), 1)), cellDegrees);
    }

    /// <summary>Counts already on a grid (⌊lat / cell⌋, ⌊lon / cell⌋, as a database binned them) as the cells' centres.</summary>
    public static IReadOnlyList<HeatCell> Cells(IEnumerable<(long Row, long Column, int Count)> bins, double cellDegrees)
    {
        var cells = new Dictionary<(long, long), int>();
        foreach (var (row, column, count) in bins)
        {
            cells[(row, column)] = cells.GetValueOrDefault((row, column)) + count;
        }

        // Centres need no more decimals than a tenth of a cell; fewer digits are most of the payload saved.
        var decimals = Math.Clamp((int)Math.Ceiling(-Math.Log10(cellDegrees / 10)), 0, 6);
        return cells
            .OrderBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2)
            .Select(c => new HeatCell(
                Math.Round((c.Key.Item1 + 0.5) * cellDegrees, decimals),
                Math.Round((c.Key.Item2 + 0.5) * cellDegrees, decimals),
                c.Value))
            .ToList();
    }
}
