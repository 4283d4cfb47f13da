using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Reports;

/// <summary>What a citizen sees when the report form refuses something: the message under the field it is about, on the screen.</summary>
public sealed class ReportFormBrowserTests(ReportsKestrelApp app) : IClassFixture<ReportsKestrelApp>
{
    public static TheoryData<string> Screens => ["phone", "desk"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task EmptySubmit_ShowsEachThaiMessageUnderItsField_AndNothingLeavesTheScreen(string screen)
    {
        var display = screen == "phone" ? Display.Phone : Display.Desk;
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, display);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");
        await Assertions.Expect(page.GetByTestId("report-map")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });

        await page.GetByTestId("report-submit").ClickAsync();

        await AssertUnderAsync(page.GetByTestId("category"), page.Locator("#error-category"), "กรุณาเลือกหมวดหมู่", display);
        await AssertUnderAsync(page.GetByTestId("description"), page.Locator("#error-description"), "กรุณาเล่ารายละเอียด", display);
        await Assertions.Expect(page.GetByTestId("form-problem")).ToContainTextAsync("กรุณาแก้ไขช่องที่มีข้อความสีแดง");

        await page.Locator("#contact-phone").FillAsync("12ab");
        await page.Locator("#contact-email").FocusAsync();
        await AssertUnderAsync(page.Locator("#contact-phone"), page.Locator("#error-phone"), "หมายเลขโทรศัพท์ไม่ถูกต้อง", display);
        await Assertions.Expect(page.Locator("#contact-phone")).ToHaveValueAsync("12ab");

        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"report-form-errors-{display.Name}.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task AFixedField_LosesItsMessage_AndTheChosenCategoryStays()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");
        await Assertions.Expect(page.GetByTestId("report-map")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
        await page.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#error-category")).ToBeVisibleAsync();

        await MudInputs.ChooseAsync(page, "category", "category-road");

        await Assertions.Expect(page.Locator("#error-category")).ToHaveCountAsync(0);
        var category = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByTestId("category") });
        await Assertions.Expect(category).ToContainTextAsync("ถนน");
    }

    /// <summary>The message is visible, inside the viewport's width, and starts just below its field, not somewhere else on the page.</summary>
    private static async Task AssertUnderAsync(ILocator field, ILocator message, string text, Display display)
    {
        await Assertions.Expect(message).ToContainTextAsync(text);
        await message.ScrollIntoViewIfNeededAsync();
        var fieldBox = (await field.BoundingBoxAsync())!;
        var messageBox = (await message.BoundingBoxAsync())!;
        Assert.InRange(messageBox.Y - (fieldBox.Y + fieldBox.Height), 0, 40);
        Assert.InRange(messageBox.X, 0, display.Width);
        Assert.True(messageBox.X + messageBox.Width <= display.Width, $"'{text}' runs past the {display.Name}'s right edge");
        Assert.True(fieldBox.X + fieldBox.Width <= display.Width, $"the field of '{text}' runs past the {display.Name}'s right edge");
    }
}
