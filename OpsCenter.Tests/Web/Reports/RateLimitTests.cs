using System.Net;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

public sealed class RateLimitTests
{
    [Fact]
    public async Task PublicIntake_PastTheLimit_Is429WithRetryAfter_WhilePartnersHaveTheirOwnBucket()
    {
        var settings = new Dictionary<string, string?>(ReportApps.Settings) { ["Reports:PermitsPerMinute"] = "3" };
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite, settings);
        await app.InitializeAsync();
        using var client = app.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await ReportPayloads.PostAsync(client, ReportPayloads.Valid($"ถนนชำรุด ครั้งที่ {i + 1}")));
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            answers.Select(a => a.StatusCode));
        var limited = answers[3];
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ถี่เกินไป", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var partner = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "road", ["lat"] = "14.53243", ["long"] = "100.91259",
            ["description"] = "ถนนชำรุดจากแอปพันธมิตร",
        }));
        Assert.Equal(HttpStatusCode.Created, partner.StatusCode);
    }
}
