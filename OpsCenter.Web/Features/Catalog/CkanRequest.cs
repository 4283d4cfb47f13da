using System.Text.Json.Nodes;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Common;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>One action call: its parameters, the province's catalog, who asks, and the help URL every answer carries.</summary>
public sealed record CkanRequest(string Action, string Help, CkanParameters Parameters, IReadOnlyList<CatalogEntry> Entries, Actor Viewer, string BaseUrl, DateTime Now, string Province)
{
    /// <summary>The request's path and query string, from which datastore_search builds its _links as CKAN does.</summary>
    public string Path { get; init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    public IEnumerable<CatalogEntry> Listed(bool includePrivate) => CkanVisibility.Listed(Entries, Viewer, includePrivate);

    public JsonObject Package(CatalogEntry entry) => CkanPackages.Package(entry, BaseUrl, Now);

    public CatalogEntry? FindPackage(string id) =>
        Entries.FirstOrDefault(e => e.Dataset.Slug == id || CkanIds.Package(e.Dataset.Slug) == id);

    /// <summary>Not found, or CKAN's refusal for a private dataset the caller is not cleared for; null when it may be shown.</summary>
    public IResult? Refusal(CatalogEntry? entry, string id) => entry switch
    {
        null => CkanResponses.NotFound(Help),
        _ when !CkanVisibility.CanSee(entry, Viewer) => CkanResponses.NotAuthorized(Help, $"Access denied: User not authorized to read package {id}"),
        _ => null,
    };
}
