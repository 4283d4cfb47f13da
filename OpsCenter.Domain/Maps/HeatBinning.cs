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

    public static IReadOnlyList<HeatCell> Bin(IEnumerable<(double Lat, double Lon)> points, double cellDegrees = DefaultCellDegrees)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cellDegrees);
        var cells = new Dictionary<(long, long), int>();
        foreach (var (lat, lon) in points)
        {
            var key = ((long)Math.Floor(lat / cellDegrees), (long)Math.Floor(lon / cellDegrees));
            cells[key] = cells.GetValueOrDefault(key) + 1;
        }

        return cells
            .OrderBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2)
            .Select(c => new HeatCell(
                Math.Round((c.Key.Item1 + 0.5) * cellDegrees, 5),
                Math.Round((c.Key.Item2 + 0.5) * cellDegrees, 5),
                c.Value))
            .ToList();
    }
}
