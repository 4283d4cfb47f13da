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

        return BinCells(points.Where(p => double.IsFinite(p.Lat) && double.IsFinite(p.Lon))
            .Select(p => ((long)Math.Floor(p.Lat / cellDegrees), (long)Math.Floor(p.Lon / cellDegrees), 1)), cellDegrees, maxCells);
    }

    /// <summary>
    /// Bins counts already on a grid (⌊lat / cell⌋, ⌊lon / cell⌋), as the heat tallies hold them. A cell twice as large
    /// holds ⌊row / 2⌋: exactly the points <see cref="Bin"/> would put there, since doubling a cell is exact in floating point.
    /// </summary>
    public static HeatGrid BinCells(IEnumerable<(long Row, long Column, int Count)> baseCells, double cellDegrees, int maxCells = DefaultMaxCells)
    {
        var bins = new Dictionary<(long Row, long Column), int>();
        foreach (var (row, column, count) in baseCells)
        {
            bins[(row, column)] = bins.GetValueOrDefault((row, column)) + count;
        }

        var cell = cellDegrees;
        while (bins.Count > maxCells && cell < 1)
        {
            var coarser = new Dictionary<(long Row, long Column), int>();
            foreach (var ((row, column), count) in bins)
            {
                var key = ((long)Math.Floor(row / 2.0), (long)Math.Floor(column / 2.0));
                coarser[key] = coarser.GetValueOrDefault(key) + count;
            }

            (bins, cell) = (coarser, cell * 2);
        }

        var cells = bins.Where(b => b.Value != 0)
            .OrderBy(b => b.Key.Row).ThenBy(b => b.Key.Column)
            .Select(b => new HeatCell(Math.Round((b.Key.Row + 0.5) * cell, 5), Math.Round((b.Key.Column + 0.5) * cell, 5), b.Value))
            .ToArray();
        return new HeatGrid(cell, cells, cells.Sum(c => c.Count));
    }
}
