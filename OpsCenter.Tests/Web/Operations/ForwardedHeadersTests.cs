using System.Net;
using System.Net.Http.Json;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>The app on a real loopback port with no proxy configured (the default).</summary>
public sealed class UnproxiedKestrelApp() : OpsAppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
{
    ["Demo:ReportsPerProvince"] = "50",
    ["Reports:PermitsPerMinute"] = "3",
})
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }
}

/// <summary>
/// X-Forwarded-For is believed only from proxies named in the settings: a local client that makes up a new address
/// for every request still meets the per-client rate limit.
/// </summary>
public sealed class ForwardedHeadersTests(UnproxiedKestrelApp app) : IClassFixture<UnproxiedKestrelApp>
{
    [Fact]
    public async Task ForwardedFor_FromAnUnnamedLoopbackClient_DoesNotWalkPastTheRateLimit()
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
            {
                Content = JsonContent.Create(new { kind = "complaint", category = "road", description = "ถนนชำรุด (ทดสอบ X-Forwarded-For)", lat = 14.53, @long = 100.91 }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.Created) <= 3, string.Join(", ", statuses));
    }
}
