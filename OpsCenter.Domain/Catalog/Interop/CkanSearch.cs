using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Interop;

public sealed record CkanSearchQuery(string? Q, string? Fq, int Rows, int Start, string? Sort)
{
    /// <summary>What NOW means in date ranges: the caller's clock (TimeProvider), so a search is as of the app's time.</summary>
    public required DateTime Now { get; init; }

    public IReadOnlyList<string> FacetFields { get; init; } = [];

    /// <summary>CKAN's search.facets.limit default; negative means no limit.</summary>
    public int FacetLimit { get; init; } = 50;

    public int FacetMinCount { get; init; } = 1;
}

/// <param name="Facets">CKAN's <c>facets</c>: value → count per requested field.</param>
/// <param name="SearchFacets">CKAN's <c>search_facets</c>: title and items with display names per requested field.</param>
public sealed record CkanSearchResult(int Count, string Sort, IReadOnlyList<JsonObject> Results, JsonObject Facets, JsonObject SearchFacets);

/// <summary>
/// CKAN's package_search (Solr) over one province's packages: q and fq in Solr syntax (<see cref="CkanQueryParser"/>),
/// rows/start paging, sort on several keys, facets with limit and mincount.
/// </summary>
public static class CkanSearch
{
    public const string DefaultSort = "score desc, metadata_modified desc";

    /// <summary>Longest q or fq taken; Solr's own default limit on a query's clauses is far below this.</summary>
    public const int MaxExpressionLength = 8192;

    /// <summary>CKAN's ckan.search.rows_max: larger rows are cut to this.</summary>
    public const int MaxRows = 1000;

    public const int MaxFacetFields = 32;

    public static readonly IReadOnlySet<string> SortFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "name", "title_string", "metadata_modified", "metadata_created", "score", "num_resources", "num_tags",
    };

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

    /// <exception cref="CkanQueryException">q or fq is not valid Solr syntax.</exception>
    public static CkanSearchResult Search(IEnumerable<JsonObject> packages, CkanSearchQuery query) =>
        Search(packages.Select(p => new CkanDocument(p)), query);

    /// <exception cref="CkanQueryException">q or fq is not valid Solr syntax.</exception>
    public static CkanSearchResult Search(IEnumerable<CkanDocument> documents, CkanSearchQuery query)
    {
        var q = CkanQueryParser.Parse(query.Q);
        var fq = CkanQueryParser.Parse(query.Fq);
        var matcher = new CkanMatcher(query.Now);
        matcher.Check(q);
        matcher.Check(fq);
        var terms = CkanMatcher.FreeTextTerms(q);
        var matched = documents
            .Where(d => (fq is null || matcher.Matches(fq, d)) && (q is null || matcher.Matches(q, d)))
            .Select(d => (Document: d, Score: d.Score(terms)))
            .ToList();

        var sort = string.IsNullOrWhiteSpace(query.Sort) ? DefaultSort : query.Sort;
        var page = Order(matched, sort).Skip(query.Start).Take(Math.Min(query.Rows, MaxRows)).Select(x => x.Document.Package).ToList();
        var (facets, searchFacets) = Facet(matched.Select(m => m.Document).ToList(), query);
        return new CkanSearchResult(matched.Count, sort, page, facets, searchFacets);
    }

    private static IEnumerable<(CkanDocument Document, int Score)> Order(List<(CkanDocument Document, int Score)> matched, string sort)
    {
        IOrderedEnumerable<(CkanDocument Document, int Score)>? ordered = null;
        foreach (var clause in sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length == 2 && parts[1] == "desc";
            ordered = parts[0] switch
            {
                "score" => Then(ordered, matched, x => x.Score, Comparer<int>.Default, descending),
                "num_resources" or "num_tags" => Then(ordered, matched, x => x.Document.Package[parts[0]]?.GetValue<int>() ?? 0, Comparer<int>.Default, descending),
                var field => Then(ordered, matched, x => x.Document.SortText(field), StringComparer.Ordinal, descending),
            };
        }

        return (ordered ?? matched.OrderBy(_ => 0)).ThenBy(x => x.Document.SortText("name"), StringComparer.Ordinal);
    }

    private static IOrderedEnumerable<T> Then<T, TKey>(IOrderedEnumerable<T>? ordered, IEnumerable<T> source, Func<T, TKey> key, IComparer<TKey> comparer, bool descending) =>
        ordered is null
            ? descending ? source.OrderByDescending(key, comparer) : source.OrderBy(key, comparer)
            : descending ? ordered.ThenByDescending(key, comparer) : ordered.ThenBy(key, comparer);

    private static (JsonObject Facets, JsonObject SearchFacets) Facet(List<CkanDocument> matched, CkanSearchQuery query)
    {
        var facets = new JsonObject();
        var searchFacets = new JsonObject();
        foreach (var field in query.FacetFields.Distinct().Take(MaxFacetFields))
        {
            var counts = matched.SelectMany(d => d.Values(field).Where(v => v.Length > 0).Distinct())
                .GroupBy(v => v, StringComparer.Ordinal)
                .Select(g => (Name: g.Key, Count: g.Count()))
                .Where(g => g.Count >= query.FacetMinCount)
                .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)
                .Take(query.FacetLimit < 0 ? int.MaxValue : query.FacetLimit)
                .ToList();
            facets[field] = new JsonObject(counts.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)c.Count)));
            searchFacets[field] = new JsonObject
            {
                ["title"] = field,
                ["items"] = new JsonArray(counts.Select(c => (JsonNode)new JsonObject
                {
                    ["name"] = c.Name, ["display_name"] = DisplayName(matched, field, c.Name), ["count"] = c.Count,
                }).ToArray()),
            };
        }

        return (facets, searchFacets);
    }

    private static string DisplayName(List<CkanDocument> matched, string field, string name) =>
        field == "organization"
            ? matched.FirstOrDefault(d => d.Values("organization").Contains(name))?.Values("organization_title").FirstOrDefault() ?? name
            : name;
}
