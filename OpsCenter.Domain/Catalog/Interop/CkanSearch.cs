using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpsCenter.Domain.Catalog.Interop;

public sealed record CkanSearchQuery(string? Q, string? Fq, int Rows, int Start, string? Sort);

public sealed record CkanSearchResult(int Count, string Sort, IReadOnlyList<JsonObject> Results, JsonObject SearchFacets);

/// <summary>
/// The part of CKAN's package_search (Solr) that harvesters and portals use: free text q, field filters in q/fq
/// (organization, tags, res_format, name, data_category, …; quoted values; several AND-ed), rows/start paging, sort.
/// </summary>
public static partial class CkanSearch
{
    public const string DefaultSort = "score desc, metadata_modified desc";

    /// <summary>Longest q or fq taken; Solr's own default limit on a query's clauses is far below this.</summary>
    public const int MaxExpressionLength = 8192;

    public static readonly IReadOnlySet<string> SortFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "score", "metadata_modified", "metadata_created", "name", "title_string", "title",
    };

    public static readonly IReadOnlyList<string> FacetFields = ["organization", "tags", "res_format", "data_category"];

    /// <summary>Null when the sort is valid, else the reason.</summary>
    public static string? SortProblem(string? sort)
    {
        foreach (var clause in (sort ?? DefaultSort).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 1 or > 2 || !SortFields.Contains(parts[0]) || (parts.Length == 2 && parts[1] is not ("asc" or "desc")))
            {
                return $"Invalid sort: {clause}";
            }
        }

        return null;
    }

    public static CkanSearchResult Search(IEnumerable<JsonObject> packages, CkanSearchQuery query)
    {
        var (freeText, filters) = Parse(query.Q);
        filters.AddRange(Parse(query.Fq).Filters);
        var terms = freeText.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t != "*:*" && t != "*").ToList();

        var matched = packages
            .Where(p => filters.All(f => Values(p, f.Field).Any(v => string.Equals(v, f.Value, StringComparison.OrdinalIgnoreCase))))
            .Select(p => (Package: p, Score: Score(p, terms)))
            .Where(x => terms.Count == 0 || x.Score > 0)
            .ToList();

        var sort = string.IsNullOrWhiteSpace(query.Sort) ? DefaultSort : query.Sort;
        var ordered = Order(matched, sort);
        var page = ordered.Skip(query.Start).Take(query.Rows).Select(x => x.Package).ToList();
        return new CkanSearchResult(matched.Count, sort, page, Facets(matched.Select(m => m.Package)));
    }

    /// <summary>The values a package has for a Solr field name.</summary>
    public static IEnumerable<string> Values(JsonObject package, string field) => field switch
    {
        "organization" => [package["organization"]?["name"]?.GetValue<string>() ?? ""],
        "owner_org" => [package["owner_org"]?.GetValue<string>() ?? ""],
        "tags" => package["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()),
        "res_format" => package["resources"]!.AsArray().Select(r => r!["format"]!.GetValue<string>()).Distinct(),
        "id" or "name" or "title" or "data_category" or "data_type" or "update_frequency_unit" or "geo_coverage" or "opscenter_freshness" or "license_id" =>
            [package[field]?.GetValue<string>() ?? ""],
        _ => [],
    };

    private static (string FreeText, List<(string Field, string Value)> Filters) Parse(string? expression)
    {
        var filters = new List<(string, string)>();
        var free = FieldFilter().Replace(expression ?? "", m =>
        {
            var value = m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
            filters.Add((m.Groups["field"].Value, value));
            return " ";
        });
        return (free.Replace(" AND ", " ", StringComparison.Ordinal), filters);
    }

    private static int Score(JsonObject package, List<string> terms)
    {
        if (terms.Count == 0)
        {
            return 1;
        }

        var title = package["title"]?.GetValue<string>() + " " + package["title_en"]?.GetValue<string>() + " " + package["name"]?.GetValue<string>();
        var rest = package["notes"]?.GetValue<string>() + " " + string.Join(" ", Values(package, "tags")) + " "
                   + package["organization"]?["title"]?.GetValue<string>() + " " + package["organization"]?["name"]?.GetValue<string>();
        var score = 0;
        foreach (var term in terms)
        {
            var inTitle = title.Contains(term, StringComparison.OrdinalIgnoreCase);
            var inRest = rest.Contains(term, StringComparison.OrdinalIgnoreCase);
            if (!inTitle && !inRest)
            {
                return 0;
            }

            score += inTitle ? 3 : 1;
        }

        return score;
    }

    private static IEnumerable<(JsonObject Package, int Score)> Order(List<(JsonObject Package, int Score)> matched, string sort)
    {
        IOrderedEnumerable<(JsonObject Package, int Score)>? ordered = null;
        foreach (var clause in sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length == 2 && parts[1] == "desc";
            Func<(JsonObject Package, int Score), IComparable> key = parts[0] switch
            {
                "score" => x => x.Score,
                "metadata_modified" => x => x.Package["metadata_modified"]!.GetValue<string>(),
                "metadata_created" => x => x.Package["metadata_created"]!.GetValue<string>(),
                "name" => x => x.Package["name"]!.GetValue<string>(),
                _ => x => x.Package["title"]!.GetValue<string>(),
            };
            ordered = ordered is null
                ? descending ? matched.OrderByDescending(key) : matched.OrderBy(key)
                : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }

        return (ordered ?? matched.OrderBy(x => 0)).ThenBy(x => x.Package["name"]!.GetValue<string>(), StringComparer.Ordinal);
    }

    private static JsonObject Facets(IEnumerable<JsonObject> matched)
    {
        var list = matched.ToList();
        var facets = new JsonObject();
        foreach (var field in FacetFields)
        {
            var items = list.SelectMany(p => Values(p, field).Distinct()).Where(v => v.Length > 0)
                .GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (JsonNode)new JsonObject { ["name"] = g.Key, ["display_name"] = g.Key, ["count"] = g.Count() })
                .ToArray();
            facets[field] = new JsonObject { ["title"] = field, ["items"] = new JsonArray(items) };
        }

        return facets;
    }

    // Linear time whatever the text (a backtracking engine took minutes on a megabyte of letters), and a hard stop anyway.
    [GeneratedRegex("""\+?(?<field>[a-z_]+):(?:"(?<quoted>[^"]*)"|(?<bare>[^\s"]+))""", RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 2000)]
    private static partial Regex FieldFilter();
}
