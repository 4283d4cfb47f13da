using System.Text;
using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Catalog;

public sealed class CatalogBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    internal static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    [Fact]
    public async Task Catalog_FiltersByFreshness_AndOpensADatasetWithItsHistory()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/catalog");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("บัญชีข้อมูลจังหวัด");
        // The first page of the 27 datasets (24 generated, 3 real); the real ones are years old, so overdue.
        await Assertions.Expect(page.GetByTestId("catalog-row")).ToHaveCountAsync(25, new() { Timeout = 45_000 });
        var overdue = int.Parse(await page.Locator("[data-testid=catalog-overdue] .ops-stat-value").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(overdue, 4, 25);

        // The filter runs on the server, so retry the choice until the circuit has taken it.
        for (var i = 0; i < 20 && await page.GetByTestId("catalog-row").CountAsync() != overdue; i++)
        {
            await page.GetByTestId("catalog-freshness").SelectOptionAsync("Overdue");
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(page.GetByTestId("catalog-row")).ToHaveCountAsync(overdue);
        await Assertions.Expect(page.Locator("[data-testid=catalog-table] [data-testid=freshness-badge]").First).ToHaveTextAsync("เกินกำหนด");

        await page.GetByTestId("catalog-freshness").SelectOptionAsync("");
        await page.GetByTestId("catalog-search").FillAsync("ขยะ");
        await Assertions.Expect(page.GetByTestId("catalog-row")).ToHaveCountAsync(1);
        await page.GetByTestId("catalog-row").First.ClickAsync();

        await Assertions.Expect(page.GetByTestId("dataset-title")).ToHaveTextAsync("ปริมาณขยะมูลฝอยชุมชน", new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("dataset-metadata")).ToContainTextAsync("เทศบาล/อบต.");
        await Assertions.Expect(page.GetByTestId("versions-table")).ToContainTextAsync("เพิ่ม recycled_tons");
        await Assertions.Expect(page.GetByTestId("preview-table")).ToContainTextAsync("recycled_tons");
        await Assertions.Expect(page.GetByTestId("dataset-last-update")).ToContainTextAsync("25");
        await Assertions.Expect(page.Locator("[data-testid=freshness-history] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await ScreenshotAsync(page, "catalog-dataset");
    }

    [Fact]
    public async Task PersonalDataset_ShowsNoPreview_ToAnonymousVisitors()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/catalog/srb-elderly-care-register");

        await Assertions.Expect(page.GetByTestId("dataset-classification")).ToHaveTextAsync("ข้อมูลส่วนบุคคล", new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("preview-withheld")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("preview-table")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=versions-table] a")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("upload-panel")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Steward_UploadsALargeCsv_SeesProgressAndTheSchemaCheck_ThenPublishes()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "steward", "/catalog/srb-provincial-statistics");
        await Assertions.Expect(page.GetByTestId("upload-panel")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        var versionsBefore = await page.GetByTestId("version-row").CountAsync();

        var csv = new StringBuilder("area_code,area_name,value,source\n");
        for (var i = 0; i < 120_000; i++)
        {
            csv.Append(190100 + (i % 111)).Append(",ตำบลที่ ").Append(i % 111).Append(',').Append(i).Append(",สำนักงานสถิติจังหวัด\n");
        }

        var file = new FilePayload { Name = "statistics-2569.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) };
        for (var i = 0; i < 20 && await page.GetByTestId("upload-progress").CountAsync() == 0; i++)
        {
            await page.GetByTestId("upload-input").SetInputFilesAsync(file);
            await page.WaitForTimeoutAsync(700);
        }

        await Assertions.Expect(page.GetByTestId("upload-report")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("upload-rows")).ToContainTextAsync("120,000");
        await Assertions.Expect(page.GetByTestId("schema-added")).ToContainTextAsync("source");
        await Assertions.Expect(page.GetByTestId("upload-progress")).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(page.GetByTestId("preview-table").First).ToContainTextAsync("ตำบลที่ 1");
        await ScreenshotAsync(page, "catalog-upload");

        await page.GetByTestId("upload-publish").ClickAsync();

        await Assertions.Expect(page.GetByTestId("upload-published")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("warehouse-load")).ToHaveAttributeAsync("data-state", "loaded", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("warehouse-load-status")).ToContainTextAsync("120,000");
        await Assertions.Expect(page.GetByTestId("version-row")).ToHaveCountAsync(versionsBefore + 1);
        await Assertions.Expect(page.Locator("header [data-testid=freshness-badge]")).ToHaveAttributeAsync("data-state", "Current");
        await Assertions.Expect(page.GetByTestId("versions-table")).ToContainTextAsync("statistics-2569.csv");
    }

    [Fact]
    public async Task Scorecards_AndGaps_ShowEveryOwnerAndTheMissingData()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "governor", "/catalog/scorecards");

        await Assertions.Expect(page.GetByTestId("scorecard-row")).ToHaveCountAsync(13, new() { Timeout = 45_000 });
        await Assertions.Expect(page.Locator("[data-testid=scorecard-chart] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        Assert.True(await page.GetByTestId("reminder").CountAsync() > 0);
        await ScreenshotAsync(page, "catalog-scorecards");

        await page.GotoAsync("/catalog/gaps");
        await Assertions.Expect(page.Locator("[data-testid=gap-row][data-status=Missing]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("gap-need").First).ToContainTextAsync("ยังไม่มีชุดข้อมูล");
        await ScreenshotAsync(page, "catalog-gaps");
    }
}
