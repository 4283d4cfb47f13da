using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.ApiDocs;

/// <summary>Scalar draws the document in a real browser under the site's CSP, from this server's own script.</summary>
public sealed class ApiDocsBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task ApiDocs_RendersTheOperations_WithNoBlockedScriptAndNoOutsideRequest()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var outside = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && new Uri(request.Url).Host != app.ServerAddress.Host)
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync("/api/docs");

        await Assertions.Expect(page.GetByText("Open311 GeoReport v2").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Empty(problems);
        Assert.Empty(outside);
    }
}
