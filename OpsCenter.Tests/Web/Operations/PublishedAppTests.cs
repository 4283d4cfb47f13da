using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Browser.Overview;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>The output of `dotnet publish -c Release` runs in Production exactly as `dotnet run` does in Development.</summary>
public sealed partial class PublishedAppTests
{
    /// <summary>
    /// What a page names, plotly.js, Leaflet and the Blazor script included, is a fingerprinted URL cached for a year
    /// (a plain URL is served no-cache: revalidated on every visit), and what the browser actually loads is that URL:
    /// the import map that maps our modules' relative paths to it is allowed by the CSP. Plotly.Blazor's chart imports its
    /// interop module by a plain path; the map sends it to our adapter, which loads plotly.js once, from our compressed copy.
    /// </summary>
    [PublishedAppFact]
    public async Task PublishedApp_ScriptsStylesAndFonts_AreFingerprintedAndCachedImmutably()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = await AppProcess.StartAsync(AppProcess.DatabaseSettings(database));
        using var client = new HttpClient { BaseAddress = app.Address };
        var home = await client.GetStringAsync("/");
        var imports = JsonDocument.Parse(ImportMap().Match(home).Groups[1].Value).RootElement.GetProperty("imports");

        var urls = new List<string>
        {
            BlazorScript().Match(home).Value,
            FontUrl().Match(home).Groups[1].Value,
        };
        foreach (var plain in new[] { "assets/vendor/plotly/plotly-basic.min.js", "assets/vendor/leaflet/leaflet.js", "assets/vendor/leaflet/leaflet.css",
                     "assets/vendor/leaflet.heat/leaflet-heat.js", "assets/charts/plotly-blazor.js", "assets/map/ops-map.js", "assets/shared/load-script.js" })
        {
            Assert.True(imports.TryGetProperty("./" + plain, out var mapped), $"the import map must map {plain}");
            urls.Add(mapped.GetString()!.TrimStart('.', '/'));
        }

        var plotlyBlazor = imports.EnumerateObject().Single(i => i.Name.StartsWith("./_content/Plotly.Blazor/plotly-interop-", StringComparison.Ordinal));
        Assert.Equal(imports.GetProperty("./assets/charts/plotly-blazor.js").GetString(), plotlyBlazor.Value.GetString());
        urls.Add(imports.GetProperty("./assets/vendor/plotly-blazor/plotly-interop.js").GetString()!.TrimStart('.', '/'));

        foreach (var url in urls)
        {
            Assert.Matches(Fingerprinted(), url);
            using var response = await client.GetAsync("/" + url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} must be served");
            var cacheControl = response.Headers.CacheControl?.ToString() ?? "";
            Assert.True(cacheControl.Contains("immutable", StringComparison.Ordinal) && response.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(365),
                $"{url} must be cached for a year, immutably; was '{cacheControl}'");
        }

        // plotly.js travels compressed (about 311 KB in brotli): the package's own fingerprinted URL sends all 1.1 MB.
        using (var request = new HttpRequestMessage(HttpMethod.Get, imports.GetProperty("./assets/vendor/plotly/plotly-basic.min.js").GetString()!.TrimStart('.')))
        {
            request.Headers.AcceptEncoding.ParseAdd("br");
            using var response = await client.SendAsync(request);
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.InRange((await response.Content.ReadAsByteArrayAsync()).Length, 100_000, 400_000);
        }

        await using var context = await Chromium.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".ops-chart .main-svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("home-trend").Locator("g.point")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator(".ops-map[data-ready=true]").First).ToBeAttachedAsync();
        var loaded = await page.EvaluateAsync<string[]>(
            "performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /^\\/(assets|_framework|_content)\\/.*\\.(js|css|woff2)$/.test(p))");
        // plotly.js once, from our copy: never also from the package's plain URL, which Plotly.Blazor names itself.
        Assert.Single(loaded, p => p.Contains("/plotly-basic", StringComparison.Ordinal) || p.Contains("/plotly-3.", StringComparison.Ordinal));
        Assert.Contains(loaded, p => p.Contains("/assets/vendor/plotly/plotly-basic.", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, p => p.StartsWith("/_content/Plotly.Blazor/", StringComparison.Ordinal));
        Assert.Contains(loaded, p => p.Contains("/assets/vendor/leaflet/leaflet.", StringComparison.Ordinal));
        // MudBlazor's stylesheet and script are the exception (App.razor says why); no font comes from a package.
        Assert.DoesNotContain(loaded, p => p.StartsWith("/_content/", StringComparison.Ordinal) && p.EndsWith(".woff2", StringComparison.Ordinal));
        Assert.All(loaded.Where(p => !p.StartsWith("/_content/MudBlazor/", StringComparison.Ordinal)), p => Assert.Matches(Fingerprinted(), p));
    }

    [GeneratedRegex(@"<script type=""importmap""[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    [GeneratedRegex(@"_framework/blazor\.web\.[a-z0-9]+\.js")]
    private static partial Regex BlazorScript();

    [GeneratedRegex(@"url\((assets/fonts/sarabun/sarabun-thai-400-normal\.[a-z0-9]+\.woff2)\)")]
    private static partial Regex FontUrl();

    /// <summary>A static web asset's content fingerprint: a dot, ten lower-case letters or digits, a dot, the extension.</summary>
    [GeneratedRegex(@"\.[a-z0-9]{10}\.(js|css|woff2)$")]
    private static partial Regex Fingerprinted();

    [PublishedAppFact]
    public async Task PublishedApp_InProduction_ServesAssetsAndAnInteractiveHomePage()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = await AppProcess.StartAsync(AppProcess.DatabaseSettings(database));
        using var client = new HttpClient { BaseAddress = app.Address };

        foreach (var path in new[] { "/_framework/blazor.web.js", "/assets/vendor/leaflet/leaflet.js", "/assets/vendor/plotly/plotly-basic.min.js",
                     "/assets/fonts/sarabun/sarabun-thai-400-normal.woff2", "/_content/MudBlazor/MudBlazor.min.js", "/_content/MudBlazor/MudBlazor.min.css", "/css/app.css" })
        {
            Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"{path} must be served by the published app");
        }

        var home = await client.GetStringAsync("/");
        Assert.Contains("จังหวัดสระบุรี", home, StringComparison.Ordinal);

        await using var context = await Chromium.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await HomePageBrowserTests.ClickWhenInteractiveAsync(page, page.GetByTestId("toggle-districts"), page.GetByTestId("district-table"));
        await Assertions.Expect(page.GetByTestId("district-table").Locator("tbody tr")).ToHaveCountAsync(13);
    }

    [PublishedAppFact]
    public async Task PublishedApp_UnknownVerb_ListsTheCommands()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var (exitCode, output) = await AppProcess.RunVerbAsync(AppProcess.DatabaseSettings(database), "frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("import boundaries <file.geojson|file.topojson>", output, StringComparison.Ordinal);
    }
}
