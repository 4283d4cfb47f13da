using System.Net;
using Microsoft.Playwright;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Browser.Overview;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>The output of `dotnet publish -c Release` runs in Production exactly as `dotnet run` does in Development.</summary>
public sealed class PublishedAppTests
{
    [PublishedAppFact]
    public async Task PublishedApp_InProduction_ServesAssetsAndAnInteractiveHomePage()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = await AppProcess.StartAsync(AppProcess.DatabaseSettings(database));
        using var client = new HttpClient { BaseAddress = app.Address };

        foreach (var path in new[] { "/_framework/blazor.web.js", "/assets/vendor/leaflet/leaflet.js", "/assets/vendor/plotly/plotly.min.js",
                     "/assets/fonts/sarabun.css", "/_content/Radzen.Blazor/Radzen.Blazor.js", "/css/app.css" })
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
