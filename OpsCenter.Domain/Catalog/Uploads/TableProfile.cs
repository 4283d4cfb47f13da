using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsCenter.Domain.Catalog.Uploads;

public sealed record ColumnProfile(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] ColumnType Type);

/// <summary>What an uploaded table holds: its columns, how many rows, the first rows, and what was wrong with it.</summary>
/// <summary>Something wrong with a table: duplicate-column, ragged-rows or malformed-rows, with the detail (a name or a count).</summary>
public sealed record TableProblem(string Code, string Detail);

public sealed record TableProfile(IReadOnlyList<ColumnProfile> Columns, long RowCount, IReadOnlyList<IReadOnlyList<string>> Preview, IReadOnlyList<TableProblem> Problems)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ColumnsJson() => JsonSerializer.Serialize(Columns, Json);

    public static IReadOnlyList<ColumnProfile> ParseColumns(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<ColumnProfile>>(json, Json) ?? [];
}

/// <summary>Accumulates a table row by row, so a file of any size is profiled in constant memory.</summary>
public sealed class TableProfileBuilder(int previewRows = 10)
{
    private readonly List<TableProblem> _problems = [];
    private readonly List<IReadOnlyList<string>> _preview = [];
    private string[] _names = [];
    private ColumnType[] _types = [];
    private long _rows;
    private int _ragged;

    public bool HasHeader => _names.Length > 0;

    public void Header(IReadOnlyList<string> names)
    {
        _names = names.Select((n, i) => string.IsNullOrWhiteSpace(n) ? $"column_{i + 1}" : n.Trim()).ToArray();
        _types = new ColumnType[_names.Length];
        foreach (var duplicate in _names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            _problems.Add(new TableProblem("duplicate-column", duplicate.Key));
        }
    }

    public void Row(IReadOnlyList<string> values)
    {
        if (values.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        _rows++;
        if (values.Count != _names.Length)
        {
            _ragged++;
        }

        for (var i = 0; i < Math.Min(values.Count, _types.Length); i++)
        {
            _types[i] = ColumnTypeInference.Merge(_types[i], ColumnTypeInference.OfValue(values[i]));
        }

        if (_preview.Count < previewRows)
        {
            _preview.Add(values.ToArray());
        }
    }

    public void Problem(string code, string detail) => _problems.Add(new TableProblem(code, detail));

    public TableProfile Build()
    {
        var problems = new List<TableProblem>(_problems);
        if (_ragged > 0)
        {
            problems.Add(new TableProblem("ragged-rows", _ragged.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new TableProfile(_names.Select((n, i) => new ColumnProfile(n, _types[i])).ToList(), _rows, _preview, problems);
    }
}
