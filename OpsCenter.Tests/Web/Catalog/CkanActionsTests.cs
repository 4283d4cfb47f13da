using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Catalog;

/// <summary>The actions ckanapi and portal front ends call, the way ckanapi calls them, and who sees classified data.</summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class CkanActionsTests(CatalogApps apps)
{
    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>ckanapi's RemoteCKAN.call_action: POST api/action/&lt;name&gt;, the dict as ASCII JSON, its User-Agent.</summary>
    private static async Task<(HttpStatusCode Status, JsonObject Body)> CallActionAsync(HttpClient client, string action, JsonObject data)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/action/" + action)
        {
            Content = new StringContent(data.ToJsonString(), Encoding.ASCII, "application/json"),
        };
        request.Headers.UserAgent.ParseAdd("ckanapi/4.8 (+https://github.com/ckan/ckanapi)");
        var response = await client.SendAsync(request);
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActionsOnceUnknown_NowAnswer(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var (_, show) = await GetAsync(client, "/api/3/action/package_show?id=srb-pm25-hourly");
        var resourceId = show["result"]!["resources"]![0]!["id"]!.GetValue<string>();

        foreach (var url in new[]
        {
            "status_show", "group_list", "tag_list", "license_list", "help_show?name=package_search", "resource_show?id=" + resourceId,
            "package_activity_list?id=srb-pm25-hourly", "current_package_list_with_resources?limit=5",
        })
        {
            var (status, body) = await GetAsync(client, "/api/3/action/" + url);
            Assert.True(status == HttpStatusCode.OK, $"{url}: {status} {body}");
            Assert.True(body["success"]!.GetValue<bool>(), url);
        }

        Assert.Equal("2.10.5", (await GetAsync(client, "/api/3/action/status_show")).Body["result"]!["ckan_version"]!.GetValue<string>());
        Assert.Equal(resourceId, (await GetAsync(client, "/api/3/action/resource_show?id=" + resourceId)).Body["result"]!["id"]!.GetValue<string>());
        Assert.Contains("PM2.5", (await GetAsync(client, "/api/3/action/tag_list")).Body["result"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("Open Data Common", (await GetAsync(client, "/api/3/action/license_list")).Body["result"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()));
        var activity = (await GetAsync(client, "/api/3/action/package_activity_list?id=srb-pm25-hourly")).Body["result"]!.AsArray();
        Assert.Equal("new package", activity[^1]!["activity_type"]!.GetValue<string>());
        Assert.Equal(5, (await GetAsync(client, "/api/3/action/current_package_list_with_resources?limit=5")).Body["result"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, "/api/3/action/group_show?id=none")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, "/api/3/action/help_show?name=package_delete")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, "/api/3/action/resource_show?id=nope")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(client, "/api/3/action/package_delete")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await GetAsync(client, "/api/3/action/package_search?fq=" + Uri.EscapeDataString("organization:(a OR"))).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Facets_AreFilled_AndFacetLimitIsHonoured(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var field = Uri.EscapeDataString("[\"organization\",\"tags\",\"res_format\"]");
        var (_, body) = await GetAsync(client, $"/api/3/action/package_search?rows=0&facet.field={field}&facet.limit=3");
        var result = body["result"]!;
        Assert.Equal(3, result["facets"]!["organization"]!.AsObject().Count);
        Assert.Equal(3, result["search_facets"]!["tags"]!["items"]!.AsArray().Count);
        Assert.True(result["facets"]!["res_format"]!["CSV"]!.GetValue<int>() > 0);

        var (_, unlimited) = await GetAsync(client, $"/api/3/action/package_search?rows=0&facet.field={field}&facet.limit=-1");
        var organizations = unlimited["result"]!["facets"]!["organization"]!.AsObject();
        Assert.True(organizations.Count > 3);
        Assert.Equal(unlimited["result"]!["count"]!.GetValue<int>(), organizations.Sum(o => o.Value!.GetValue<int>()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ckanapi_PostsJsonToApiAction(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var (status, body) = await CallActionAsync(client, "package_search", new JsonObject
        {
            ["fq"] = "organization:srb-nre", ["rows"] = 1000, ["sort"] = "id asc", ["facet.field"] = new JsonArray("tags"), ["include_private"] = true,
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(body["result"]!["results"]!.AsArray(), p => Assert.Equal("srb-nre", p!["organization"]!["name"]!.GetValue<string>()));
        Assert.NotEmpty(body["result"]!["facets"]!["tags"]!.AsObject());

        var (missing, error) = await CallActionAsync(client, "package_show", new JsonObject { ["id"] = "no-such" });
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("Not Found Error", error["error"]!["__type"]!.GetValue<string>());

        var form = await client.PostAsync("/api/3/action/package_show", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "srb-pm25-hourly" }));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClassifiedDatasets_ArePrivate_AndOnlyForClearedCallers(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var anonymous = app.CreateClient();
        foreach (var url in new[] { "package_list", "package_search?rows=1000&include_private=true", "current_package_list_with_resources", "organization_show?id=srb-pol&include_datasets=true" })
        {
            var (_, body) = await GetAsync(anonymous, "/api/3/action/" + url);
            var text = body.ToJsonString();
            Assert.DoesNotContain("srb-crime-hotspots", text, StringComparison.Ordinal);
            Assert.DoesNotContain("srb-elderly-care-register", text, StringComparison.Ordinal);
        }

        var (refused, refusal) = await GetAsync(anonymous, "/api/3/action/package_show?id=srb-crime-hotspots");
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal("Authorization Error", refusal["error"]!["__type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(anonymous, "/api/3/action/package_activity_list?id=srb-elderly-care-register")).Status);

        using var governor = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await governor.SignInAsync("governor", OpsAppFactory.DemoPassword)).StatusCode);
        var (_, withoutPrivate) = await GetAsync(governor, "/api/3/action/package_search?rows=1000");
        Assert.DoesNotContain("srb-crime-hotspots", withoutPrivate.ToJsonString(), StringComparison.Ordinal);
        var (_, cleared) = await GetAsync(governor, "/api/3/action/package_search?rows=1000&include_private=true");
        var results = cleared["result"]!["results"]!.AsArray();
        Assert.True(results.Single(p => p!["name"]!.GetValue<string>() == "srb-crime-hotspots")!["private"]!.GetValue<bool>());
        Assert.DoesNotContain(results, p => p!["name"]!.GetValue<string>() == "srb-elderly-care-register");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(governor, "/api/3/action/package_show?id=srb-crime-hotspots")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ckanapi_WithAnApiTokenInAuthorization_SeesWhatItsHolderIsClearedFor_AndAWrongTokenIsRefused(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var tokens = app.Services.GetRequiredService<OpsCenter.Domain.Security.Tokens.PersonalAccessTokens>();
        var issued = await tokens.IssueAsync("governor", "ckanapi ของสำนักงานจังหวัด", Actor.Staff("admin-1", "admin", "19", null, OpsRoles.Admin));
        using var client = app.CreateClient();

        // ckanapi's prepare_action: POST JSON to api/action/<name>, the key bare in both X-CKAN-API-Key and Authorization.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/action/package_show") { Content = JsonContent.Create(new { id = "srb-crime-hotspots" }) };
        request.Headers.TryAddWithoutValidation("X-CKAN-API-Key", issued!.Secret);
        request.Headers.TryAddWithoutValidation("Authorization", issued.Secret);
        using var cleared = await client.SendAsync(request);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/action/package_list") { Content = JsonContent.Create(new { }) };
        wrong.Headers.TryAddWithoutValidation("Authorization", "ops_pat_" + new string('x', 40));
        using var refused = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.True(JsonNode.Parse(await cleared.Content.ReadAsStringAsync())!["result"]!["private"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Authorization Error", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["__type"]!.GetValue<string>());
    }
}
