using System.Text.Json.Serialization;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog.Uploads;

namespace OpsCenter.Domain.Warehouse;

/// <summary>What a column means beyond its type: a place at some area level, or a time.</summary>
public enum ColumnRole
{
    None = 0,
    AreaCode = 1,
    AreaName = 2,
    Date = 3,
    /// <summary>A Thai fiscal year (1 October to 30 September), held as the Buddhist-era year it ends in.</summary>
    FiscalYear = 4,
    /// <summary>A calendar year written in the Buddhist era (พ.ศ. = ค.ศ. + 543).</summary>
    BuddhistYear = 5,
    /// <summary>A calendar year written in the common era.</summary>
    Year = 6,
}

/// <summary>One column of a version's table: its name as uploaded, its type from the profile, and what it means.</summary>
public sealed record WarehouseColumn(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] ColumnType Type,
    [property: JsonPropertyName("role")] ColumnRole Role = ColumnRole.None,
    [property: JsonPropertyName("level")] AreaLevel? Level = null)
{
    /// <summary>The row number CKAN's DataStore gives every record.</summary>
    public const string IdColumn = "_id";

    /// <summary>The finest DOPA code a row's place columns resolve to; null when they name no known area.</summary>
    public const string AreaColumn = "_area";

    public string DuckType => Type switch
    {
        ColumnType.Integer => "BIGINT",
        ColumnType.Decimal => "DOUBLE",
        ColumnType.Date => "TIMESTAMP",
        ColumnType.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };

    /// <summary>The DataStore's type names, as datastore_search and datastore_info report them.</summary>
    public string CkanType => Type switch
    {
        ColumnType.Integer => "int",
        ColumnType.Decimal => "numeric",
        ColumnType.Date => "timestamp",
        ColumnType.Boolean => "bool",
        _ => "text",
    };

    public bool IsNumeric => Type is ColumnType.Integer or ColumnType.Decimal;

    public bool IsPlace => Role is ColumnRole.AreaCode or ColumnRole.AreaName;

    public bool IsTime => Role is ColumnRole.Date or ColumnRole.FiscalYear or ColumnRole.BuddhistYear or ColumnRole.Year;

    /// <summary>The profile's columns with names made unique (DuckDB compares names without case) and clear of ours.</summary>
    public static IReadOnlyList<WarehouseColumn> FromProfile(IReadOnlyList<ColumnProfile> profile)
    {
        var taken = new HashSet<string>([IdColumn, AreaColumn], StringComparer.OrdinalIgnoreCase);
        var columns = new List<WarehouseColumn>(profile.Count);
        foreach (var column in profile)
        {
            var name = column.Name;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{column.Name}_{n}";
            }

            columns.Add(new WarehouseColumn(name, column.Type));
        }

        return columns;
    }
}
