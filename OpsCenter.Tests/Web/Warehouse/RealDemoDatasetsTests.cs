using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

/// <summary>
/// The demo catalog's real public datasets (Persistence/Demo/RealData) are stored, explorable and searchable like any
/// upload, and agree with the figures the rest of the demo shows; the generated datasets say they are generated.
/// </summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class RealDemoDatasetsTests(CatalogApps apps)
{
    [Theory]
    [InlineData("srb-dopa-population-2567")]
    [InlineData("srb-population-registered")]
    public async Task Population_ByDistrict_IsTheSamePopulationTheMapsAndRatesUse(string dataset)
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var districts = await db.Set<Area>().Where(a => a.ProvinceCode == "19" && a.Level == AreaLevel.District)
            .ToDictionaryAsync(a => a.Code, a => (double)a.Population);

        var text = await client.GetStringAsync($"/catalog/{dataset}/explore.csv?by=area-2&measure=sum&of=population");
        var sums = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => double.Parse(c[2], CultureInfo.InvariantCulture));

        Assert.Equal(districts.OrderBy(d => d.Key), sums.OrderBy(s => s.Key));
        Assert.Equal(639_165, sums.Values.Sum());
    }

    [Fact]
    public async Task TpmapCounts_AreSearchableByProvince_AsPublished()
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();
        var show = await client.GetFromJsonAsync<JsonObject>("/api/3/action/package_show?id=srb-tpmap-poverty-2561");
        var resource = show!["result"]!["resources"]!.AsArray()[^1]!["id"]!.GetValue<string>();

        var search = await client.GetFromJsonAsync<JsonObject>(
            $"/api/3/action/datastore_search?resource_id={resource}&filters={Uri.EscapeDataString("""{"province_code": 19}""")}");

        var record = Assert.Single(search!["result"]!["records"]!.AsArray())!;
        Assert.Equal((42_964, 11_790), (record["poor_people"]!.GetValue<long>(), record["poor_households"]!.GetValue<long>()));
        var all = await client.GetFromJsonAsync<JsonObject>($"/api/3/action/datastore_search?resource_id={resource}&limit=0");
        Assert.Equal(76, all!["result"]!["total"]!.GetValue<int>());
    }

    /// <summary>
    /// As ckanapi's RemoteCKAN.call_action sends it: a POST of the action's parameters as one JSON body, filters as an
    /// object and the limit as a number (ckanapi/remoteckan.py, `requests.post(url, data=json.dumps(data_dict))`).
    /// </summary>
    [Fact]
    public async Task TpmapCounts_AsCkanapiAsksForThem_ComeBackTheSame()
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();
        var show = await client.GetFromJsonAsync<JsonObject>("/api/3/action/package_show?id=srb-tpmap-poverty-2561");
        var resource = show!["result"]!["resources"]!.AsArray()[^1]!["id"]!.GetValue<string>();

        using var body = new StringContent($$"""{"resource_id": "{{resource}}", "filters": {"province_code": 19}, "limit": 5}""",
            System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/3/action/datastore_search", body);
        var search = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.True(search!["success"]!.GetValue<bool>(), search.ToJsonString());
        var record = Assert.Single(search["result"]!["records"]!.AsArray())!;
        Assert.Equal(42_964, record["poor_people"]!.GetValue<long>());
    }

    [Fact]
    public async Task RealDatasets_NameTheirSource_AndCarryTheirRealAge_GeneratedOnesSayTheyAreGenerated()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var datasets = await db.Set<Dataset>().Where(d => d.ProvinceCode == "19").ToListAsync();

        var real = datasets.Where(d => d.Tags!.Contains("ข้อมูลจริง", StringComparison.Ordinal)).ToList();
        Assert.Equal(["srb-dopa-population-2567", "srb-pao-budget", "srb-tpmap-poverty-2561"], real.Select(d => d.Slug).Order());
        Assert.All(real, d => Assert.Contains("ที่มา:", d.Description, StringComparison.Ordinal));
        Assert.All(real, d => Assert.True(d.LastDataUpdateAt < new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.All(datasets.Where(d => d.Slug is "srb-population-registered" or "srb-poverty-tpmap"),
            d => Assert.StartsWith("ข้อมูลจำลองเพื่อการสาธิต", d.Description, StringComparison.Ordinal));
    }
}
