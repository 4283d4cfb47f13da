using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>The licences the GD Catalog's schema offers (its license_id choices), in CKAN's license_list shape.</summary>
public static class CkanLicenses
{
    public const string NotSpecified = "License not specified";
    public const string Other = "อื่นๆ";

    private static readonly IReadOnlyList<(string Id, string Url, bool Open)> Known =
    [
        (NotSpecified, "", false),
        ("Creative Commons Attributions", "https://creativecommons.org/licenses/by/4.0/", true),
        ("Creative Commons Attribution Share-Alike", "https://creativecommons.org/licenses/by-sa/4.0/", true),
        ("Creative Commons Non-Commercial (Any)", "https://creativecommons.org/licenses/by-nc/4.0/", false),
        ("Open Data Common", "https://opendatacommons.org/licenses/by/", true),
        ("GNU Free Documentation License", "https://www.gnu.org/licenses/fdl-1.3.html", true),
        (Other, "", false),
    ];

    /// <summary>Our free-text licence as one of the schema's ids; anything else is "other" (its text goes in license_id_other).</summary>
    public static string IdOf(string? license) =>
        string.IsNullOrWhiteSpace(license) ? NotSpecified : Known.Any(k => k.Id == license.Trim()) ? license.Trim() : Other;

    public static JsonArray List() => new(Known.Select(k => (JsonNode)new JsonObject
    {
        ["id"] = k.Id,
        ["title"] = k.Id,
        ["url"] = k.Url,
        ["status"] = "active",
        ["maintainer"] = "",
        ["family"] = "",
        ["domain_content"] = k.Open,
        ["domain_data"] = k.Open,
        ["domain_software"] = false,
        ["is_generic"] = k.Url.Length == 0,
        ["is_okd_compliant"] = k.Open,
        ["is_osi_compliant"] = false,
        ["od_conformance"] = k.Open ? "approved" : "not reviewed",
        ["osd_conformance"] = "not reviewed",
    }).ToArray());
}
