using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Reports;

public sealed partial class ReportPagesBrowserTests(ReportsKestrelApp app) : IClassFixture<ReportsKestrelApp>
{
    [Fact]
    public async Task ReportForm_PinAndSubmit_ShowsTheTrackingNumberOfACommittedReport()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("แจ้งเรื่องร้องเรียนหรือความต้องการ");
        var map = page.GetByTestId("report-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });

        await page.GetByTestId("kind-need").ClickAsync();
        await MudInputs.ChooseAsync(page, "category", "category-lighting");
        await page.GetByTestId("description").FillAsync("ขอติดตั้งไฟถนนเพิ่ม ทางโค้งมืดมาก (ทดสอบเบราว์เซอร์)");

        // The map is fitted to the province, so its centre is inside Saraburi.
        await map.ClickAsync();
        await Assertions.Expect(page.GetByTestId("pin-place")).ToContainTextAsync("อ.");
        await page.GetByTestId("report-submit").ClickAsync();

        var number = page.GetByTestId("tracking-number");
        await Assertions.Expect(number).ToHaveTextAsync(TrackingNumber());
        var tracking = (await number.TextContentAsync())!.Trim();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var report = await db.Set<CitizenReport>().SingleAsync(r => r.TrackingNumber == tracking);
        Assert.Equal(ReportKind.Need, report.Kind);
        Assert.NotNull(report.Latitude);
        Assert.StartsWith("19", report.SubdistrictCode, StringComparison.Ordinal);

        await page.GetByTestId("track-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("track-card")).ToContainTextAsync(tracking);
    }

    [Fact]
    public async Task ReportForm_PinInANeighbouringProvince_IsRefusedNamingThatProvince()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");
        var map = page.GetByTestId("report-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });
        await page.GetByTestId("kind-complaint").ClickAsync();
        await MudInputs.ChooseAsync(page, "category", "category-road");
        await page.GetByTestId("description").FillAsync("ถนนเป็นหลุมลึก นอกเขตจังหวัด (ทดสอบเบราว์เซอร์)");

        // The view is fitted to Saraburi's outline, so its bottom-left corner lies in a neighbouring province.
        var box = (await map.BoundingBoxAsync())!;
        await map.ClickAsync(new() { Position = new() { X = 12, Y = box.Height - 12 } });
        await Assertions.Expect(page.GetByTestId("pin-place")).ToContainTextAsync("ซึ่งระบบนี้ไม่ได้ให้บริการ");
        await page.GetByTestId("report-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("error-lat").First).ToContainTextAsync(new Regex("^จุดนี้อยู่ใน(จังหวัด|กรุงเทพมหานคร)\\S+ ซึ่งระบบนี้ไม่ได้ให้บริการ"));
        await Assertions.Expect(page.GetByTestId("receipt")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ReportForm_UseMyLocation_PinsWhereThePhoneIs()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        await context.GrantPermissionsAsync(["geolocation"]);
        await context.SetGeolocationAsync(new Geolocation { Latitude = 14.5882f, Longitude = 101.0323f }); // Kaeng Khoi town
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");
        await Assertions.Expect(page.GetByTestId("report-map")).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });

        await page.GetByTestId("location-mine").ClickAsync();

        await Assertions.Expect(page.GetByTestId("pin-place")).ToContainTextAsync("อ.แก่งคอย");
        await Assertions.Expect(page.GetByTestId("pin-place")).ToContainTextAsync("14.58820, 101.03230");
        await Assertions.Expect(page.GetByTestId("location-mine-failure")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ReportForm_UseMyLocationRefused_AsksForATapInstead()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");
        await Assertions.Expect(page.GetByTestId("report-map")).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });

        await page.GetByTestId("location-mine").ClickAsync();

        await Assertions.Expect(page.GetByTestId("location-mine-failure")).ToContainTextAsync("แตะบนแผนที่แทน");
        await Assertions.Expect(page.GetByTestId("pin-place")).ToContainTextAsync("ยังไม่ได้ปักหมุด");
    }

    [Fact]
    public async Task ReportForm_EmptySubmit_ShowsThaiMessagesByTheFields()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");
        await Assertions.Expect(page.GetByTestId("report-map")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });

        await page.GetByTestId("report-submit").ClickAsync();

        await Assertions.Expect(page.Locator("#error-category")).ToContainTextAsync("กรุณาเลือกหมวดหมู่");
        await Assertions.Expect(page.Locator("#error-description")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("error-lat").First).ToContainTextAsync("ปักหมุด");
        await Assertions.Expect(page.GetByTestId("receipt")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Queue_FilterBulkAssignAndWorkAReport_AsAnOfficial()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await page.GotoAsync("/reports?overdue=1");
        var rows = page.GetByTestId("queue-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("filter-overdue")).ToBeCheckedAsync();
        var due = page.GetByTestId("queue-table").Locator("thead th").Filter(new() { HasText = "กำหนด" });
        await ClickUntilAsync(due.Locator(".sortable-column-header"), page.Locator("thead th[aria-sort=ascending]").Filter(new() { HasText = "กำหนด" }));

        await page.GetByTestId("select-row").Nth(0).CheckAsync();
        await page.GetByTestId("select-row").Nth(1).CheckAsync();
        await MudInputs.PickAsync(page, "bulk-agency", "บรรเทาสาธารณภัย", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสระบุรี");
        await page.GetByTestId("bulk-assign").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "มอบหมายแล้ว 2 จาก 2 เรื่อง" })).ToBeVisibleAsync();

        await page.GetByTestId("row-link").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-timeline")).ToBeVisibleAsync();
        await page.GetByTestId("action-take").ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-assignee")).ToHaveTextAsync("เจ้าหน้าที่สำนักงานจังหวัด");
        await page.GetByTestId("action-note").FillAsync("ซ่อมไฟเรียบร้อยแล้ว");
        await page.GetByTestId("action-resolve").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "บันทึกแล้ว" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("status-badge").First).ToHaveTextAsync("เสร็จสิ้น");
        await Assertions.Expect(page.GetByTestId("detail-timeline")).ToContainTextAsync("ซ่อมไฟเรียบร้อยแล้ว");

        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "report-detail.png"), FullPage = true });
            await page.GotoAsync("/reports");
            await Assertions.Expect(rows.First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "report-queue.png") });
        }
    }

    [Fact]
    public async Task Detail_RevealingAContact_IsForOfficialsAndIsAudited()
    {
        long reportId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            reportId = await db.Set<ReporterContact>().OrderBy(c => c.ReportId).Select(c => c.ReportId).FirstAsync();
        }

        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await page.GotoAsync($"/reports/{reportId}");
        await Assertions.Expect(page.GetByTestId("contact-phone")).ToContainTextAsync("•••");

        await ClickUntilAsync(page.GetByTestId("contact-reveal"), page.GetByTestId("contact-audited"));

        await Assertions.Expect(page.GetByTestId("contact-phone")).ToHaveTextAsync(new Regex("^08[0-9]{8}$"));
        var audit = await app.Services.GetRequiredService<IAuditLog>().ForSubjectAsync("citizen_report", reportId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(audit, a => a.Action == AuditActions.ReporterContactRead && a.UserName == "เจ้าหน้าที่สำนักงานจังหวัด");

        await using var governorContext = await Chromium.NewContextAsync(app.ServerAddress);
        var governor = await BrowserSignIn.NewPageAsync(governorContext, "governor");
        await governor.GotoAsync($"/reports/{reportId}");
        await Assertions.Expect(governor.GetByTestId("contact-phone")).ToContainTextAsync("•••");
        await Assertions.Expect(governor.GetByTestId("contact-reveal")).ToHaveCountAsync(0);
    }

    [SharedDataFact]
    public async Task ImportPage_StewardUploadsATraffyExport_AndSeesWhereEveryRowWent()
    {
        var file = Persistence.Reports.TraffyFiles.Relocated(Persistence.Reports.TraffyFiles.WithDurations, keepOutsideEvery: 4);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "steward");
        await page.GotoAsync("/reports/import");
        await ClickUntilAsync(page.GetByTestId("source-forum"), page.Locator("[data-testid=source-forum]:checked"));
        await ClickUntilAsync(page.GetByTestId("source-traffy"), page.Locator("[data-testid=source-traffy]:checked"));

        await page.GetByTestId("import-file").SetInputFilesAsync(file);

        await Assertions.Expect(page.GetByTestId("import-progress")).ToContainTextAsync("เสร็จแล้ว 2,000 แถว", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("import-rows")).ToContainTextAsync("2,000");
        await Assertions.Expect(page.GetByTestId("import-accepted")).ToContainTextAsync("1,500");
        await Assertions.Expect(page.GetByTestId("import-rejected")).ToContainTextAsync("500");
        await Assertions.Expect(page.GetByTestId("import-outside")).ToContainTextAsync("กรุงเทพมหานคร");
        await Assertions.Expect(page.GetByTestId("import-rejections")).ToContainTextAsync("which this system does not serve");
        await Assertions.Expect(page.GetByTestId("import-history")).ToContainTextAsync("Traffy Fondue");
    }

    /// <summary>
    /// Clicks until the click's effect shows. A server-rendered page ignores clicks until its circuit connects, and a
    /// busy machine may take longer than any fixed wait; the effect is what proves the server saw the click.
    /// </summary>
    internal static async Task ClickUntilAsync(ILocator button, ILocator effect)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await effect.CountAsync() > 0 && await effect.First.IsVisibleAsync())
            {
                return;
            }

            if (await button.CountAsync() > 0)
            {
                try
                {
                    await button.First.ClickAsync(new LocatorClickOptions { Timeout = 2_000 });
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    // A click that times out (the button re-rendered under it) is tried again; a timeout is not a PlaywrightException.
                }
            }

            await Task.Delay(700);
        }

        await Assertions.Expect(effect.First).ToBeVisibleAsync();
    }

    [GeneratedRegex("^SRB-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    private static partial Regex TrackingNumber();
}
