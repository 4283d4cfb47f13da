using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Catalog.Uploads;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// Reads a version's Parquet file with DuckDB. Every name in a query is checked against the table's columns before it is
/// quoted into SQL, and every value travels as a parameter; each query has its own in-memory connection, a row or group
/// limit and a time limit after which DuckDB is interrupted.
/// </summary>
public sealed class WarehouseQuery(IOptions<WarehouseOptions> options) : IDisposable
{
    private readonly Lazy<DuckDBConnection> _database = new(() => OpenDatabase(options.Value.MemoryLimit));

    private static readonly WarehouseColumn IdField = new(WarehouseColumn.IdColumn, ColumnType.Integer);
    private static readonly WarehouseColumn AreaField = new(WarehouseColumn.AreaColumn, ColumnType.Text);

    public WarehouseOptions Options => options.Value;

    public async Task<RowPage> SearchAsync(WarehouseTable table, RowSearch search, CancellationToken cancellationToken = default)
    {
        if (search.Limit < 0 || search.Limit > Options.MaxRows)
        {
            throw new WarehouseQueryException("limit", $"Must be between 0 and {Options.MaxRows}");
        }

        var all = new List<WarehouseColumn> { IdField };
        all.AddRange(table.Columns);
        if (table.HasPlaces)
        {
            all.Add(AreaField);
        }
        var fields = search.Fields is { Count: > 0 } names ? names.Select(n => Find(table, n, "fields")).ToList() : all;
        var where = new StringBuilder("TRUE");
        var parameters = new List<object?>();
        foreach (var (name, values) in search.Filters)
        {
            var column = Find(table, name, "filters");
            where.Append(" AND (").Append(string.Join(" OR ", values.Select(v => Equal(column, v, parameters)))).Append(')');
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var texts = table.Columns.Where(c => c.Type is ColumnType.Text or ColumnType.Empty).ToList();
            where.Append(texts.Count == 0 ? " AND FALSE" : " AND (" + string.Join(" OR ", texts.Select(c => Contains(c, search.Text, parameters))) + ")");
        }

        foreach (var (name, text) in search.TextByColumn)
        {
            where.Append(" AND ").Append(Contains(Find(table, name, "q"), text, parameters));
        }

        var order = search.Sort.Count == 0 && !search.Distinct
            ? DuckSql.Identifier(WarehouseColumn.IdColumn)
            : string.Join(", ", search.Sort.Select(s => $"{DuckSql.Identifier(Find(table, s.Column, "sort").Name)} {(s.Descending ? "DESC" : "ASC")} NULLS LAST"));
        var select = string.Join(", ", fields.Select(f => DuckSql.Identifier(f.Name)));
        var source = DuckSql.Parquet(table.ParquetPath);
        var sql = $"SELECT {(search.Distinct ? "DISTINCT " : "")}{select} FROM {source} WHERE {where}"
            + (order.Length > 0 ? $" ORDER BY {order}" : "") + $" LIMIT {search.Limit} OFFSET {Math.Max(0, search.Offset)}";

        return await RunAsync(async connection =>
        {
            var records = new List<object?[]>();
            await using (var command = Command(connection, sql, parameters))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var record = new object?[fields.Count];
                    for (var i = 0; i < fields.Count; i++)
                    {
                        record[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    }

                    records.Add(record);
                }
            }

            long? total = null;
            if (search.IncludeTotal)
            {
                await using var count = Command(connection, $"SELECT count(*) FROM {source} WHERE {where}", parameters);
                total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            return new RowPage(fields, records, total);
        }, cancellationToken);
    }

    /// <summary>Groups and measures the rows; with <paramref name="minimumGroupSize"/> above one, smaller groups are withheld.</summary>
    public async Task<AggregateResult> AggregateAsync(WarehouseTable table, Aggregation aggregation, int minimumGroupSize = 1, CancellationToken cancellationToken = default)
    {
        var parameters = new List<object?>();
        var keys = aggregation.GroupBy.Select((g, i) => $"{KeyOf(table, g)} AS k{i}").ToList();
        var where = new StringBuilder("TRUE");
        foreach (var (name, values) in aggregation.Filters)
        {
            var column = Find(table, name, "filters");
            where.Append(" AND (").Append(string.Join(" OR ", values.Select(v => Equal(column, v, parameters)))).Append(')');
        }

        if (aggregation.Area is { } area)
        {
            parameters.Add(Areas.AreaCodes.Normalize(area) ?? throw new WarehouseQueryException("area", $"\"{area}\" is not a DOPA code"));
            where.Append(" AND starts_with(" + DuckSql.Identifier(WarehouseColumn.AreaColumn) + ", ?)");
        }

        var measure = aggregation.Measure switch
        {
            Measure.Count => "CAST(count(*) AS DOUBLE)",
            Measure.RatePerThousand => throw new WarehouseQueryException("measure", "A rate is a sum or count joined to population: ask WarehouseReader"),
            var m => $"CAST({(m == Measure.Sum ? "sum" : "avg")}({DuckSql.Identifier(Numeric(table, aggregation.Of))}) AS DOUBLE)",
        };
        var groupBy = keys.Count == 0 ? "" : $" GROUP BY {string.Join(", ", keys.Select((_, i) => $"k{i}"))} ORDER BY {string.Join(", ", keys.Select((_, i) => $"k{i}"))}";
        var sql = $"SELECT {string.Join("", keys.Select(k => k + ", "))}{measure} AS v, count(*) AS n FROM {DuckSql.Parquet(table.ParquetPath)} WHERE {where}{groupBy} LIMIT {Options.MaxGroups + 1}";

        return await RunAsync(async connection =>
        {
            var rows = new List<AggregateRow>();
            var suppressed = 0;
            await using var command = Command(connection, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = reader.GetInt64(keys.Count + 1);
                if (count < minimumGroupSize)
                {
                    suppressed++;
                    continue;
                }

                var values = Enumerable.Range(0, keys.Count).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).ToList();
                rows.Add(new AggregateRow(values, reader.IsDBNull(keys.Count) ? null : reader.GetDouble(keys.Count), count));
            }

            var truncated = rows.Count + suppressed > Options.MaxGroups;
            return new AggregateResult(truncated ? rows.Take(Options.MaxGroups).ToList() : rows, suppressed, minimumGroupSize, truncated);
        }, cancellationToken);
    }

    private static string Numeric(WarehouseTable table, string? name)
    {
        var column = name is null ? throw new WarehouseQueryException("of", "A sum or an average needs a numeric column") : Find(table, name, "of");
        return column.IsNumeric ? column.Name : throw new WarehouseQueryException("of", $"\"{name}\" is not a numeric column");
    }

    /// <summary>The SQL of one grouping key; area levels cut the rows' resolved code, so finer data rolls up to coarser areas.</summary>
    private static string KeyOf(WarehouseTable table, Grouping grouping)
    {
        if (grouping.Level is { } level)
        {
            if (table.AreaLevel is not { } finest || finest < level)
            {
                throw new WarehouseQueryException("group", "The data has no places at this level");
            }

            var length = level switch { Areas.AreaLevel.Province => 2, Areas.AreaLevel.District => 4, _ => 6 };
            return $"substr({DuckSql.Identifier(WarehouseColumn.AreaColumn)}, 1, {length})";
        }

        var column = Find(table, grouping.Column, "group");
        var name = DuckSql.Identifier(column.Name);
        return (column.Type, grouping.Grain) switch
        {
            (ColumnType.Date, TimeGrain.Month) => $"strftime({name}, '%Y-%m')",
            (ColumnType.Date, TimeGrain.Year) => $"CAST(year({name}) + 543 AS VARCHAR)",
            (ColumnType.Date, TimeGrain.FiscalYear) => $"CAST(year({name} + INTERVAL 3 MONTH) + 543 AS VARCHAR)",
            _ => $"CAST({name} AS VARCHAR)",
        };
    }

    /// <summary>Runs work on a fresh in-memory connection, interrupting DuckDB when the time limit passes.</summary>
    internal async Task<T> RunAsync<T>(Func<DuckDBConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(Options.QueryTimeoutSeconds));
        // Connections share one in-memory database, so Parquet footers read by one query serve the next.
        await using var connection = _database.Value.Duplicate();
        await connection.OpenAsync(limit.Token);
        // DuckDB stops a running statement only when asked to; the command's Cancel interrupts the connection.
        await using var interrupt = connection.CreateCommand();
        await using var registration = limit.Token.Register(interrupt.Cancel);
        try
        {
            return await work(connection);
        }
        catch (DuckDBException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new WarehouseQueryException("timeout", $"The query took longer than {Options.QueryTimeoutSeconds} s and was stopped");
        }
    }

    public void Dispose()
    {
        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }
    }

    private static DuckDBConnection OpenDatabase(string memoryLimit)
    {
        if (!string.IsNullOrWhiteSpace(memoryLimit) && !WarehouseOptions.IsMemoryLimit(memoryLimit))
        {
            throw new InvalidOperationException($"Warehouse:MemoryLimit \"{memoryLimit}\" is not a size such as 512MB or 1GiB");
        }

        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SET parquet_metadata_cache = true";
        command.ExecuteNonQuery();
        if (!string.IsNullOrWhiteSpace(memoryLimit))
        {
            // Checked against the pattern above, so it can be written into the statement: SET takes no parameters.
            command.CommandText = $"SET memory_limit = '{memoryLimit.Trim()}'";
            command.ExecuteNonQuery();
        }

        return connection;
    }

    internal static DuckDBCommand Command(DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    internal static WarehouseColumn Find(WarehouseTable table, string name, string parameter) =>
        name == WarehouseColumn.IdColumn ? IdField
        : name == WarehouseColumn.AreaColumn && table.HasPlaces ? AreaField
        : table.Column(name) ?? throw new WarehouseQueryException(parameter, $"field \"{name}\" not in table");

    /// <summary>An equality test in the column's own type; a value that cannot be of that type is the caller's mistake.</summary>
    internal static string Equal(WarehouseColumn column, string? value, List<object?> parameters)
    {
        var name = DuckSql.Identifier(column.Name);
        if (value is null)
        {
            return $"{name} IS NULL";
        }

        object typed = column.Type switch
        {
            ColumnType.Integer when ColumnTypeInference.TryParseInteger(value, out var n) => n,
            ColumnType.Decimal when ColumnTypeInference.TryParseDecimal(value, out var d) => d,
            ColumnType.Boolean when bool.TryParse(value, out var b) => b,
            ColumnType.Date when ColumnTypeInference.TryParseDate(value, out var t) || DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out t) => t,
            ColumnType.Text or ColumnType.Empty => value,
            _ => throw new WarehouseQueryException("filters", $"\"{value}\" is not a valid {column.CkanType} for field \"{column.Name}\""),
        };
        parameters.Add(typed);
        return $"{name} = ?";
    }

    private static string Contains(WarehouseColumn column, string text, List<object?> parameters)
    {
        parameters.Add(text);
        return $"contains(lower(CAST({DuckSql.Identifier(column.Name)} AS VARCHAR)), lower(?))";
    }
}
