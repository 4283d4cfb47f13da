using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>
/// A package as Solr indexes it for CKAN: field values by Solr field name, and the free text to search. Built from a
/// catalog entry, the fields harvesters filter and sort on are read straight from it and the full package dictionary
/// is built only when a query needs another field or the package is on the page returned.
/// </summary>
public sealed class CkanDocument
{
    private readonly Lazy<JsonObject> _package;
    private readonly Dictionary<string, string[]>? _known;
    private string? _title;
    private string? _text;

    public CkanDocument(JsonObject package) => _package = new(package);

    private CkanDocument(Func<JsonObject> build, Dictionary<string, string[]> known) => (_package, _known) = (new(build), known);

    public JsonObject Package => _package.Value;

    public static CkanDocument Of(CatalogEntry entry, Func<CatalogEntry, JsonObject> build)
    {
        var d = entry.Dataset;
        return new CkanDocument(() => build(entry), new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["id"] = [CkanIds.Package(d.Slug)],
            ["name"] = [d.Slug],
            ["title"] = [d.TitleTh],
            ["title_string"] = [d.TitleTh],
            ["organization"] = [CkanIds.OrganizationName(entry.Owner.Code)],
            ["organization_title"] = [entry.Owner.NameTh],
            ["owner_org"] = [CkanIds.Organization(entry.Owner.Code)],
            ["metadata_modified"] = [CkanIds.Timestamp(entry.MetadataModified)],
            ["metadata_created"] = [CkanIds.Timestamp(d.CreatedAt)],
            ["tags"] = [.. d.TagList],
            ["res_format"] = [.. entry.Versions.Select(v => v.Format).Distinct(StringComparer.Ordinal)],
            ["capacity"] = [entry.IsPrivate ? "private" : "public"],
        });
    }

    /// <summary>What <c>title_string</c>, <c>name</c> and other single-valued fields sort by.</summary>
    public string SortText(string field) => Values(field == "title_string" ? "title" : field).FirstOrDefault() ?? "";

    public IEnumerable<string> Values(string field) =>
        _known is not null && _known.TryGetValue(field, out var known) ? known : PackageValues(field);

    private IEnumerable<string> PackageValues(string field) => field switch
    {
        "organization_title" => [Text(Package["organization"]?["title"])],
        "organization" => [Text(Package["organization"]?["name"])],
        "tags" => Names("tags", "name"),
        "groups" => Names("groups", "name"),
        "res_format" => Names("resources", "format").Distinct(StringComparer.Ordinal),
        "res_name" => Names("resources", "name"),
        "res_url" => Names("resources", "url"),
        "title_string" => [Text(Package["title"])],
        "capacity" => [Package["private"]?.GetValue<bool>() == true ? "private" : "public"],
        "dataset_type" or "entity_type" => ["dataset"],
        "text" => [FreeText],
        _ => Package[field] switch
        {
            JsonArray items => items.Select(Text),
            JsonValue value => [Text(value)],
            _ => [],
        },
    };

    public int Score(IReadOnlyList<CkanTerm> terms)
    {
        if (terms.Count == 0)
        {
            return 1;
        }

        _title ??= string.Join(' ', Values("title").Concat(Values("title_en")).Concat(Values("name")));
        return terms.Sum(t => _title.Contains(t.Value, StringComparison.OrdinalIgnoreCase) ? 3 : FreeText.Contains(t.Value, StringComparison.OrdinalIgnoreCase) ? 1 : 0);
    }

    /// <summary>CKAN's Solr "text" field: names, titles, notes, tags, organization, resources, and extras' values.</summary>
    public string FreeText => _text ??= string.Join(' ',
        new[] { "name", "title", "title_en", "notes", "maintainer", "author", "data_source", "objective", "tags", "res_name", "organization_title", "organization" }
            .SelectMany(Values));

    private IEnumerable<string> Names(string list, string key) =>
        (Package[list] as JsonArray ?? []).Select(item => Text(item?[key]));

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValueKind() == JsonValueKind.True ? "true" : "false",
        JsonValue v => v.ToJsonString(),
        _ => "",
    };
}
