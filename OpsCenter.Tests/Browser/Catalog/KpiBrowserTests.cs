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
        await BrowserSignIn.SignInAsync(page, "agency-nre", "/kpis");

        await Assertions.Expect(page.GetByTestId("kpi-row")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("[data-testid=kpi-row][data-code=SRB-road-deaths] [data-testid=kpi-awaited]")).ToContainTextAsync("แขวงทางหลวง");
        await CatalogBrowserTests.ScreenshotAsync(page, "kpis");

        // A computed KPI's latest value is this month's to date, and says so.
        await Assertions.Expect(page.Locator("[data-testid=kpi-row][data-code=SRB-budget-disbursement] [data-testid=kpi-latest-value]")).ToContainTextAsync("ยังไม่ครบเดือน");

        var link = page.Locator("[data-testid=kpi-row][data-code=SRB-waste-recycled] a");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/kpis/SRB-waste-recycled");
        await page.GotoAsync("/kpis/SRB-waste-recycled");

        // A busy machine may take a while to start the circuit and load the KPI; what matters is what appears.
        await Assertions.Expect(page.GetByTestId("kpi-owner")).ToHaveCountAsync(2, new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("kpi-title")).ToHaveTextAsync("ร้อยละขยะที่นำกลับมาใช้ใหม่");
        var crumbs = page.GetByTestId("breadcrumbs");
        await Assertions.Expect(crumbs).ToBeVisibleAsync();
        await Assertions.Expect(crumbs.GetByRole(AriaRole.Link, new() { Name = "ตัวชี้วัดร่วม" })).ToHaveAttributeAsync("href", "/kpis");
        await Assertions.Expect(crumbs.GetByRole(AriaRole.Link, new() { Name = "SRB-waste-recycled" })).ToHaveAttributeAsync("href", "/kpis/SRB-waste-recycled");
        await Assertions.Expect(page.Locator("[data-testid=kpi-owner][data-lead=lead]")).ToContainTextAsync("สำนักงานทรัพยากรธรรมชาติ");
        await Assertions.Expect(page.Locator("[data-testid=kpi-trend] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 45_000 });

        // Only the user's own agency is offered; without evidence the form says so in Thai and saves nothing.
        await page.GetByTestId("kpi-entry-agency").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open [data-testid=agency-option]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("kpi-entry-agency")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^สำนักงานทรัพยากรธรรมชาติ"));
        await page.Keyboard.PressAsync("Escape");
        await page.GetByTestId("kpi-entry-value").FillAsync("88.5");
        for (var i = 0; i < 20 && await page.Locator("#error-evidence").CountAsync() == 0; i++)
        {
            await page.GetByTestId("kpi-entry-submit").ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }

        // The message sits under the evidence field and nothing was saved.
        await Assertions.Expect(page.Locator("#error-evidence")).ToContainTextAsync("ต้องแนบหลักฐาน");
        await Assertions.Expect(page.GetByTestId("kpi-entry-value")).ToHaveValueAsync("88.5");

        await page.GetByTestId("kpi-entry-value").FillAsync("88.5");
        await page.GetByTestId("kpi-entry-note").FillAsync("สรุปปริมาณขยะรีไซเคิลจากศูนย์กำจัดขยะรวม");
        await page.GetByTestId("kpi-entry-submit").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "บันทึกค่าเดือน" })).ToBeVisibleAsync();
        var entered = page.GetByTestId("kpi-history-row").Filter(new() { HasText = "สรุปปริมาณขยะรีไซเคิลจากศูนย์กำจัดขยะรวม" });
        await Assertions.Expect(entered).ToContainTextAsync("88.5");
        await Assertions.Expect(entered).ToContainTextAsync("เจ้าหน้าที่สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด");
        await CatalogBrowserTests.ScreenshotAsync(page, "kpi-detail");

        // Nobody enters a computed KPI: its page shows what it was computed from instead of a form.
        await page.GotoAsync("/kpis/SRB-budget-disbursement");
        await Assertions.Expect(page.GetByTestId("kpi-computed")).ToContainTextAsync("เบิกจ่าย", new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("kpi-entry-form")).ToHaveCountAsync(0);
    }
}
