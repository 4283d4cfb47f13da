using System.Text.Json;
using System.Text.Json.Serialization;
using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Warehouse;

/// <summary>A version's rows as a Parquet file, and what its columns mean; kept beside the file as JSON.</summary>
public sealed record WarehouseTable(
    [property: JsonPropertyName("versionId")] long VersionId,
    [property: JsonPropertyName("rows")] long RowCount,
    [property: JsonPropertyName("columns")] IReadOnlyList<WarehouseColumn> Columns,
    [property: JsonPropertyName("areaLevel")] AreaLevel? AreaLevel,
    [property: JsonPropertyName("placedRows")] long PlacedRows)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    [JsonIgnore]
    public string ParquetPath { get; init; } = "";

    public bool HasPlaces => AreaLevel is not null;

    public WarehouseColumn? Column(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WarehouseTable? FromJson(string json) => JsonSerializer.Deserialize<WarehouseTable>(json, Json);
}
