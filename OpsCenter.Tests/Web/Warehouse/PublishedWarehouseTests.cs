using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Warehouse;

/// <summary>DuckDB's native library as deployed: the published app, in Production, loads a version and answers from it.</summary>
public sealed class PublishedWarehouseTests
{
    [PublishedAppFact]
    public async Task PublishedApp_AnswersDatastoreSearchAndTheExplorersCsv()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var cache = Directory.CreateTempSubdirectory("opscenter-published-warehouse-").FullName;
        try
        {
            var settings = AppProcess.DatabaseSettings(database);
            settings["Warehouse__CacheDirectory"] = cache;
            await using var app = await AppProcess.StartAsync(settings);
            using var client = new HttpClient { BaseAddress = app.Address };
            var show = await client.GetFromJsonAsync<JsonObject>("/api/3/action/package_show?id=srb-population-registered");
            var id = show!["result"]!["resources"]!.AsArray()[^1]!["id"]!.GetValue<string>();

            var search = await client.GetFromJsonAsync<JsonObject>($"/api/3/action/datastore_search?resource_id={id}&limit=1");
            var csv = await client.GetStringAsync("/catalog/srb-population-registered/explore.csv?by=area-2");

            Assert.True(search!["success"]!.GetValue<bool>(), app.Output);
            Assert.Single(search["result"]!["records"]!.AsArray());
            Assert.True(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 2, csv);
            Assert.NotEmpty(Directory.GetFiles(cache, "*.parquet"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
