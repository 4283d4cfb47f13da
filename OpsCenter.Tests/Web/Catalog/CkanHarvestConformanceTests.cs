using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Catalog;

/// <summary>ckanext-harvest's CKAN harvester against the catalog, request for request (see <see cref="CkanHarvester"/>).</summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class CkanHarvestConformanceTests(CatalogApps apps)
{
    private static async Task<Dictionary<string, string>> PublicSlugsWithOwnersAsync(OpsAppFactory app)
    {
        await using var db = DbContexts.For(app.Database);
        var province = await db.Set<Dataset>().Where(d => d.Slug == "srb-pm25-hourly").Select(d => d.ProvinceCode).SingleAsync();
        var agencies = await db.Set<Agency>().ToDictionaryAsync(a => a.Id, a => a.Code.ToLowerInvariant());
        return (await db.Set<Dataset>().Where(d => d.ProvinceCode == province && d.Classification == DataClassification.Public).ToListAsync())
            .ToDictionary(d => d.Slug, d => agencies[d.OwnerAgencyId]);
    }

    private static IReadOnlyList<string> Names(IEnumerable<JsonObject> packages) =>
        packages.Select(p => p["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Harvest_GetsEveryPublicDatasetOnce_HonoursOrganizationFilters(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var expected = await PublicSlugsWithOwnersAsync(app);

        var harvester = new CkanHarvester(client);
        var all = await harvester.GatherAsync();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Names(all));
        Assert.All(all, p => Assert.False(p["private"]!.GetValue<bool>()));
        Assert.Equal(2, harvester.Requests);

        var include = await new CkanHarvester(client) { Include = ["srb-nre", "srb-pho"] }.GatherAsync();
        Assert.Equal(expected.Where(e => e.Value is "srb-nre" or "srb-pho").Select(e => e.Key).Order(StringComparer.Ordinal), Names(include));

        var exclude = await new CkanHarvester(client) { Exclude = ["srb-nre", "srb-agr"] }.GatherAsync();
        Assert.Equal(expected.Where(e => e.Value is not ("srb-nre" or "srb-agr")).Select(e => e.Key).Order(StringComparer.Ordinal), Names(exclude));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecondHarvest_WithTheSinceRange_GetsOnlyWhatChanged(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var first = await new CkanHarvester(client).GatherAsync();
        var gatherStarted = first.Max(p => DateTime.Parse(p["metadata_modified"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)).AddHours(2);

        await using var db = DbContexts.For(app.Database);
        var changed = await db.Set<Dataset>().SingleAsync(d => d.Slug == "srb-waste-volume");
        var before = changed.MetadataModifiedAt;
        changed.MetadataModifiedAt = gatherStarted.AddMinutes(5);
        await db.SaveChangesAsync();
        try
        {
            Assert.Equal(["srb-waste-volume"], Names(await new CkanHarvester(client).GatherAsync(gatherStarted)));
            Assert.Equal(["srb-waste-volume"], Names(await new CkanHarvester(client) { Include = ["srb-agr", "srb-nre"] }.GatherAsync(gatherStarted)));
            Assert.Empty(await new CkanHarvester(client) { Exclude = ["srb-nre"] }.GatherAsync(gatherStarted));
        }
        finally
        {
            changed.MetadataModifiedAt = before;
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IssueFailures_SortFiltersAndRange_NowAnswer(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var expected = await PublicSlugsWithOwnersAsync(app);

        async Task<JsonNode> SearchAsync(string query)
        {
            var response = await client.GetAsync("/api/3/action/package_search?rows=1000&" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["result"]!;
        }

        var sorted = await SearchAsync("start=0&sort=id+asc");
        var ids = sorted["results"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);

        var excluded = await SearchAsync("fq=" + Uri.EscapeDataString("-organization:srb-agr"));
        Assert.Equal(expected.Count(e => e.Value != "srb-agr"), excluded["count"]!.GetValue<int>());
        Assert.DoesNotContain(excluded["results"]!.AsArray(), p => p!["organization"]!["name"]!.GetValue<string>() == "srb-agr");

        var either = await SearchAsync("fq=" + Uri.EscapeDataString("organization:srb-agr OR organization:srb-pho"));
        Assert.Equal(expected.Count(e => e.Value is "srb-agr" or "srb-pho"), either["count"]!.GetValue<int>());

        var modified = sorted["results"]!.AsArray().Select(p => p!["metadata_modified"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        var median = modified[modified.Count / 2];
        var since = await SearchAsync("fq=" + Uri.EscapeDataString($"metadata_modified:[{median}Z TO *]"));
        Assert.Equal(modified.Count(m => string.CompareOrdinal(m, median) >= 0), since["count"]!.GetValue<int>());
    }
}
