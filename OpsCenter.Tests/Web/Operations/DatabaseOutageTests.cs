using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsCenter.Domain.Operations;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>
/// The database goes away under a running app (every connection cut, new ones refused) and comes back: writes answer
/// 503 with Retry-After in their protocol's shape, pages answer a Thai page without the database, /healthz and the
/// metrics say so, public reads seen before are served stale from memory, and a client that retries with the same Idempotency-Key gets exactly one report.
/// </summary>
public sealed class DatabaseOutageTests
{
    [PostgresFact]
    public async Task DatabaseDown_WritesAre503WithRetryAfter_MetricsAndHealthSaySo_RetryLandsOnce()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(new Uri($"tcp://127.0.0.1:{server.Port}"));
        server.Port = proxy.Address.Port;
        server.Timeout = 3;
        await using var app = new OpsAppFactory(DatabaseProvider.Postgres, new Dictionary<string, string?>
        {
            ["ConnectionStrings:OpsCenter"] = server.ConnectionString,
            ["Demo:ReportsPerProvince"] = "50",
            ["Operations:DatabaseProbeInterval"] = "00:00:01",
            ["Operations:RetryAfter"] = "00:00:02",
        }, database);
        await app.InitializeAsync();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, "warm-up")).StatusCode);
        var metrics = await client.GetStringAsync("/metrics");
        Assert.Matches(@"\nopscenter_reports_received_total\{[^}]*channel=""\w+""[^}]*\} [1-9]", metrics);
        Assert.Matches(@"\nopscenter_database_available\{[^}]*\} [01]\n", metrics);
        // Other apps of this test run export the same instruments in this process, so this app's own value is read here.
        var gauge = app.Services.GetRequiredService<OpsMetrics>();
        Assert.True(gauge.DatabaseAvailable);

        // Public reads seen before the outage are served from memory during it, marked stale.
        var seen = new[] { "/open311/v2/requests.json?status=open", "/api/3/action/package_search?rows=3", "/catalog.jsonld" };
        var before = new Dictionary<string, string>();
        foreach (var path in seen)
        {
            using var live = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            before[path] = await live.Content.ReadAsStringAsync();
        }

        proxy.Refusing = true;
        proxy.DropAll();
        NpgsqlConnection.ClearAllPools();

        foreach (var path in seen)
        {
            using var stale = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Equal(before[path], await stale.Content.ReadAsStringAsync());
            Assert.True(stale.Headers.Age is { } age && age >= TimeSpan.Zero, $"{path} has no Age");
            Assert.Contains("110", stale.Headers.GetValues("Warning").Single(), StringComparison.Ordinal);
            Assert.Single(stale.Headers.GetValues("X-OpsCenter-Data-As-Of"));
        }

        using var unseen = await client.GetAsync("/open311/v2/requests.json?status=closed");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unseen.StatusCode);

        using var refused = await PostAsync(client, "outage-key");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("2", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        using var ckan = await client.GetAsync("/api/3/action/package_list");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ckan.StatusCode);
        using (var body = JsonDocument.Parse(await ckan.Content.ReadAsStringAsync()))
        {
            Assert.False(body.RootElement.GetProperty("success").GetBoolean());
            Assert.Equal("Service Unavailable", body.RootElement.GetProperty("error").GetProperty("__type").GetString());
        }

        using var open311 = await client.GetAsync("/open311/v2/requests.xml");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, open311.StatusCode);
        Assert.Contains("<errors><error><code>503</code>", await open311.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var page = await client.GetAsync("/reports/import");
        Assert.True(page.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Redirect or HttpStatusCode.Found, $"page answered {page.StatusCode}");

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.StartsWith("database unreachable: ", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(gauge.DatabaseAvailable);

        proxy.Refusing = false;
        NpgsqlConnection.ClearAllPools();
        HttpResponseMessage retried;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(500);
            retried = await PostAsync(client, "outage-key");
        }
        while (retried.StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var again = await PostAsync(client, "outage-key");
        Assert.Equal((await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        await using var db = DbContexts.For(database);
        Assert.Equal(1, await db.Set<CitizenReport>().CountAsync(r => r.Description == "ถนนชำรุด outage-key"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.True(gauge.DatabaseAvailable);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = JsonContent.Create(new { kind = "complaint", category = "road", description = "ถนนชำรุด " + key, lat = 14.53, @long = 100.91 }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
