using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Overview;

/// <summary>
/// The app's shell (app bar, menu, sign-in and sign-out) as a person sees it on a phone and at a desk: one line of header,
/// the account button on screen, nothing spilling past the right edge. (Every page's screenshots come from
/// <see cref="EveryPageBrowserTests"/>.)
/// </summary>
public sealed class ShellBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    public static TheoryData<string> Sizes => new() { Display.Phone.Name, Display.Desk.Name };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task CitizenPages_FitTheScreen_WithOneLineOfHeader_AndSignInOnScreen(string size)
    {
        var screen = Size(size);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, screen);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", "/report", "/track", "/proposals", "/map" })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, screen, path, "sign-in");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task StaffPages_FitTheScreen_WithSignOutOnScreen(string size)
    {
        var screen = Size(size);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, screen);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "official", "/reports");
        foreach (var path in new[] { "/reports", "/budget", "/kpis", "/catalog" })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, screen, path, "sign-out");
        }
    }

    [Fact]
    public async Task OnAPhone_TheMenuIsClosed_UntilTapped()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var firstLink = page.GetByTestId("nav-menu").Locator("a").First;
        await Assertions.Expect(firstLink).Not.ToBeInViewportAsync();

        // An off-screen drawer's links are "visible" to Playwright, so the click is checked by the viewport; on a loaded
        // machine the first tap can land before the toggle's handler is wired, and then it is tapped again.
        await HomePageBrowserTests.WaitUntilInteractiveAsync(page);
        for (var tap = 0; tap < 3; tap++)
        {
            await page.GetByTestId("menu-toggle").ClickAsync();
            if (await InViewportAsync(firstLink))
            {
                break;
            }
        }

        await Assertions.Expect(firstLink).ToBeInViewportAsync();
    }

    private static async Task<bool> InViewportAsync(ILocator link)
    {
        try
        {
            await Assertions.Expect(link).ToBeInViewportAsync(new() { Timeout = 3_000 });
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    private static Display Size(string name) => name == Display.Phone.Name ? Display.Phone : Display.Desk;

    private static async Task AssertFitsAsync(IPage page, Display screen, string path, string accountButton)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (await page.Locator(".ops-map").CountAsync() > 0)
        {
            await Assertions.Expect(page.Locator(".ops-map").First).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
        }

        if (await page.GetByTestId("queue-table").CountAsync() > 0)
        {
            await page.Locator("[data-testid=queue-row], [data-testid=queue-empty]").First.WaitForAsync();
        }

        var header = await page.Locator(".ops-appbar").BoundingBoxAsync();
        Assert.True(header is { Height: <= 64 }, $"{path} at {screen}: the header must be one line, was {header?.Height} px high");

        var button = await page.GetByTestId(accountButton).BoundingBoxAsync();
        Assert.True(button is not null && button.X >= 0 && button.X + button.Width <= screen.Width && button.Y + button.Height <= header!.Height + 1,
            $"{path} at {screen}: {accountButton} must be in the header, on screen; was at {button?.X}+{button?.Width}");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"{path} at {screen}: the page is {overflow} px wider than the screen");
    }
}
