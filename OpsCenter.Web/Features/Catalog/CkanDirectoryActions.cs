using System.Text.Json.Nodes;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>Organizations (our agencies), groups (none: the province files datasets by agency only), tags.</summary>
public static class CkanDirectoryActions
{
    public static IResult OrganizationList(CkanRequest r)
    {
        var p = r.Parameters;
        if (p.Natural("limit", out var limit, 1000) is not null || p.Natural("offset", out var offset, 0) is not null)
        {
            return CkanResponses.ValidationError(r.Help, p.LastField, p.LastProblem);
        }

        var counts = r.Listed(includePrivate: true).GroupBy(e => e.Owner.Id).ToDictionary(g => g.Key, g => g.Count());
        var agencies = r.Entries.Select(e => e.Owner).DistinctBy(a => a.Id)
            .OrderBy(a => CkanIds.OrganizationName(a.Code), StringComparer.Ordinal).Skip(offset).Take(Math.Min(limit, 1000)).ToList();
        var result = p.Bool("all_fields")
            ? new JsonArray(agencies.Select(a => (JsonNode)CkanPackages.Organization(a, counts.GetValueOrDefault(a.Id), r.BaseUrl)).ToArray())
            : new JsonArray(agencies.Select(a => (JsonNode)CkanIds.OrganizationName(a.Code)!).ToArray());
        return CkanResponses.Success(r.Help, result);
    }

    public static async Task<IResult> OrganizationShowAsync(CkanRequest r, CatalogQuery catalog, CancellationToken ct)
    {
        if (r.Parameters.Text("id") is not { } id)
        {
            return CkanResponses.ValidationError(r.Help, "id", "Missing value");
        }

        var agency = (await catalog.AgenciesAsync(r.Province, ct))
            .FirstOrDefault(a => CkanIds.OrganizationName(a.Code) == id || CkanIds.Organization(a.Code) == id);
        if (agency is null)
        {
            return CkanResponses.NotFound(r.Help);
        }

        var own = r.Listed(includePrivate: true).Where(e => e.Owner.Id == agency.Id).ToList();
        var org = CkanPackages.Organization(agency, own.Count, r.BaseUrl);
        if (r.Parameters.Bool("include_datasets"))
        {
            org["packages"] = new JsonArray(own.Select(e => (JsonNode)r.Package(e)).ToArray());
        }

        org["users"] = new JsonArray();
        org["extras"] = new JsonArray();
        org["groups"] = new JsonArray();
        org["tags"] = new JsonArray();
        return CkanResponses.Success(r.Help, org);
    }

    public static IResult GroupList(CkanRequest r) => CkanResponses.Success(r.Help, new JsonArray());

    public static IResult GroupShow(CkanRequest r) =>
        r.Parameters.Text("id") is null ? CkanResponses.ValidationError(r.Help, "id", "Missing value") : CkanResponses.NotFound(r.Help, "Group was not found.");

    public static IResult TagList(CkanRequest r)
    {
        var p = r.Parameters;
        if (p.Text("vocabulary_id") is { } vocabulary)
        {
            return CkanResponses.NotFound(r.Help, $"Could not find vocabulary \"{vocabulary}\"");
        }

        var query = p.Text("query") ?? p.Text("q");
        var tags = r.Listed(includePrivate: false).SelectMany(e => e.Dataset.TagList).Distinct(StringComparer.Ordinal)
            .Where(t => query is null || t.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        return CkanResponses.Success(r.Help, p.Bool("all_fields")
            ? new JsonArray(tags.Select(t => (JsonNode)new JsonObject { ["id"] = CkanIds.For("tag", t), ["name"] = t, ["vocabulary_id"] = null }).ToArray())
            : new JsonArray(tags.Select(t => (JsonNode)t!).ToArray()));
    }
}
