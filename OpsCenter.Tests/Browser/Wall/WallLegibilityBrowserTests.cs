using Microsoft.Playwright;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Wall;

namespace OpsCenter.Tests.Browser.Wall;

/// <summary>
/// A wall is read from five metres by people who never touch it, on a 1080p or a 4K television: figures as large as
/// their tiles allow, status words whole, and nothing on screen that asks for a key or a click.
/// </summary>
public sealed class WallLegibilityBrowserTests(WallApp app) : IClassFixture<WallApp>
{
    // Four panels: the tiles are the smallest they get, where a figure or a status word is likeliest to be cramped.
    private static readonly WallSlide Crowded = new("ภาพรวม", "Overview", [WallPanels.Counters, WallPanels.Heatmap, WallPanels.Kpis, WallPanels.Ticker]);
    private static readonly WallSlide Pair = new("ตัวชี้วัด", "KPIs", [WallPanels.Kpis, WallPanels.Counters]);

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public async Task Tiles_FigureFillsItsTile_AndNoStatusWordIsCut(int width, int height)
    {
        await app.CreateScreenAsync($"legible-{width}", 600, Crowded, Pair);
        var (context, page) = await OpenAsync($"legible-{width}", width, height);
        await using var _ = context;

        foreach (var slide in new[] { "0", "1" })
        {
            await Assertions.Expect(page.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-slide", slide);
            await Assertions.Expect(page.Locator(".ops-wall-tile-status").First).ToBeVisibleAsync();
            await page.EvaluateAsync("document.fonts.ready");
            await WallSight.ScreenshotAsync(page, $"wall-tiles-{slide}-{width}x{height}");

            WallSight.None(await WallSight.SmallFiguresAsync(page), "figures small for their tiles");
            WallSight.None(await WallSight.ClippedAsync(page.Locator(".ops-wall-tile-status")), "status words cut");
            WallSight.None(await WallSight.ClippedAsync(page.Locator(".ops-wall-tile h3")), "tile labels cut");
            await page.Keyboard.PressAsync("ArrowRight");
        }
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public async Task Wall_ShowsNothingToPressOrHover_YetItsKeysStillWork(int width, int height)
    {
        await app.CreateScreenAsync($"hands-off-{width}", 600, Crowded, Pair);
        var (context, page) = await OpenAsync($"hands-off-{width}", width, height);
        await using var _ = context;
        var screen = page.GetByTestId("wall-screen");

        WallSight.None(await WallSight.AffordancesAsync(page), "things to press on the wall");
        Assert.Equal("none", await screen.EvaluateAsync<string>("el => getComputedStyle(el).cursor"));

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-local", "true");
        await page.Mouse.MoveAsync(width / 2f, height / 2f);

        // Steered from its own keyboard, the wall says so, but still names no key to press.
        WallSight.None(await WallSight.AffordancesAsync(page), "things to press on the wall");
        await Assertions.Expect(page.GetByTestId("wall-mode")).ToContainTextAsync("ควบคุมที่จอนี้");
        await WallSight.ScreenshotAsync(page, $"wall-hands-off-{width}x{height}");
    }

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string slug, int width, int height)
    {
        var token = await app.IssueTokenAsync(null);
        return await WallBrowserTests.OpenWithSecretAsync(app.ServerAddress, slug, token.Secret, new Display($"tv-{width}", width, height));
    }
}
