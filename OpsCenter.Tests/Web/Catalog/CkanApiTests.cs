using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Catalog;

[Collection(CatalogAppsCollection.Name)]
public sealed class CkanApiTests(CatalogApps apps)
{
    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(OpsAppFactory app, string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PackageList_AnswersInTheCkanEnvelope(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (status, body) = await GetAsync(app, "/api/3/action/package_list");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["success"]!.GetValue<bool>());
        Assert.EndsWith("/api/3/action/help_show?name=package_list", body["help"]!.GetValue<string>(), StringComparison.Ordinal);
        var names = body["result"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        await using var db = DbContexts.For(app.Database);
        Assert.Equal(await db.Set<Dataset>().CountAsync(d => d.ProvinceCode == "19" && d.Classification == OpsCenter.Domain.Security.DataClassification.Public), names.Count);
        Assert.Contains("srb-pm25-hourly", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PackageShow_HasCkanFieldNames_AndDownloadableResources(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (status, body) = await GetAsync(app, "/api/3/action/package_show?id=srb-pm25-hourly");

        Assert.Equal(HttpStatusCode.OK, status);
        var package = body["result"]!.AsObject();
        foreach (var field in new[] { "id", "name", "title", "notes", "owner_org", "organization", "maintainer", "maintainer_email", "tags", "resources", "metadata_modified", "license_id", "update_frequency_unit", "update_frequency_interval", "data_category", "geo_coverage", "data_type" })
        {
            Assert.True(package.ContainsKey(field), $"package_show lacks {field}");
        }

        Assert.Equal("ค่าฝุ่นละออง PM2.5 รายชั่วโมง", package["title"]!.GetValue<string>());
        Assert.Equal("วัน", package["update_frequency_unit"]!.GetValue<string>());
        Assert.Equal("srb-nre", package["organization"]!["name"]!.GetValue<string>());
        Assert.Contains(package["tags"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "PM2.5");
        var resource = package["resources"]!.AsArray().First()!;
        foreach (var field in new[] { "id", "name", "url", "format", "last_modified", "size", "package_id" })
        {
            Assert.NotNull(resource[field]);
        }

        using var client = app.CreateClient();
        var download = await client.GetAsync(new Uri(resource["url"]!.GetValue<string>()).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("area_code,area_name,pm25_ugm3", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var byId = await GetAsync(app, "/api/3/action/package_show?id=" + package["id"]!.GetValue<string>());
        Assert.Equal("srb-pm25-hourly", byId.Body["result"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PackageSearch_FiltersPagesAndSorts(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (_, all) = await GetAsync(app, "/api/3/action/package_search?rows=1000");
        var total = all["result"]!["count"]!.GetValue<int>();

        var (status, page) = await GetAsync(app, "/api/3/action/package_search?q=*:*&rows=5&start=5&sort=name%20asc");
        Assert.Equal(HttpStatusCode.OK, status);
        var result = page["result"]!;
        Assert.Equal(total, result["count"]!.GetValue<int>());
        Assert.Equal("name asc", result["sort"]!.GetValue<string>());
        var names = result["results"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(5, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.NotNull(result["search_facets"]);

        var (_, filtered) = await GetAsync(app, "/api/3/action/package_search?fq=" + Uri.EscapeDataString("organization:srb-nre tags:ขยะ") + "&facet.field=" + Uri.EscapeDataString("[\"tags\"]"));
        var hits = filtered["result"]!["results"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("srb-nre", h!["organization"]!["name"]!.GetValue<string>()));
        Assert.NotNull(filtered["result"]!["search_facets"]!["tags"]);

        var (_, text) = await GetAsync(app, "/api/3/action/package_search?q=" + Uri.EscapeDataString("ไข้เลือดออก"));
        Assert.Contains(text["result"]!["results"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "srb-dengue-cases");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Organizations_ListAndShow(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (_, list) = await GetAsync(app, "/api/3/action/organization_list");
        Assert.True(list["success"]!.GetValue<bool>());
        Assert.Contains("srb-nso", list["result"]!.AsArray().Select(n => n!.GetValue<string>()));

        var (_, full) = await GetAsync(app, "/api/3/action/organization_list?all_fields=true");
        var counts = full["result"]!.AsArray().ToDictionary(o => o!["name"]!.GetValue<string>(), o => o!["package_count"]!.GetValue<int>());
        Assert.Equal(0, counts["srb-msdhs"]);
        Assert.True(counts["srb-nre"] > 0);

        var (status, show) = await GetAsync(app, "/api/3/action/organization_show?id=srb-pho&include_datasets=true");
        Assert.Equal(HttpStatusCode.OK, status);
        var org = show["result"]!;
        Assert.Equal("organization", org["type"]!.GetValue<string>());
        Assert.True(org["is_organization"]!.GetValue<bool>());
        Assert.Equal(org["package_count"]!.GetValue<int>(), org["packages"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Errors_UseCkansErrorEnvelopeAndStatus(DatabaseProvider provider)
    {
        var app = await apps.For(provider);

        var (notFound, missing) = await GetAsync(app, "/api/3/action/package_show?id=no-such-dataset");
        Assert.Equal(HttpStatusCode.NotFound, notFound);
        Assert.False(missing["success"]!.GetValue<bool>());
        Assert.Equal("Not Found Error", missing["error"]!["__type"]!.GetValue<string>());

        var (invalid, rows) = await GetAsync(app, "/api/3/action/package_search?rows=many");
        Assert.Equal(HttpStatusCode.Conflict, invalid);
        Assert.Equal("Validation Error", rows["error"]!["__type"]!.GetValue<string>());
        Assert.Equal("Invalid integer", rows["error"]!["rows"]![0]!.GetValue<string>());

        var (badSort, _) = await GetAsync(app, "/api/3/action/package_search?sort=colour%20desc");
        Assert.Equal(HttpStatusCode.Conflict, badSort);

        var (noId, _) = await GetAsync(app, "/api/3/action/organization_show");
        Assert.Equal(HttpStatusCode.Conflict, noId);

        var (unknown, action) = await GetAsync(app, "/api/3/action/package_delete");
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("Action name not known", action["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PackageShow_AcceptsAJsonPost_AsCkanDoes(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/3/action/package_show", new { id = "srb-road-network" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("srb-road-network", body["result"]!["name"]!.GetValue<string>());
    }
}
