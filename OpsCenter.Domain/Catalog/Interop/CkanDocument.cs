using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>A package as Solr indexes it for CKAN: field values by Solr field name, and the free text to search.</summary>
public sealed class CkanDocument(JsonObject package)
{
    private string? _title;
    private string? _text;

    public JsonObject Package { get; } = package;

    /// <summary>What <c>title_string</c>, <c>name</c> and other single-valued fields sort by.</summary>
    public string SortText(string field) => Values(field == "title_string" ? "title" : field).FirstOrDefault() ?? "";

    public IEnumerable<string> Values(string field) => field switch
    {
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

        _title ??= $"{Text(Package["title"])} {Text(Package["title_en"])} {Text(Package["name"])}";
        return terms.Sum(t => _title.Contains(t.Value, StringComparison.OrdinalIgnoreCase) ? 3 : FreeText.Contains(t.Value, StringComparison.OrdinalIgnoreCase) ? 1 : 0);
    }

    /// <summary>CKAN's Solr "text" field: names, titles, notes, tags, organization, resources, and extras' values.</summary>
    public string FreeText => _text ??= string.Join(' ',
        new[] { "name", "title", "title_en", "notes", "maintainer", "author", "data_source", "objective" }.SelectMany(Values)
            .Concat(Values("tags")).Concat(Values("res_name"))
            .Append(Text(Package["organization"]?["title"])).Append(Text(Package["organization"]?["name"])));

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
