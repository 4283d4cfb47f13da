using System.Globalization;
using DuckDB.NET.Data;
using OpsCenter.Domain.Catalog.Uploads;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// Loads a version's rows (header first, as the upload readers give them) into DuckDB typed from the profile, recognizes
/// its place and time columns, resolves each row's place to a DOPA code, and writes one Parquet file. A cell that does
/// not parse as its column's type becomes null rather than failing the load: the profile typed the column from every
/// cell, so this happens only to values the profile's own reader could not have produced.
/// </summary>
public static class ParquetLoader
{
    /// <summary>More distinct place combinations than this and the rows are left unplaced rather than resolved one by one.</summary>
    public const int MaxPlaceCombinations = 200_000;

    private const int SampleValues = 500;

    public static WarehouseTable Load(
        long versionId, IEnumerable<IReadOnlyList<string>> rowsWithHeader, IReadOnlyList<ColumnProfile> profile, AreaGazetteer gazetteer,
        string parquetPath, string workDirectory, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var columns = WarehouseColumn.FromProfile(profile);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"SET temp_directory = {DuckSql.Literal(workDirectory)}");
        var definitions = string.Join(", ", columns.Select(c => $"{DuckSql.Identifier(c.Name)} {c.DuckType}"));
        Execute(connection, $"CREATE TABLE t ({DuckSql.Identifier(WarehouseColumn.IdColumn)} BIGINT, {definitions}, {DuckSql.Identifier(WarehouseColumn.AreaColumn)} VARCHAR)");

        var rows = Append(connection, rowsWithHeader, columns, progress, cancellationToken);
        var recognized = ColumnRecognition.Recognize(columns, c => Distinct(connection, c.Name), gazetteer);
        var placed = Place(connection, recognized, gazetteer, cancellationToken);
        var level = placed > 0 ? Scalar(connection, $"SELECT length({DuckSql.Identifier(WarehouseColumn.AreaColumn)}) FROM t WHERE {DuckSql.Identifier(WarehouseColumn.AreaColumn)} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1") : null;

        Execute(connection, $"COPY (SELECT * FROM t ORDER BY {DuckSql.Identifier(WarehouseColumn.IdColumn)}) TO {DuckSql.Literal(parquetPath)} (FORMAT parquet, COMPRESSION zstd)");
        var areaLevel = level is null ? (Areas.AreaLevel?)null : Convert.ToInt32(level, CultureInfo.InvariantCulture) switch
        {
            2 => Areas.AreaLevel.Province,
            4 => Areas.AreaLevel.District,
            _ => Areas.AreaLevel.Subdistrict,
        };
        return new WarehouseTable(versionId, rows, recognized, areaLevel, placed)
        {
            ParquetPath = parquetPath,
        };
    }

    private static long Append(DuckDBConnection connection, IEnumerable<IReadOnlyList<string>> rowsWithHeader, IReadOnlyList<WarehouseColumn> columns, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long id = 0;
        var header = true;
        using var appender = connection.CreateAppender("t");
        foreach (var values in rowsWithHeader)
        {
            if (header)
            {
                header = false;
                continue;
            }

            // The profile skips rows with nothing in them; so does the table, so their counts agree.
            if (values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = appender.CreateRow().AppendValue(++id);
            for (var i = 0; i < columns.Count; i++)
            {
                row = AppendCell(row, columns[i].Type, i < values.Count ? values[i] : null);
            }

            row.AppendNullValue().EndRow();
            if (id % 50_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(id);
            }
        }

        progress?.Report(id);
        return id;
    }

    private static IDuckDBAppenderRow AppendCell(IDuckDBAppenderRow row, ColumnType type, string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return row.AppendNullValue();
        }

        return type switch
        {
            ColumnType.Integer => ColumnTypeInference.TryParseInteger(cell, out var n) ? row.AppendValue((long?)n) : row.AppendNullValue(),
            ColumnType.Decimal => ColumnTypeInference.TryParseDecimal(cell, out var d) ? row.AppendValue((double?)d) : row.AppendNullValue(),
            ColumnType.Date => ColumnTypeInference.TryParseDate(cell, out var t) ? row.AppendValue((DateTime?)CommonEra(t)) : row.AppendNullValue(),
            ColumnType.Boolean => bool.TryParse(cell.Trim(), out var b) ? row.AppendValue((bool?)b) : row.AppendNullValue(),
            _ => row.AppendValue(cell),
        };
    }

    /// <summary>Thai files write dates in the Buddhist era (21/11/2569); no file here speaks of years after 2400 CE.</summary>
    public static DateTime CommonEra(DateTime date) => date.Year >= 2400 ? date.AddYears(-543) : date;

    private static long Place(DuckDBConnection connection, IReadOnlyList<WarehouseColumn> columns, AreaGazetteer gazetteer, CancellationToken cancellationToken)
    {
        var places = columns.Where(c => c.IsPlace).ToList();
        if (places.Count == 0)
        {
            return 0;
        }

        var keys = places.Select((c, i) => $"CAST({DuckSql.Identifier(c.Name)} AS VARCHAR) AS p{i}").ToList();
        var combinations = new List<string?[]>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT DISTINCT {string.Join(", ", keys)} FROM t LIMIT {MaxPlaceCombinations + 1}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                combinations.Add(Enumerable.Range(0, places.Count).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray());
            }
        }

        if (combinations.Count > MaxPlaceCombinations)
        {
            return 0;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var resolver = new PlaceResolver(places, gazetteer);
        Execute(connection, $"CREATE TABLE places ({string.Join(", ", places.Select((_, i) => $"p{i} VARCHAR"))}, code VARCHAR)");
        using (var appender = connection.CreateAppender("places"))
        {
            foreach (var combination in combinations)
            {
                if (resolver.Resolve(combination) is not { } code)
                {
                    continue;
                }

                var row = appender.CreateRow();
                foreach (var value in combination)
                {
                    row = value is null ? row.AppendNullValue() : row.AppendValue(value);
                }

                row.AppendValue(code).EndRow();
            }
        }

        var match = string.Join(" AND ", places.Select((c, i) => $"CAST(t.{DuckSql.Identifier(c.Name)} AS VARCHAR) IS NOT DISTINCT FROM places.p{i}"));
        Execute(connection, $"UPDATE t SET {DuckSql.Identifier(WarehouseColumn.AreaColumn)} = places.code FROM places WHERE {match}");
        return Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM t WHERE {DuckSql.Identifier(WarehouseColumn.AreaColumn)} IS NOT NULL"), CultureInfo.InvariantCulture);
    }

    private static List<string> Distinct(DuckDBConnection connection, string column)
    {
        using var command = connection.CreateCommand();
        var name = DuckSql.Identifier(column);
        command.CommandText = $"SELECT DISTINCT CAST({name} AS VARCHAR) FROM t WHERE {name} IS NOT NULL LIMIT {SampleValues}";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
