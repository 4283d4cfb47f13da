using System.Text.Json.Nodes;
using OpsCenter.Domain.Catalog.Interop;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>The dataset actions: package_list/show/search, resource_show, package_activity_list, current_package_list_with_resources.</summary>
public static class CkanPackageActions
{
    /// <summary>CKAN's default and largest page of package_activity_list.</summary>
    private const int ActivityLimit = 31, MaxActivityLimit = 100;

    public static IResult List(CkanRequest r)
    {
        var p = r.Parameters;
        if (p.Natural("limit", out var limit, int.MaxValue) is not null || p.Natural("offset", out var offset, 0) is not null)
        {
            return CkanResponses.ValidationError(r.Help, p.LastField, p.LastProblem);
        }

        var names = r.Listed(includePrivate: false).Select(e => e.Dataset.Slug).Order(StringComparer.Ordinal).Skip(offset).Take(limit);
        return CkanResponses.Success(r.Help, new JsonArray(names.Select(n => (JsonNode)n!).ToArray()));
    }

    public static IResult Show(CkanRequest r)
    {
        if (r.Parameters.Text("id") is not { } id)
        {
            return CkanResponses.ValidationError(r.Help, "id", "Missing value");
        }

        var entry = r.FindPackage(id);
        return r.Refusal(entry, id) ?? CkanResponses.Success(r.Help, r.Package(entry!));
    }

    public static IResult Search(CkanRequest r)
    {
        var p = r.Parameters;
        if (p.Natural("rows", out var rows, 10) is not null || p.Natural("start", out var start, 0) is not null
            || p.Integer("facet.limit", out var facetLimit, 50) is not null || p.Integer("facet.mincount", out var facetMinCount, 1) is not null)
        {
            return CkanResponses.ValidationError(r.Help, p.LastField, p.LastProblem);
        }

        if (CkanSearch.SortProblem(p.Text("sort")) is { } sortProblem)
        {
            return CkanResponses.ValidationError(r.Help, "sort", sortProblem);
        }

        foreach (var key in new[] { "q", "fq" })
        {
            if (p.Text(key)?.Length > CkanSearch.MaxExpressionLength)
            {
                return CkanResponses.ValidationError(r.Help, key, $"Must be at most {CkanSearch.MaxExpressionLength} characters long");
            }
        }

        if (p.ListProblem("facet.field") is { } facetProblem)
        {
            return CkanResponses.ValidationError(r.Help, "facet.field", facetProblem);
        }

        var query = new CkanSearchQuery(p.Text("q"), p.Text("fq"), rows, start, p.Text("sort"))
        {
            Now = r.Now, FacetFields = p.List("facet.field"), FacetLimit = facetLimit, FacetMinCount = facetMinCount,
        };
        CkanSearchResult result;
        try
        {
            result = CkanSearch.Search(r.Listed(p.Bool("include_private")).Select(e => CkanDocument.Of(e, r.Package)), query);
        }
        catch (CkanQueryException e)
        {
            return CkanResponses.Error(r.Help, 409, "Search Error", new JsonObject { ["message"] = $"Search error: {e.Message}" });
        }

        return CkanResponses.Success(r.Help, new JsonObject
        {
            ["count"] = result.Count,
            ["sort"] = result.Sort,
            ["facets"] = result.Facets,
            ["results"] = new JsonArray(result.Results.Select(x => (JsonNode)x).ToArray()),
            ["search_facets"] = result.SearchFacets,
        });
    }

    public static IResult ResourceShow(CkanRequest r)
    {
        if (r.Parameters.Text("id") is not { } id)
        {
            return CkanResponses.ValidationError(r.Help, "id", "Missing value");
        }

        var entry = r.Entries.FirstOrDefault(e => e.Versions.Any(v => CkanIds.Resource(v.Id) == id));
        if (r.Refusal(entry, id) is { } refusal)
        {
            return refusal;
        }

        var resource = r.Package(entry!)["resources"]!.AsArray().First(x => x!["id"]!.GetValue<string>() == id)!;
        return CkanResponses.Success(r.Help, resource.DeepClone());
    }

    public static IResult ActivityList(CkanRequest r)
    {
        var p = r.Parameters;
        if (p.Text("id") is not { } id)
        {
            return CkanResponses.ValidationError(r.Help, "id", "Missing value");
        }

        if (p.Natural("limit", out var limit, ActivityLimit) is not null || p.Natural("offset", out var offset, 0) is not null)
        {
            return CkanResponses.ValidationError(r.Help, p.LastField, p.LastProblem);
        }

        var entry = r.FindPackage(id);
        if (r.Refusal(entry, id) is { } refusal)
        {
            return refusal;
        }

        var activities = CkanActivities.Of(entry!).Skip(offset).Take(Math.Min(limit, MaxActivityLimit));
        return CkanResponses.Success(r.Help, new JsonArray(activities.Select(a => (JsonNode)a).ToArray()));
    }

    public static IResult CurrentWithResources(CkanRequest r)
    {
        var p = r.Parameters;
        if (p.Natural("limit", out var limit, CkanSearch.MaxRows) is not null || p.Natural("offset", out var offset, 0) is not null)
        {
            return CkanResponses.ValidationError(r.Help, p.LastField, p.LastProblem);
        }

        var packages = r.Listed(includePrivate: false).OrderByDescending(e => e.MetadataModified).ThenBy(e => e.Dataset.Slug, StringComparer.Ordinal)
            .Skip(offset).Take(Math.Min(limit, CkanSearch.MaxRows)).Select(r.Package);
        return CkanResponses.Success(r.Help, new JsonArray(packages.Select(x => (JsonNode)x).ToArray()));
    }
}
