using System.Text.Json.Nodes;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>
/// Our catalog in CKAN's package and organization dictionaries (CKAN Action API field names), with the thai_gdc
/// ckanext-thai_gdc fields of the dataset's type (<see cref="GdcFields"/>) the GD Catalog harvests.
/// </summary>
public static class CkanPackages
{
    public static JsonObject Package(CatalogEntry entry, string baseUrl, DateTime nowUtc)
    {
        var package = CorePackage(entry, baseUrl, nowUtc);
        GdcFields.AddTo(package, entry);
        return package;
    }

    private static JsonObject CorePackage(CatalogEntry entry, string baseUrl, DateTime nowUtc)
    {
        var d = entry.Dataset;
        var tags = new JsonArray(d.TagList.Select(t => (JsonNode)new JsonObject
        {
            ["id"] = CkanIds.For("tag", t), ["name"] = t, ["display_name"] = t, ["state"] = "active", ["vocabulary_id"] = null,
        }).ToArray());
        var resources = new JsonArray(entry.Versions.Select((v, i) => (JsonNode)Resource(entry, v, i, baseUrl)).ToArray());
        return new JsonObject
        {
            ["id"] = CkanIds.Package(d.Slug),
            ["name"] = d.Slug,
            ["title"] = d.TitleTh,
            ["title_en"] = d.TitleEn,
            ["notes"] = d.Description ?? "",
            ["type"] = "dataset",
            ["state"] = "active",
            ["private"] = entry.IsPrivate,
            ["owner_org"] = CkanIds.Organization(entry.Owner.Code),
            ["organization"] = Organization(entry.Owner, null, baseUrl),
            ["maintainer"] = d.Maintainer,
            ["maintainer_email"] = d.MaintainerEmail,
            ["author"] = entry.Owner.NameTh,
            ["author_email"] = null,
            ["license_id"] = CkanLicenses.IdOf(d.License),
            ["license_title"] = CkanLicenses.IdOf(d.License),
            ["url"] = $"{baseUrl.TrimEnd('/')}/catalog/{d.Slug}",
            ["version"] = entry.Versions.Count == 0 ? null : entry.Versions[0].Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["metadata_created"] = CkanIds.Timestamp(d.CreatedAt),
            ["metadata_modified"] = CkanIds.Timestamp(entry.MetadataModified),
            ["num_tags"] = d.TagList.Count,
            ["num_resources"] = entry.Versions.Count,
            ["tags"] = tags,
            ["resources"] = resources,
            ["groups"] = new JsonArray(),
            ["extras"] = new JsonArray(),
            ["relationships_as_object"] = new JsonArray(),
            ["relationships_as_subject"] = new JsonArray(),
            ["isopen"] = d.Classification == DataClassification.Public,
            ["data_type"] = GdcVocabulary.ThaiOf(d.DataType),
            ["update_frequency_unit"] = GdcVocabulary.ThaiOf(d.FrequencyUnit),
            ["update_frequency_interval"] = d.FrequencyInterval.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["geo_coverage"] = GdcVocabulary.ThaiOf(d.GeoCoverage),
            ["data_source"] = d.DataSource,
            ["data_category"] = GdcVocabulary.ThaiOf(d.Classification),
            ["last_updated_date"] = d.LastDataUpdateAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["opscenter_freshness"] = FreshnessName(d.FreshnessAt(nowUtc)),
            ["opscenter_next_due"] = d.NextDueAt is { } due ? CkanIds.Timestamp(due) : null,
        };
    }

    public static JsonObject Organization(Agency agency, int? packageCount, string baseUrl)
    {
        var org = new JsonObject
        {
            ["id"] = CkanIds.Organization(agency.Code),
            ["name"] = CkanIds.OrganizationName(agency.Code),
            ["title"] = agency.NameTh,
            ["title_en"] = agency.NameEn,
            ["display_name"] = agency.NameTh,
            ["description"] = agency.NameEn,
            ["type"] = "organization",
            ["is_organization"] = true,
            ["state"] = "active",
            ["approval_status"] = "approved",
            ["image_url"] = "",
            ["created"] = CkanIds.Timestamp(new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc)),
            ["url"] = $"{baseUrl.TrimEnd('/')}/catalog?agency={agency.Id}",
        };
        if (packageCount is { } count)
        {
            org["package_count"] = count;
        }

        return org;
    }

    public static string FreshnessName(FreshnessState state) => state switch
    {
        FreshnessState.Current => "current",
        FreshnessState.DueSoon => "due_soon",
        _ => "overdue",
    };

    private static JsonObject Resource(CatalogEntry entry, DatasetVersion v, int position, string baseUrl)
    {
        var resource = CoreResource(entry, v, position, baseUrl);
        GdcFields.AddTo(resource, entry, v);
        return resource;
    }

    private static JsonObject CoreResource(CatalogEntry entry, DatasetVersion v, int position, string baseUrl) => new()
    {
        ["id"] = CkanIds.Resource(v.Id),
        ["package_id"] = CkanIds.Package(entry.Dataset.Slug),
        ["name"] = v.FileName,
        ["description"] = $"ฉบับที่ {v.Number} · {v.RowCount:N0} แถว · อัปโหลดโดย {v.UploadedByName}",
        ["url"] = entry.ResourceUrl(baseUrl, v),
        ["format"] = v.Format,
        ["mimetype"] = MediaType(v.Format),
        ["size"] = v.SizeBytes,
        ["hash"] = string.IsNullOrEmpty(v.Sha256) ? "" : "sha256:" + v.Sha256,
        ["created"] = CkanIds.Timestamp(v.UploadedAt),
        ["last_modified"] = CkanIds.Timestamp(v.UploadedAt),
        ["metadata_modified"] = CkanIds.Timestamp(v.UploadedAt),
        ["position"] = position,
        ["state"] = "active",
        ["url_type"] = v.HasContent ? "upload" : null,
        ["resource_type"] = null,
        ["datastore_active"] = v.HasContent,
    };

    public static string MediaType(string format) => format.ToUpperInvariant() switch
    {
        "CSV" => "text/csv",
        "XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "JSON" => "application/json",
        _ => "application/octet-stream",
    };
}
