using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Maps;

public sealed class BoundaryUploadBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [SharedDataFact]
    public async Task AdminUploadsRealDistrictFile_SeesTheMatchReport_AndTheMapDrawsOfficialBoundaries()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "admin", "/admin/boundaries");

        await UploadWhenInteractiveAsync(page, new FilePayload
        {
            Name = "saraburi_districts_detailed.geojson",
            MimeType = "application/geo+json",
            Buffer = await File.ReadAllBytesAsync(SharedData.PathOf("geo/saraburi_districts_detailed.geojson")),
        });

        var report = page.GetByTestId("boundary-result");
        await Assertions.Expect(report).ToContainTextAsync("แทนที่ขอบเขต (อำเภอ): 13", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("boundary-unmatched").Locator("tbody tr")).ToHaveCountAsync(0);

        await page.GotoAsync("/map");
        await Assertions.Expect(page.GetByTestId("drill-map")).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator(".maps-page .ops-note")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AdminUploadsSomethingElse_SeesAThaiMessage()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "admin", "/admin/boundaries");

        await UploadWhenInteractiveAsync(page, new FilePayload { Name = "points.geojson", MimeType = "application/json", Buffer = "{\"type\":\"Point\",\"coordinates\":[100,14]}"u8.ToArray() });

        await Assertions.Expect(page.GetByTestId("boundary-error")).ToContainTextAsync("อ่านไฟล์ไม่ได้", new() { Timeout = 20_000 });
    }

    /// <summary>The circuit may connect after first paint; choose the file again until the server has taken it.</summary>
    private static async Task UploadWhenInteractiveAsync(IPage page, FilePayload file)
    {
        var answered = page.Locator("[data-testid=boundary-progress], [data-testid=boundary-result], [data-testid=boundary-error]");
        for (var i = 0; i < 20 && await answered.CountAsync() == 0; i++)
        {
            await page.GetByTestId("boundary-file").SetInputFilesAsync(file);
            await page.WaitForTimeoutAsync(1000);
        }
    }
}
