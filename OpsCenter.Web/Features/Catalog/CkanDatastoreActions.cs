using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>
/// CKAN's DataStore read actions over the warehouse: datastore_search and datastore_info, answered as CKAN 2.10 shapes
/// them. A resource is one stored version. Rows of classified datasets need the caller's clearance (CKAN's
/// Authorization Error otherwise). datastore_search_sql is not offered: see docs/warehouse.md.
/// </summary>
public static class CkanDatastoreActions
{
    public static async Task<IResult> SearchAsync(CkanRequest r, WarehouseReader warehouse, CancellationToken ct)
    {
        if (Find(r, out var id) is not { } found)
        {
            return Missing(r, id);
        }

        var (search, field, problem) = DatastoreSearchParameters.Parse(r.Parameters, warehouse.Options.MaxRows);
        if (search is null)
        {
            return CkanResponses.ValidationError(r.Help, field, problem);
        }

        RowsResult rows;
        try
        {
            rows = await warehouse.SearchAsync(found.Entry.Dataset, found.Version, search, r.Viewer, ct);
        }
        catch (WarehouseQueryException e)
        {
            return CkanResponses.ValidationError(r.Help, e.Field == "timeout" ? "query" : e.Field, e.Message);
        }

        if (Refusal(r, rows, id) is { } refusal)
        {
            return refusal;
        }

        var format = r.Parameters.Text("records_format") ?? "objects";
        var page = rows.Page!;
        var result = new JsonObject
        {
            ["include_total"] = search.IncludeTotal,
            ["limit"] = search.Limit,
            ["records_format"] = format,
            ["resource_id"] = id,
            ["total_estimation_threshold"] = null,
        };
        Echo(r, result, "filters", "q", "sort", "distinct");
        if (r.Parameters.Has("offset"))
        {
            result["offset"] = search.Offset;
        }

        result["records"] = Records(page, format);
        result["fields"] = new JsonArray(page.Fields.Select(f => (JsonNode)new JsonObject { ["id"] = f.Name, ["type"] = f.CkanType }).ToArray());
        result["_links"] = Links(r, search);
        if (page.Total is { } total)
        {
            result["total"] = total;
            result["total_was_estimated"] = false;
        }

        return CkanResponses.Success(r.Help, result);
    }

    public static async Task<IResult> InfoAsync(CkanRequest r, WarehouseReader warehouse, CancellationToken ct)
    {
        if (Find(r, out var id) is not { } found)
        {
            return Missing(r, id);
        }

        var rows = await warehouse.DescribeAsync(found.Entry.Dataset, found.Version, r.Viewer, ct);
        if (Refusal(r, rows, id) is { } refusal)
        {
            return refusal;
        }

        var table = rows.Table!;
        var size = new FileInfo(table.ParquetPath).Length;
        return CkanResponses.Success(r.Help, new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["aliases"] = new JsonArray(),
                ["count"] = table.RowCount,
                ["db_size"] = size,
                ["id"] = id,
                ["idx_size"] = 0,
                ["size"] = size,
                ["table_type"] = "BASE TABLE",
            },
            ["fields"] = new JsonArray(table.Columns.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Name,
                ["type"] = c.CkanType,
                ["schema"] = new JsonObject
                {
                    ["native_type"] = c.DuckType.ToLowerInvariant(),
                    ["index_name"] = null,
                    ["is_index"] = false,
                    ["notnull"] = false,
                    ["uniquekey"] = false,
                },
            }).ToArray()),
        });
    }

    private static (CatalogEntry Entry, DatasetVersion Version)? Find(CkanRequest r, out string id)
    {
        id = r.Parameters.Text("resource_id") ?? r.Parameters.Text("id") ?? "";
        foreach (var entry in r.Entries)
        {
            foreach (var version in entry.Versions)
            {
                if (version.HasContent && CkanIds.Resource(version.Id) == id)
                {
                    return (entry, version);
                }
            }
        }

        return null;
    }

    private static IResult Missing(CkanRequest r, string id) => id.Length == 0
        ? CkanResponses.ValidationError(r.Help, "resource_id", "Missing value")
        : CkanResponses.NotFound(r.Help, $"Resource \"{id}\" was not found.");

    private static IResult? Refusal(CkanRequest r, RowsResult rows, string id) => rows.Answer switch
    {
        RowsAnswer.NotCleared => CkanResponses.NotAuthorized(r.Help, $"Access denied: User not authorized to read resource {id}"),
        RowsAnswer.NotFound => CkanResponses.NotFound(r.Help, $"Resource \"{id}\" was not found."),
        _ => null,
    };

    private static void Echo(CkanRequest r, JsonObject result, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (r.Parameters.Node(key) is { } value)
            {
                result[key] = key == "distinct" ? r.Parameters.Bool(key) : value.DeepClone();
            }
        }
    }

    private static JsonNode Records(RowPage page, string format)
    {
        switch (format)
        {
            case "lists":
                return new JsonArray(page.Records.Select(r => (JsonNode)new JsonArray(r.Select(Json).ToArray())).ToArray());
            case "csv" or "tsv":
                var text = new StringBuilder();
                foreach (var record in page.Records)
                {
                    text.AppendJoin(format == "csv" ? ',' : '\t', record.Select(v => Delimited(v, format == "csv" ? ',' : '\t'))).Append("\r\n");
                }

                return JsonValue.Create(text.ToString());
            default:
                return new JsonArray(page.Records.Select(r =>
                {
                    var row = new JsonObject();
                    for (var i = 0; i < page.Fields.Count; i++)
                    {
                        row[page.Fields[i].Name] = Json(r[i]);
                    }

                    return (JsonNode)row;
                }).ToArray());
        }
    }

    private static JsonNode? Json(object? value) => value switch
    {
        null => null,
        DateTime t => JsonValue.Create(t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        long n => JsonValue.Create(n),
        int n => JsonValue.Create(n),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static string Delimited(object? value, char separator)
    {
        var text = Json(value) switch
        {
            null => "",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            var other => other.ToJsonString(),
        };
        return text.Contains(separator) || text.Contains('"') || text.Contains('\n') || text.Contains('\r')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>As CKAN builds them: the request's own path and query, without offset for start and with the next offset for next.</summary>
    private static JsonObject Links(CkanRequest r, RowSearch search)
    {
        var query = r.Query.Where(q => q.Key != "offset").ToList();
        var links = new JsonObject
        {
            ["start"] = WithQuery(r.Path, query),
            ["next"] = WithQuery(r.Path, [.. query, new("offset", (search.Offset + search.Limit).ToString(CultureInfo.InvariantCulture))]),
        };
        if (search.Offset - search.Limit > 0)
        {
            links["prev"] = WithQuery(r.Path, [.. query, new("offset", (search.Offset - search.Limit).ToString(CultureInfo.InvariantCulture))]);
        }

        return links;
    }

    private static string WithQuery(string path, List<KeyValuePair<string, string>> query) =>
        query.Count == 0 ? path : path + "?" + string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
}
