using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Catalog;

public sealed class KpiBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Kpis_ListJointOwners_AndAnOwnerEntersAMeasurementWithEvidence()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "agency", "/kpis");

        await Assertions.Expect(page.GetByTestId("kpi-row")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("[data-testid=kpi-row][data-code=SRB-road-deaths] [data-testid=kpi-awaited]")).ToContainTextAsync("แขวงทางหลวง");
        await CatalogBrowserTests.ScreenshotAsync(page, "kpis");

        var link = page.Locator("[data-testid=kpi-row][data-code=SRB-complaints-on-time] a");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/kpis/SRB-complaints-on-time");
        await page.GotoAsync("/kpis/SRB-complaints-on-time");

        // A busy machine may take a while to start the circuit and load the KPI; what matters is what appears.
        await Assertions.Expect(page.GetByTestId("kpi-owner")).ToHaveCountAsync(3, new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("kpi-title")).ToHaveTextAsync("ร้อยละเรื่องร้องเรียนที่แก้ไขเสร็จภายในกำหนด");
        await Assertions.Expect(page.Locator("[data-testid=kpi-owner][data-lead=lead]")).ToContainTextAsync("สำนักงานจังหวัดสระบุรี");
        await Assertions.Expect(page.Locator("[data-testid=kpi-trend] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 45_000 });

        // Only the user's own agency is offered; without evidence the form says so in Thai and saves nothing.
        await Assertions.Expect(page.Locator("[data-testid=kpi-entry-agency] option")).ToHaveCountAsync(1);
        await page.GetByTestId("kpi-entry-value").FillAsync("88.5");
        for (var i = 0; i < 20 && await page.GetByTestId("error-evidence").CountAsync() == 0; i++)
        {
            await page.GetByTestId("kpi-entry-submit").ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(page.GetByTestId("error-evidence")).ToContainTextAsync("ต้องแนบหลักฐาน");

        await page.GetByTestId("kpi-entry-value").FillAsync("88.5");
        await page.GetByTestId("kpi-entry-note").FillAsync("สรุปผลแก้ไขเรื่องร้องเรียนจากระบบติดตามงานโยธา");
        await page.GetByTestId("kpi-entry-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("kpi-entry-saved")).ToBeVisibleAsync();
        var entered = page.GetByTestId("kpi-history-row").Filter(new() { HasText = "สรุปผลแก้ไขเรื่องร้องเรียนจากระบบติดตามงานโยธา" });
        await Assertions.Expect(entered).ToContainTextAsync("88.5");
        await Assertions.Expect(entered).ToContainTextAsync("เจ้าหน้าที่โยธาธิการและผังเมือง");
        await CatalogBrowserTests.ScreenshotAsync(page, "kpi-detail");
    }
}
