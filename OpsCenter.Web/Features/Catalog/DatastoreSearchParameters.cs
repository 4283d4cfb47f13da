using System.Text.Json;
using System.Text.Json.Nodes;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>
/// datastore_search's parameters as CKAN validates them: filters and a q object arrive as JSON objects (or JSON text in
/// a GET), fields and sort as lists or comma-separated text; limit is cut to the configured maximum as CKAN's
/// ckan.datastore.search.rows_max does.
/// </summary>
public static class DatastoreSearchParameters
{
    public static readonly IReadOnlyList<string> RecordFormats = ["objects", "lists", "csv", "tsv"];

    /// <summary>The search, or the field and problem CKAN would report.</summary>
    public static (RowSearch? Search, string Field, string Problem) Parse(CkanParameters p, int maxRows)
    {
        if (p.Natural("limit", out var limit, 100) is not null || p.Natural("offset", out var offset, 0) is not null)
        {
            return (null, p.LastField, p.LastProblem);
        }

        if (p.Text("records_format") is { } format && !RecordFormats.Contains(format))
        {
            return (null, "records_format", $"Value must be one of {string.Join(", ", RecordFormats)}");
        }

        Dictionary<string, IReadOnlyList<string?>> filters;
        try
        {
            filters = Filters(ObjectOf(p.Node("filters"), "filters"));
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return (null, "filters", e is JsonException ? "Cannot parse JSON" : e.Message);
        }

        JsonNode? q;
        try
        {
            q = p.Node("q") is JsonValue text && text.TryGetValue<string>(out var s) && s.TrimStart().StartsWith('{') ? JsonNode.Parse(s) : p.Node("q");
        }
        catch (JsonException)
        {
            return (null, "q", "Cannot parse JSON");
        }

        var sort = new List<SortKey>();
        foreach (var clause in Items(p, "sort"))
        {
            var parts = clause.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var direction = parts.Length > 1 ? parts[^1].ToLowerInvariant() : "asc";
            if (parts.Length == 0 || direction is not ("asc" or "desc"))
            {
                return (null, "sort", $"Cannot sort by \"{clause}\": use a field name, then asc or desc");
            }

            var name = (parts.Length > 1 ? string.Join(' ', parts[..^1]) : parts[0]).Trim('"');
            sort.Add(new SortKey(name, direction == "desc"));
        }

        var search = new RowSearch
        {
            Fields = Items(p, "fields") is { Count: > 0 } fields ? fields : null,
            Filters = filters,
            Text = q is JsonValue v && v.TryGetValue<string>(out var plain) ? plain : q is JsonObject ? null : q?.ToString(),
            TextByColumn = q is JsonObject byColumn ? byColumn.ToDictionary(x => x.Key, x => x.Value?.ToString() ?? "") : new Dictionary<string, string>(),
            Sort = sort,
            Limit = Math.Min(limit, maxRows),
            Offset = offset,
            Distinct = p.Bool("distinct"),
            IncludeTotal = !p.Has("include_total") || p.Bool("include_total"),
        };
        return (search, "", "");
    }

    private static List<string> Items(CkanParameters p, string key) => p.Node(key) switch
    {
        JsonArray list => list.Select(x => x?.ToString() ?? "").Where(x => x.Length > 0).ToList(),
        _ when p.Text(key) is { } text && text.TrimStart().StartsWith('[') => p.List(key).ToList(),
        _ when p.Text(key) is { } text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => [],
    };

    private static JsonObject? ObjectOf(JsonNode? node, string key) => node switch
    {
        null => null,
        JsonObject o => o,
        JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonObject ?? throw new FormatException($"{key} must be a JSON object"),
        _ => throw new FormatException($"{key} must be a JSON object"),
    };

    private static Dictionary<string, IReadOnlyList<string?>> Filters(JsonObject? filters)
    {
        var result = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal);
        foreach (var (name, value) in filters ?? [])
        {
            result[name] = value switch
            {
                JsonArray list => list.Select(Scalar).ToList(),
                _ => [Scalar(value)],
            };
        }

        return result;
    }

    private static string? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => throw new FormatException("filter values must be text, numbers or lists of them"),
    };
}
