namespace OpsCenter.Domain.Wall;

/// <summary>
/// Bins report locations on a square grid in degrees, so a heatmap sends one weighted point per occupied cell rather
/// than one per report; the cell grows until the bins fit the budget, which keeps the payload bounded for busy provinces.
/// </summary>
public static class HeatBinning
{
    /// <summary>About 1.1 km at Thai latitudes: finer than a tambon, coarse enough to say nothing about a single house.</summary>
    public const double DefaultCellDegrees = 0.01;

    public const int DefaultMaxCells = 1500;

    public static HeatGrid Bin(IReadOnlyCollection<(double Lat, double Lon)> points, double cellDegrees = DefaultCellDegrees, int maxCells = DefaultMaxCells)
    {
        if (cellDegrees <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cellDegrees), "The cell must be larger than zero.");
        }

        var cell = cellDegrees;
        while (true)
        {
            var bins = new Dictionary<(long Row, long Column), int>();
            foreach (var (lat, lon) in points)
            {
                if (double.IsFinite(lat) && double.IsFinite(lon))
                {
                    var key = ((long)Math.Floor(lat / cell), (long)Math.Floor(lon / cell));
                    bins[key] = bins.GetValueOrDefault(key) + 1;
                }
            }

            if (bins.Count <= maxCells || cell >= 1)
            {
                var cells = bins
                    .OrderBy(b => b.Key.Row).ThenBy(b => b.Key.Column)
                    .Select(b => new HeatCell(Math.Round((b.Key.Row + 0.5) * cell, 5), Math.Round((b.Key.Column + 0.5) * cell, 5), b.Value))
                    .ToArray();
                return new HeatGrid(cell, cells, cells.Sum(c => c.Count));
            }

            cell *= 2;
        }
    }
}
