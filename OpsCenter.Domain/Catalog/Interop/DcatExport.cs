using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>The catalog as DCAT (W3C Data Catalog Vocabulary) in JSON-LD, with dct: terms and the EU frequency vocabulary.</summary>
public static class DcatExport
{
    private const string Frequencies = "http://publications.europa.eu/resource/authority/frequency/";

    public static JsonObject Catalog(IEnumerable<CatalogEntry> entries, string baseUrl, string titleTh, string titleEn, DateTime nowUtc)
    {
        var root = baseUrl.TrimEnd('/');
        return new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = $"{root}/catalog",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = new JsonArray(Lang(titleTh, "th"), Lang(titleEn, "en")),
            ["dct:modified"] = Date(nowUtc),
            ["dct:language"] = "th",
            ["dcat:dataset"] = new JsonArray(entries.Select(e => (JsonNode)Dataset(e, root)).ToArray()),
        };
    }

    public static string AccrualPeriodicity(FrequencyUnit unit, int interval) => Frequencies + (unit, interval) switch
    {
        (FrequencyUnit.Day, 1) => "DAILY",
        (FrequencyUnit.Week, 1) => "WEEKLY",
        (FrequencyUnit.Week, 2) => "BIWEEKLY",
        (FrequencyUnit.Month, 1) => "MONTHLY",
        (FrequencyUnit.Month, 2) => "BIMONTHLY",
        (FrequencyUnit.Quarter, 1) or (FrequencyUnit.Month, 3) => "QUARTERLY",
        (FrequencyUnit.HalfYear, 1) or (FrequencyUnit.Month, 6) => "ANNUAL_2",
        (FrequencyUnit.Year, 1) => "ANNUAL",
        (FrequencyUnit.Year, 2) => "BIENNIAL",
        (FrequencyUnit.Year, 3) => "TRIENNIAL",
        _ => "OTHER",
    };

    private static JsonObject Dataset(CatalogEntry e, string root)
    {
        var d = e.Dataset;
        var page = $"{root}/catalog/{d.Slug}";
        var dataset = new JsonObject
        {
            ["@id"] = page,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = CkanIds.Package(d.Slug),
            ["dct:title"] = new JsonArray(Lang(d.TitleTh, "th"), Lang(d.TitleEn ?? d.TitleTh, "en")),
            ["dct:description"] = d.Description ?? "",
            ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Organization", ["foaf:name"] = e.Owner.NameTh, ["dct:identifier"] = CkanIds.OrganizationName(e.Owner.Code) },
            ["dcat:keyword"] = new JsonArray(d.TagList.Select(t => (JsonNode)t!).ToArray()),
            ["dct:accrualPeriodicity"] = new JsonObject { ["@id"] = AccrualPeriodicity(d.FrequencyUnit, d.FrequencyInterval) },
            ["dct:issued"] = Date(d.CreatedAt),
            ["dct:modified"] = Date(d.LastDataUpdateAt ?? d.CreatedAt),
            ["dct:spatial"] = GdcVocabulary.ThaiOf(d.GeoCoverage),
            ["dct:accessRights"] = GdcVocabulary.ThaiOf(d.Classification),
            ["dct:license"] = d.License ?? "License not specified",
            ["dct:source"] = d.DataSource,
            ["dcat:landingPage"] = new JsonObject { ["@id"] = page },
            ["dcat:theme"] = GdcVocabulary.ThaiOf(d.DataType),
            ["dcat:distribution"] = new JsonArray(e.Versions.Select(v => (JsonNode)Distribution(e, v, root)).ToArray()),
        };
        if (d.Maintainer is not null || d.MaintainerEmail is not null)
        {
            dataset["dcat:contactPoint"] = new JsonObject
            {
                ["@type"] = "vcard:Kind",
                ["vcard:fn"] = d.Maintainer ?? e.Owner.NameTh,
                ["vcard:hasEmail"] = d.MaintainerEmail is null ? null : "mailto:" + d.MaintainerEmail,
            };
        }

        return dataset;
    }

    private static JsonObject Distribution(CatalogEntry e, DatasetVersion v, string root) => new()
    {
        ["@id"] = $"{root}/catalog/{e.Dataset.Slug}/versions/{v.Number}",
        ["@type"] = "dcat:Distribution",
        ["dct:title"] = v.FileName,
        ["dcat:downloadURL"] = new JsonObject { ["@id"] = e.ResourceUrl(root, v) },
        ["dcat:mediaType"] = CkanPackages.MediaType(v.Format),
        ["dct:format"] = v.Format,
        ["dcat:byteSize"] = new JsonObject { ["@value"] = v.SizeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), ["@type"] = "xsd:decimal" },
        ["dct:modified"] = Date(v.UploadedAt),
    };

    private static JsonObject Lang(string value, string language) => new() { ["@value"] = value, ["@language"] = language };

    private static JsonObject Date(DateTime utc) => new()
    {
        ["@value"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["@type"] = "xsd:dateTime",
    };
}
