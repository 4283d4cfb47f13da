using System.Text.Json.Nodes;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>status_show and help_show: what this catalog is, and each action's documentation as CKAN's help_show gives it.</summary>
public static class CkanHelp
{
    /// <summary>The CKAN release whose Action API this one follows; harvesters read it to choose how to talk.</summary>
    public const string CkanVersion = "2.10.5";

    private static readonly IReadOnlyDictionary<string, string> Docs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["status_show"] = "Return a dictionary with information about the site's configuration.",
        ["help_show"] = "Return the help string for a particular API action.\n\n:param name: Action function name (eg `package_search`)\n:type name: string",
        ["package_list"] = "Return a list of the names of the site's public datasets (packages).\n\n:param limit: if given, the list of datasets will be broken into pages of at most ``limit`` datasets per page\n:param offset: when ``limit`` is given, the offset to start returning packages from",
        ["package_show"] = "Return the metadata of a dataset (package) and its resources.\n\n:param id: the id or name of the dataset",
        ["package_search"] = "Searches for packages satisfying a given search criteria.\n\n:param q: the solr query (default ``\"*:*\"``)\n:param fq: any filter queries to apply\n:param sort: sorting of the search results, e.g. ``\"id asc\"`` or ``\"metadata_modified desc, name asc\"``\n:param rows: the maximum number of matching rows (datasets) to return (at most 1000)\n:param start: the offset in the complete result\n:param facet.field: the fields to facet upon (a JSON list)\n:param facet.limit: the maximum number of values each facet returns (default 50; negative: no limit)\n:param facet.mincount: the minimum count a facet value needs to be returned (default 1)\n:param include_private: if ``True``, private datasets the caller is cleared for are included",
        ["resource_show"] = "Return the metadata of a resource.\n\n:param id: the id of the resource",
        ["package_activity_list"] = "Return a package's activity stream (newest first).\n\n:param id: the id or name of the package\n:param offset: where to start getting activity items from\n:param limit: the maximum number of activities to return (default 31, at most 100)",
        ["current_package_list_with_resources"] = "Return a list of the site's datasets and their resources, most recently modified first.\n\n:param limit: if given, the list of datasets will be broken into pages of at most ``limit`` datasets per page\n:param offset: when ``limit`` is given, the offset to start returning packages from",
        ["organization_list"] = "Return a list of the names of the site's organizations.\n\n:param all_fields: return group dictionaries instead of just names\n:param limit: the maximum number of organizations returned\n:param offset: when ``limit`` is given, the offset to start returning organizations from",
        ["organization_show"] = "Return the details of an organization.\n\n:param id: the id or name of the organization\n:param include_datasets: include a truncated list of the organization's datasets",
        ["group_list"] = "Return a list of the names of the site's groups.",
        ["group_show"] = "Return the details of a group.\n\n:param id: the id or name of the group",
        ["tag_list"] = "Return a list of the site's tags.\n\n:param query: a tag name query to search for\n:param all_fields: return full tag dictionaries instead of just names",
        ["license_list"] = "Return the list of licenses available for datasets on the site.",
        ["datastore_search"] = "Search a DataStore resource (a stored version's rows).\n\n:param resource_id: id of the resource to be searched against\n:param filters: matching conditions to select, e.g {\"key1\": \"a\", \"key2\": [\"b\", \"c\"]}\n:param q: full text query; a string searches every text field, a dict searches the named fields\n:param distinct: return only distinct rows (default false)\n:param limit: maximum number of rows to return (default 100, at most 32000)\n:param offset: offset this number of rows\n:param fields: fields to return (list or comma-separated; default all)\n:param sort: comma separated field names with ordering, e.g. \"fieldname1, fieldname2 desc\"\n:param include_total: True to return total matching record count (default true)\n:param records_format: objects (default), lists, csv or tsv",
        ["datastore_info"] = "Return the meta data and field types of a DataStore resource.\n\n:param id: id or alias of the resource",
    };

    public static JsonObject Status(string baseUrl) => new()
    {
        ["site_title"] = "OpsCenter — บัญชีข้อมูลจังหวัด",
        ["site_description"] = "บัญชีข้อมูลระดับจังหวัด (Provincial data catalog)",
        ["site_url"] = baseUrl,
        ["ckan_version"] = CkanVersion,
        ["error_emails_to"] = null,
        ["locale_default"] = "th",
        ["extensions"] = new JsonArray("scheming_datasets", "thai_gdc", "datastore"),
    };

    public static IResult Show(CkanRequest r)
    {
        if (r.Parameters.Text("name") is not { } name)
        {
            return CkanResponses.ValidationError(r.Help, "name", "Missing value");
        }

        return Docs.TryGetValue(name, out var doc)
            ? CkanResponses.Success(r.Help, JsonValue.Create(doc))
            : CkanResponses.NotFound(r.Help, "Action function not found");
    }
}
