using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>
/// A megabyte of search text once cost a minute of CPU in a backtracking regex. Now it is refused quickly in CKAN's own
/// error shape, ten megabytes are refused unread, and the search itself is linear in its text.
/// </summary>
public sealed class SearchCostTests(SqliteApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task MegabyteOfSearchText_IsAnsweredQuickly_TenMegabytesRefusedUnread()
    {
        using var client = app.CreateClient();
        var megabyte = new string('a', 1_000_000);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode); // the app starts (and seeds) before the clock runs

        var watch = Stopwatch.StartNew();
        using var one = await client.PostAsync("/api/3/action/package_search",
            new StringContent(JsonSerializer.Serialize(new { q = megabyte }), Encoding.UTF8, "application/json"));
        var oneTook = watch.Elapsed;
        watch.Restart();
        using var ten = await client.PostAsync("/api/3/action/package_search",
            new StringContent(JsonSerializer.Serialize(new { q = new string('a', 10_000_000) }), Encoding.UTF8, "application/json"));
        var tenTook = watch.Elapsed;

        output.WriteLine($"package_search with 1 MB of q answered {(int)one.StatusCode} in {oneTook.TotalMilliseconds:0} ms; 10 MB answered {(int)ten.StatusCode} in {tenTook.TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.Conflict, one.StatusCode);
        using (var body = JsonDocument.Parse(await one.Content.ReadAsStringAsync()))
        {
            Assert.False(body.RootElement.GetProperty("success").GetBoolean());
            Assert.True(body.RootElement.GetProperty("error").TryGetProperty("q", out _));
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, ten.StatusCode);
        Assert.True(oneTook < TimeSpan.FromSeconds(10), $"1 MB took {oneTook}");
        Assert.True(tenTook < TimeSpan.FromSeconds(10), $"10 MB took {tenTook}");
    }

    [Fact]
    public void SearchIsLinearInItsText_EvenPastTheApiCap()
    {
        var watch = Stopwatch.StartNew();
        var result = CkanSearch.Search(Array.Empty<System.Text.Json.Nodes.JsonObject>(), new CkanSearchQuery(new string('a', 1_000_000) + ":x", new string('b', 1_000_000), 10, 0, null) { Now = DateTime.UtcNow });
        Assert.Equal(0, result.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
