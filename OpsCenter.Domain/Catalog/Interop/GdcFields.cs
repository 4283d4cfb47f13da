using System.Globalization;
using System.Text.Json.Nodes;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>
/// Our dataset in every field <see cref="GdcSchema"/> gives its type, with the schema's Thai choice values. What we do
/// not record is given as the schema's own "unknown" choice or left empty, never invented.
/// </summary>
public static class GdcFields
{
    private const string Other = "อื่นๆ";
    private const string Unknown = "ไม่ทราบ";

    public static void AddTo(JsonObject package, CatalogEntry entry)
    {
        foreach (var field in GdcSchema.DatasetFieldsFor(entry.Dataset.DataType).Where(f => !package.ContainsKey(f.Name)))
        {
            package[field.Name] = Dataset(field, entry);
        }
    }

    public static void AddTo(JsonObject resource, CatalogEntry entry, DatasetVersion version)
    {
        foreach (var field in GdcSchema.ResourceFieldsFor(entry.Dataset.DataType).Where(f => !resource.ContainsKey(f.Name)))
        {
            resource[field.Name] = Resource(field, entry, version);
        }
    }

    /// <summary>Under the data governance framework only public data is opened to the national catalog.</summary>
    public static string AllowHarvest(DataClassification classification) => classification == DataClassification.Public ? "True" : "False";

    public static string AccessibleCondition(DataClassification classification) => classification switch
    {
        DataClassification.Public => "เปิดเผยเป็นข้อมูลสาธารณะ ใช้ได้โดยไม่ต้องขออนุญาต",
        DataClassification.Personal => "เข้าถึงได้เฉพาะผู้ได้รับอนุญาตตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        DataClassification.Security => "เข้าถึงได้เฉพาะเจ้าหน้าที่ที่ได้รับอนุญาตด้านความมั่นคง",
        _ => "เข้าถึงได้เฉพาะผู้ได้รับอนุญาตตามระเบียบว่าด้วยการรักษาความลับของทางราชการ",
    };

    private static JsonNode? Dataset(GdcField field, CatalogEntry entry)
    {
        var d = entry.Dataset;
        var first = entry.Versions.Count == 0 ? d.CreatedAt : entry.Versions[^1].UploadedAt;
        var last = d.LastDataUpdateAt ?? first;
        return field.Name switch
        {
            "allow_harvest" => AllowHarvest(d.Classification),
            "accessible_condition" => AccessibleCondition(d.Classification),
            "objective" => Choice(field, d.Objective, Unknown),
            "objective_other" => OtherText("objective", d.Objective),
            "data_format" => Choice(field, d.DataFormat, Unknown),
            "data_format_other" => OtherText("data_format", d.DataFormat),
            "license_id_other" => OtherText("license_id", d.License),
            "data_language" => new JsonArray("ไทย"),
            "data_support" => "หน่วยงานของรัฐ",
            "data_collect" => d.Classification == DataClassification.Personal ? "บุคคล" : Unknown,
            "high_value_dataset" or "reference_data" or "official_statistics" => "False",
            "first_year_of_data" => BuddhistYear(first),
            "last_year_of_data" => BuddhistYear(last),
            "data_release_calendar" => d.NextDueAt is { } due ? Day(due) : "",
            "data_release_date" => Day(last),
            "created_date" => Day(d.CreatedAt),
            "disaggregate" => new JsonArray(d.GeoCoverage == GeoCoverage.Province ? "ไม่มี" : "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่"),
            "unit_of_multiplier" => "หน่วย",
            _ => field.IsList ? new JsonArray() : "",
        };
    }

    private static JsonNode? Resource(GdcField field, CatalogEntry entry, DatasetVersion v) => field.Name switch
    {
        "resource_accessible_condition" => AccessibleCondition(entry.Dataset.Classification),
        "resource_data_collect" => entry.Dataset.Classification == DataClassification.Personal ? "บุคคล" : Unknown,
        "resource_created_date" or "resource_last_updated_date" or "resource_data_release_date" => Day(v.UploadedAt),
        "resource_first_year_of_data" or "resource_last_year_of_data" => BuddhistYear(v.UploadedAt),
        "resource_official_statistics" => "False",
        "resource_unit_of_multiplier" => "หน่วย",
        _ => field.IsList ? new JsonArray() : "",
    };

    /// <summary>A schema choice as the field's type wants it; free text outside the choices becomes "other".</summary>
    private static JsonNode Choice(GdcField field, string? value, string fallback)
    {
        var choice = string.IsNullOrWhiteSpace(value) ? fallback : GdcSchema.Choices[field.Name].Contains(value.Trim()) ? value.Trim() : Other;
        return field.IsList ? new JsonArray(choice) : choice;
    }

    private static string OtherText(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) || GdcSchema.Choices[field].Contains(value.Trim()) ? "" : value.Trim();

    private static string Day(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string BuddhistYear(DateTime utc) => (utc.Year + 543).ToString(CultureInfo.InvariantCulture);
}
