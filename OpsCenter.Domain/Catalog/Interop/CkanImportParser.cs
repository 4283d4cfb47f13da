using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Interop;

public sealed record ImportedResource(string Name, string Url, string Format, DateTime? LastModified);

/// <summary>One package read from a CKAN dump, with what was wrong with it (errors stop it) and what was assumed (warnings).</summary>
public sealed record ImportedPackage(
    string Name,
    string Title,
    string? Organization,
    Dataset? Dataset,
    IReadOnlyList<ImportedResource> Resources,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0 && Dataset is not null;
}

/// <summary>
/// Reads what an agency's CKAN (GD Catalog with thai_gdc) gives back: a package_show answer, a package_search answer,
/// a bare package or a list of packages. Messages are Thai with English, for the validation report.
/// </summary>
public static class CkanImportParser
{
    public static IReadOnlyList<ImportedPackage> Parse(string json, string provinceCode, DateTime nowUtc)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"ไม่ใช่ JSON ที่ถูกต้อง / Not valid JSON: {ex.Message}", ex);
        }

        return Packages(root).Select(p => Package(p, provinceCode, nowUtc)).ToList();
    }

    private static IEnumerable<JsonObject> Packages(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return array.OfType<JsonObject>();
            case JsonObject o when o["result"] is JsonObject { } result && result["results"] is JsonArray results:
                return results.OfType<JsonObject>();
            case JsonObject o when o["result"] is JsonObject { } result:
                return [result];
            case JsonObject o when o["result"] is JsonArray list:
                return list.OfType<JsonObject>();
            case JsonObject o when o.ContainsKey("name") || o.ContainsKey("title"):
                return [o];
            default:
                throw new FormatException("ไม่พบชุดข้อมูลในไฟล์ (ต้องเป็นผลของ package_show หรือ package_search) / No CKAN package found (expected a package_show or package_search answer)");
        }
    }

    private static ImportedPackage Package(JsonObject p, string provinceCode, DateTime nowUtc)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var name = Text(p, "name") ?? "";
        var title = Text(p, "title") ?? "";
        if (!CkanIds.IsValidName(name))
        {
            errors.Add($"name \"{name}\": ต้องเป็นตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข - หรือ _ ยาว 2–100 ตัว / must be 2–100 lower-case letters, digits, - or _");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add("title: ไม่มีชื่อชุดข้อมูล / missing");
        }

        CheckPlace(p, provinceCode, errors, warnings);
        var unit = FrequencyOf(Text(p, "update_frequency_unit"), errors, warnings);
        var interval = IntervalOf(Text(p, "update_frequency_interval"), errors, warnings);
        var classification = GdcVocabulary.Parse(GdcVocabulary.Categories, Text(p, "data_category"));
        if (classification is null)
        {
            errors.Add($"data_category \"{Text(p, "data_category")}\": ไม่ทราบหมวดหมู่ข้อมูล จึงไม่อาจตัดสินว่าใครเห็นข้อมูลได้ / unknown, so who may see the data cannot be decided");
        }

        var dataType = GdcVocabulary.Parse(GdcVocabulary.DataTypes, Text(p, "data_type"));
        if (dataType is null)
        {
            warnings.Add($"data_type \"{Text(p, "data_type")}\": ใช้ \"ข้อมูลประเภทอื่นๆ\" / taken as other");
        }

        var coverage = GdcVocabulary.Parse(GdcVocabulary.GeoCoverages, Text(p, "geo_coverage"));
        if (coverage is null)
        {
            warnings.Add($"geo_coverage \"{Text(p, "geo_coverage")}\": ใช้ \"จังหวัด\" / taken as province");
        }

        var email = Text(p, "maintainer_email");
        if (email is not null && !email.Contains('@', StringComparison.Ordinal))
        {
            warnings.Add($"maintainer_email \"{email}\": ไม่ใช่อีเมล / not an e-mail address");
            email = null;
        }

        var resources = (p["resources"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(r => new ImportedResource(Text(r, "name") ?? Text(r, "url") ?? "", Text(r, "url") ?? "", (Text(r, "format") ?? "").ToUpperInvariant(),
                DateOf(Text(r, "last_modified")) ?? DateOf(Text(r, "created"))))
            .Where(r => r.Url.Length > 0)
            .ToList();
        var lastUpdate = new[] { DateOf(Text(p, "last_updated_date")) }.Concat(resources.Select(r => r.LastModified)).Max();
        if (lastUpdate is null)
        {
            warnings.Add("last_updated_date: ไม่ทราบวันที่ปรับปรุงข้อมูลล่าสุด จะนับเป็นเกินกำหนด / unknown, so the dataset counts as overdue");
        }
        else if (lastUpdate > nowUtc)
        {
            warnings.Add("last_updated_date: อยู่ในอนาคต ใช้วันนี้แทน / in the future, taken as today");
            lastUpdate = nowUtc;
        }

        var tags = (p["tags"] as JsonArray ?? []).OfType<JsonObject>().Select(t => Text(t, "name")).OfType<string>().ToList();
        if (tags.Count == 0 && Text(p, "tag_string") is { } tagString)
        {
            tags = Dataset.SplitTags(tagString).ToList();
        }

        Dataset? dataset = errors.Count > 0 ? null : new Dataset
        {
            ProvinceCode = provinceCode,
            Slug = name,
            TitleTh = title.Trim(),
            TitleEn = Text(p, "title_en"),
            FrequencyUnit = unit!.Value,
            FrequencyInterval = interval!.Value,
            Classification = classification!.Value,
            DataType = dataType ?? DatasetDataType.Other,
            GeoCoverage = coverage ?? GeoCoverage.Province,
            Maintainer = Text(p, "maintainer"),
            MaintainerEmail = email,
            Tags = string.Join(",", tags),
            Description = Text(p, "notes"),
            Objective = FirstOf(p["objective"]),
            DataSource = Text(p, "data_source"),
            DataFormat = FirstOf(p["data_format"]),
            License = Text(p, "license_title") ?? Text(p, "license_id"),
            LastDataUpdateAt = lastUpdate,
            CreatedAt = DateOf(Text(p, "metadata_created")) ?? nowUtc,
            MetadataModifiedAt = nowUtc,
        };
        return new ImportedPackage(name, title, p["organization"]?["name"]?.GetValue<string>() ?? Text(p, "owner_org"), dataset, resources, errors, warnings);
    }

    private static FrequencyUnit? FrequencyOf(string? thai, List<string> errors, List<string> warnings)
    {
        if (GdcVocabulary.Parse(GdcVocabulary.FrequencyUnits, thai) is { } unit)
        {
            return unit;
        }

        if (thai is not null && GdcVocabulary.SubDailyUnits.Contains(thai))
        {
            warnings.Add($"update_frequency_unit \"{thai}\": ติดตามเป็นรายวัน / tracked daily");
            return FrequencyUnit.Day;
        }

        errors.Add($"update_frequency_unit \"{thai}\": ไม่มีรอบการปรับปรุงที่ติดตามได้ / no update promise that freshness can track");
        return null;
    }

    private static int? IntervalOf(string? text, List<string> errors, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            warnings.Add("update_frequency_interval: ไม่ระบุ ใช้ 1 / missing, taken as 1");
            return 1;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000)
        {
            return n;
        }

        errors.Add($"update_frequency_interval \"{text}\": ต้องเป็นจำนวนเต็มบวก / must be a positive whole number");
        return null;
    }

    /// <summary>
    /// A package that belongs to another province's agency (its organization names only that province) is refused with
    /// the province named; a title that names only another province is a warning (a comparison across provinces is fine).
    /// </summary>
    private static void CheckPlace(JsonObject p, string provinceCode, List<string> errors, List<string> warnings)
    {
        var organization = p["organization"] is JsonObject org ? Text(org, "title") ?? Text(org, "name") : null;
        if (OnlyOtherProvince(organization, provinceCode) is { } owner)
        {
            errors.Add($"organization \"{organization}\": เป็นหน่วยงานของ{Areas.PlaceErrors.ThaiName(owner)} ไม่ใช่จังหวัดนี้ / belongs to {owner.NameEn}, not this province");
        }
        else if (OnlyOtherProvince(Text(p, "title"), provinceCode) is { } named)
        {
            warnings.Add($"title: ระบุ{Areas.PlaceErrors.ThaiName(named)} ไม่ใช่จังหวัดนี้ / names {named.NameEn}, not this province");
        }
    }

    /// <summary>The one province a text names with "จังหวัด…" (or Bangkok), when that is not <paramref name="provinceCode"/>.</summary>
    private static Areas.ProvinceOutline? OnlyOtherProvince(string? text, string provinceCode)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var named = Areas.ProvinceOutlines.Shipped.All
            .Where(o => text.Contains(o.Code == "10" ? o.NameTh : "จังหวัด" + o.NameTh, StringComparison.Ordinal)
                        || text.Contains(o.NameEn, StringComparison.OrdinalIgnoreCase) && text.Contains("Province", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return named.Count == 1 && named[0].Code != provinceCode ? named[0] : null;
    }

    private static string? Text(JsonObject o, string field) =>
        o[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim()
        : o[field] is JsonValue n && n.TryGetValue<double>(out var d) ? d.ToString(CultureInfo.InvariantCulture)
        : null;

    private static string? FirstOf(JsonNode? node) => node switch
    {
        JsonArray a => a.Select(x => x?.GetValue<string>()).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
        JsonValue v when v.TryGetValue<string>(out var s) => s.Trim('{', '}', '"').Split(',').FirstOrDefault(),
        _ => null,
    };

    /// <summary>CKAN writes UTC without a zone ("2024-01-15T10:20:30.123456") or a plain date.</summary>
    private static DateTime? DateOf(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
            : null;
}
