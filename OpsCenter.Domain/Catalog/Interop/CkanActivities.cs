using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>
/// A package's activity stream as CKAN's package_activity_list gives it, newest first: its creation, each new version
/// of the data, and the last change to its description.
/// </summary>
public static class CkanActivities
{
    public static IEnumerable<JsonObject> Of(CatalogEntry entry)
    {
        var d = entry.Dataset;
        var changes = entry.Versions.Select(v => (At: v.UploadedAt, Type: "changed package", Key: $"version:{v.Id}", User: (string?)v.UploadedByName))
            .Append((At: d.CreatedAt, Type: "new package", Key: "created", User: (string?)null));
        if (d.MetadataModifiedAt > d.CreatedAt)
        {
            changes = changes.Append((At: d.MetadataModifiedAt, Type: "changed package", Key: "metadata", User: null));
        }

        return changes.OrderByDescending(c => c.At).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new JsonObject
        {
            ["id"] = CkanIds.For("activity", $"{d.Slug}:{c.Key}"),
            ["timestamp"] = CkanIds.Timestamp(c.At),
            ["user_id"] = CkanIds.For("user", c.User ?? entry.Owner.Code),
            ["object_id"] = CkanIds.Package(d.Slug),
            ["activity_type"] = c.Type,
            ["data"] = new JsonObject
            {
                ["package"] = new JsonObject { ["id"] = CkanIds.Package(d.Slug), ["name"] = d.Slug, ["title"] = d.TitleTh },
            },
        });
    }
}
