using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Warehouse;

/// <summary>A data steward finds the indicators page in the menu, is told in Thai what is missing, then defines an indicator that feeds a KPI and sees it measured.</summary>
public sealed class IndicatorsBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Steward_DefinesAnIndicatorOnThePage_AndSeesItMeasuredWithTheVersionCited()
    {
        string code;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            var nso = await db.Set<Agency>().FirstAsync(a => a.ProvinceCode == "19" && a.Code.Contains("NSO"));
            var kpi = new Kpi { ProvinceCode = "19", Code = "T-BROWSER", NameTh = "แถวสถิติจากหน้าเว็บ", NameEn = "Statistics rows from the page", Unit = "แถว", LeadAgencyId = nso.Id };
            db.Add(kpi);
            await db.SaveChangesAsync();
            code = kpi.Code;
        }

        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Desk);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "steward", "/catalog");
        // A menu click while the catalog's circuit is still starting is a race in Blazor itself: the indicators page
        // arrives, then the circuit, started on /catalog, renders the catalog over it (seen in 1 of 2 runs on a loaded
        // machine). The steward's click is taken once the page is live.
        await Overview.HomePageBrowserTests.WaitUntilInteractiveAsync(page);
        await page.Locator("a[href='/catalog/indicators']").First.ClickAsync(new() { Timeout = 45_000 });
        await page.WaitForURLAsync("**/catalog/indicators");
        await Assertions.Expect(page.GetByTestId("indicator-form")).ToBeVisibleAsync(new() { Timeout = 45_000 });

        // Before the circuit is up the button would post the prerendered form natively (a static-form error, no validation).
        // The interactive page loads its choices again, so the form is briefly away.
        await Overview.HomePageBrowserTests.WaitUntilInteractiveAsync(page);
        await page.GetByTestId("indicator-submit").ClickAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.Locator("#error-nameTh")).ToContainTextAsync("ต้องระบุชื่อตัวชี้วัดจากข้อมูล");

        await MudInputs.ChooseAsync(page, "indicator-dataset", "indicator-dataset-srb-provincial-statistics");
        await page.GetByTestId("indicator-name").FillAsync("จำนวนแถวสถิติทั้งจังหวัด");
        await MudInputs.ChooseAsync(page, "indicator-kpi", $"indicator-kpi-{code}");
        await page.GetByTestId("indicator-submit").ClickAsync();

        var row = page.GetByTestId("indicator-row").Filter(new() { HasText = "จำนวนแถวสถิติทั้งจังหวัด" });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(row.GetByTestId("indicator-kpi-link")).ToContainTextAsync(code);
        await Assertions.Expect(row.GetByTestId("indicator-cited-version")).ToContainTextAsync("ฉบับที่");
        await Assertions.Expect(row.GetByTestId("indicator-last-value")).Not.ToHaveTextAsync("—");
        await Catalog.CatalogBrowserTests.ScreenshotAsync(page, "catalog-indicators");
    }
}
