using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

/// <summary>datastore_search and datastore_info compared key by key with the answers CKAN 2.10 documents and returns.</summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class CkanDatastoreTests(CatalogApps apps)
{
    private static readonly string[] SearchKeys =
        ["include_total", "limit", "records_format", "resource_id", "total_estimation_threshold", "records", "fields", "_links", "total", "total_was_estimated"];

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task<string> ResourceOfAsync(HttpClient client, string dataset)
    {
        var (_, show) = await GetAsync(client, "/api/3/action/package_show?id=" + dataset);
        var resource = show["result"]!["resources"]!.AsArray()[^1]!;
        Assert.True(resource["datastore_active"]!.GetValue<bool>());
        return resource["id"]!.GetValue<string>();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_AnswersInCkansShape(DatabaseProvider provider)
    {
        using var client = (await apps.For(provider)).CreateClient();
        var id = await ResourceOfAsync(client, "srb-population-registered");

        var (status, body) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&limit=5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["success"]!.GetValue<bool>());
        var result = body["result"]!.AsObject();
        Assert.Equal(SearchKeys.Order(), result.Select(p => p.Key).Order());
        Assert.Equal((true, 5, "objects", id), (result["include_total"]!.GetValue<bool>(), result["limit"]!.GetValue<int>(), result["records_format"]!.GetValue<string>(), result["resource_id"]!.GetValue<string>()));
        Assert.Null(result["total_estimation_threshold"]);
        Assert.False(result["total_was_estimated"]!.GetValue<bool>());
        var fields = result["fields"]!.AsArray().Select(f => (f!["id"]!.GetValue<string>(), f["type"]!.GetValue<string>())).ToList();
        Assert.Equal([("_id", "int"), ("area_code", "int"), ("area_name", "text"), ("population", "int"), ("_area", "text")], fields);
        var records = result["records"]!.AsArray();
        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.Equal(fields.Select(f => f.Item1), r!.AsObject().Select(p => p.Key)));
        Assert.Equal([1, 2, 3, 4, 5], records.Select(r => r!["_id"]!.GetValue<long>()));
        Assert.Equal(records[0]!["area_code"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture), records[0]!["_area"]!.GetValue<string>());

        var (_, info) = await GetAsync(client, $"/api/3/action/datastore_info?id={id}");
        Assert.Equal(info["result"]!["meta"]!["count"]!.GetValue<long>(), result["total"]!.GetValue<long>());
        Assert.Equal(["aliases", "count", "db_size", "id", "idx_size", "size", "table_type"], info["result"]!["meta"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(["area_code", "area_name", "population"], info["result"]!["fields"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal(["id", "schema", "type"], info["result"]!["fields"]![0]!.AsObject().Select(p => p.Key).Order());

        var links = result["_links"]!.AsObject();
        Assert.Equal($"/api/3/action/datastore_search?resource_id={id}&limit=5", links["start"]!.GetValue<string>());
        Assert.Equal($"/api/3/action/datastore_search?resource_id={id}&limit=5&offset=5", links["next"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_FiltersFieldsSortPagesAndFormatsAsAsked(DatabaseProvider provider)
    {
        using var client = (await apps.For(provider)).CreateClient();
        var id = await ResourceOfAsync(client, "srb-population-registered");
        var (_, all) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&limit=32000&fields=area_code,population&sort=population desc");
        var rows = all["result"]!["records"]!.AsArray().Select(r => (Code: r!["area_code"]!.GetValue<long>(), Population: r["population"]!.GetValue<long>())).ToList();
        Assert.Equal(rows.OrderByDescending(r => r.Population).Select(r => r.Population), rows.Select(r => r.Population));

        var district = rows[0].Code / 100;
        var inDistrict = rows.Where(r => r.Code / 100 == district).ToList();
        var request = new JsonObject
        {
            ["resource_id"] = id,
            ["filters"] = new JsonObject { ["area_code"] = new JsonArray(inDistrict.Select(r => (JsonNode)r.Code).ToArray()) },
            ["fields"] = new JsonArray("area_code", "population"),
            ["sort"] = "area_code asc",
            ["limit"] = 2,
            ["offset"] = 1,
            ["records_format"] = "lists",
        };
        var response = await client.PostAsJsonAsync("/api/action/datastore_search", request);
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!["result"]!;

        var expected = inDistrict.OrderBy(r => r.Code).Skip(1).Take(2).Select(r => new[] { r.Code, r.Population });
        Assert.Equal(expected, result["records"]!.AsArray().Select(r => r!.AsArray().Select(v => v!.GetValue<long>()).ToArray()));
        Assert.Equal(inDistrict.Count, result["total"]!.GetValue<long>());
        Assert.Equal(1, result["offset"]!.GetValue<int>());
        Assert.Equal(request["filters"]!.ToJsonString(), result["filters"]!.ToJsonString());

        var (_, csv) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&fields=area_code&limit=2&records_format=csv&include_total=false");
        Assert.Equal(string.Concat(rows.OrderBy(r => r.Code).Take(2).Select(r => $"{r.Code}\r\n")), csv["result"]!["records"]!.GetValue<string>());
        Assert.False(csv["result"]!.AsObject().ContainsKey("total"));
    }

    [Fact]
    public async Task Search_TextAndDistinct_AsCkanDocumentsThem()
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();
        var id = await ResourceOfAsync(client, "srb-population-registered");
        var (_, all) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&limit=32000&fields=area_name");
        var names = all["result"]!["records"]!.AsArray().Select(r => r!["area_name"]!.GetValue<string>()).ToList();
        var word = names[0][..2];

        var (_, text) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&limit=32000&fields=area_name&q={Uri.EscapeDataString(word)}");
        var (_, byField) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&limit=32000&fields=area_name&q={Uri.EscapeDataString($"{{\"area_name\":\"{word}\"}}")}");
        var (_, distinct) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&limit=32000&fields=area_name&distinct=true&sort=area_name");

        var containing = names.Where(n => n.Contains(word, StringComparison.Ordinal)).ToList();
        Assert.Equal(containing.Count, text["result"]!["total"]!.GetValue<long>());
        Assert.Equal(containing.Count, byField["result"]!["total"]!.GetValue<long>());
        Assert.Equal(names.Distinct().Order(StringComparer.Ordinal), distinct["result"]!["records"]!.AsArray().Select(r => r!["area_name"]!.GetValue<string>()), StringComparer.Ordinal);
        Assert.Equal(names.Count, distinct["result"]!["total"]!.GetValue<long>());
        Assert.True(distinct["result"]!["distinct"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("filters={\"nope\":\"1\"}", "filters")]
    [InlineData("filters={\"area_code\":\"สระบุรี\"}", "filters")]
    [InlineData("filters=not-json", "filters")]
    [InlineData("sort=population sideways", "sort")]
    [InlineData("fields=population,nope", "fields")]
    [InlineData("records_format=xml", "records_format")]
    [InlineData("limit=-1", "limit")]
    public async Task Search_BadParameters_AreCkansValidationError(string query, string field)
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();
        var id = await ResourceOfAsync(client, "srb-population-registered");

        var (status, body) = await GetAsync(client, $"/api/3/action/datastore_search?resource_id={id}&{query}");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal("Validation Error", body["error"]!["__type"]!.GetValue<string>());
        Assert.Single(body["error"]![field]!.AsArray());
    }

    [Fact]
    public async Task Search_UnknownOrMissingResource_IsNotFoundOrMissingValue()
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();

        var (missing, missingBody) = await GetAsync(client, "/api/3/action/datastore_search");
        var (unknown, unknownBody) = await GetAsync(client, "/api/3/action/datastore_info?id=00000000-0000-0000-0000-000000000000");

        Assert.Equal((HttpStatusCode.Conflict, "Missing value"), (missing, missingBody["error"]!["resource_id"]![0]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.NotFound, "Not Found Error"), (unknown, unknownBody["error"]!["__type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PersonalDataset_RowsAreRefusedToAnonymousCallers()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var entries = await ((OpsCenter.Domain.Catalog.CatalogQuery)app.Services.GetService(typeof(OpsCenter.Domain.Catalog.CatalogQuery))!).EntriesAsync("19");
        var personal = entries.First(e => e.Dataset.Slug == "srb-poverty-tpmap");
        var id = OpsCenter.Domain.Catalog.Interop.CkanIds.Resource(personal.Versions[0].Id);

        foreach (var action in new[] { "datastore_search?resource_id=", "datastore_info?id=" })
        {
            var (status, body) = await GetAsync(client, "/api/3/action/" + action + id);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("Authorization Error", body["error"]!["__type"]!.GetValue<string>());
            Assert.False(body.ContainsKey("result"));
        }
    }
}
