using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Security;
using Xunit.Abstractions;

namespace OpsCenter.Tests.Browser.Security;

public sealed class StoredXssBrowserTests(SecurityKestrelApp app, ITestOutputHelper output) : IClassFixture<SecurityKestrelApp>
{
    private const int VectorsPerReport = 6;

    [Fact]
    public async Task HostileReports_RenderInert_InQueueDetailTrackingAndWall()
    {
        var reports = await SubmitAllAsync();
        output.WriteLine($"{HostileInputs.Vectors.Count} hostile inputs tried in {reports.Count} reports");
        Assert.True(HostileInputs.Vectors.Count >= 50);

        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        await context.AddInitScriptAsync(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push('csp ' + e.violatedDirective));");
        var dialogs = new List<string>();
        context.Page += (_, page) => page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        // An official: cleared for the reports' personal fields (administrators are not) and allowed to reveal contacts.
        var page = await BrowserSignIn.NewPageAsync(context, "official");

        await page.GotoAsync("/reports");
        await Assertions.Expect(page.GetByTestId("queue-row").First).ToBeVisibleAsync();
        await AssertInertAsync(page, "queue");

        foreach (var (id, tracking, vectors) in reports)
        {
            await page.GotoAsync($"/reports/{id}");
            var description = page.GetByTestId("detail-description");
            await Assertions.Expect(description).ToContainTextAsync(vectors[0]);
            await Assertions.Expect(description).ToContainTextAsync(vectors[^1]);
            await Assertions.Expect(page.Locator("[data-ops-interactive=true]")).ToBeAttachedAsync();
            await page.GetByTestId("contact-reveal").ClickAsync();
            await Assertions.Expect(page.GetByTestId("contact-audited")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("contact-details")).ToContainTextAsync(vectors[0]);
            await AssertInertAsync(page, $"detail {tracking}");

            await page.GotoAsync($"/track/{tracking}");
            await Assertions.Expect(page.GetByTestId("track-card")).ToBeVisibleAsync();
            await AssertInertAsync(page, $"track {tracking}");
        }

        await page.GotoAsync("/wall/complaints");
        await Assertions.Expect(page.Locator("html[data-ops-connection=online]")).ToBeAttachedAsync();
        await AssertInertAsync(page, "wall");
        Assert.Empty(dialogs);
    }

    private static async Task AssertInertAsync(IPage page, string view)
    {
        var injected = await page.EvaluateAsync<string[]>(HostileInputs.FindInjectedScript);
        Assert.True(injected.Length == 0, $"{view}: {string.Join(" | ", injected)}");
    }

    /// <summary>Files the vectors through the public intake API, six in a description, one each in address and name.</summary>
    private async Task<List<(long Id, string Tracking, string[] Vectors)>> SubmitAllAsync()
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var reports = new List<(long, string, string[])>();
        foreach (var vectors in HostileInputs.Vectors.Chunk(VectorsPerReport))
        {
            using var response = await client.PostAsJsonAsync("/api/reports", new
            {
                kind = "complaint",
                category = "road",
                description = string.Join(" | ", vectors),
                address = vectors[^1],
                name = vectors[0],
                phone = "0812345678",
                consent = true,
                lat = 14.53,
                @long = 100.91,
            });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            var json = JsonDocument.Parse(body).RootElement;
            reports.Add((json.GetProperty("id").GetInt64(), json.GetProperty("trackingNumber").GetString()!, vectors));
        }

        return reports;
    }
}
