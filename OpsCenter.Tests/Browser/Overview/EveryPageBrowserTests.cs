using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsCenter.Domain.Common;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Tests.Browser.Overview;

/// <summary>
/// Every page of the app (the permission matrix lists them all, so a new page joins this tour by itself), opened by a
/// person who uses it, at the sizes they use it on: phone and desk, and the wall sizes for the wall screens. Each page
/// must load without the error banner, fit the screen's width, draw its maps and charts with data in them, and not bounce
/// its user to sign-in. With OPSCENTER_SCREENSHOTS set, each is photographed as <c>{page}-{size}.png</c>, which is how
/// docs/screens is regenerated.
/// </summary>
public sealed partial class EveryPageBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    // The person who opens each page: a citizen where the public may, else the role whose work the page is.
    private static readonly string[] CallerPreference =
    [
        PermissionMatrix.Anonymous, OpsRoles.Official, OpsRoles.DataSteward, OpsRoles.Presenter, OpsRoles.Admin,
        OpsRoles.Executive, OpsRoles.National, OpsRoles.AgencyStaff,
    ];

    private static readonly string[] WallPages = ["/wall/{Slug}", "/reviews/{Id:int}/screen", "/wall/blank"];

    public static TheoryData<string> Sizes => new() { Display.Phone.Name, Display.Desk.Name, Display.Wall.Name, Display.Wall4K.Name };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task EveryPage_LoadsAndFits_AtTheSizesItsUsersHave(string size)
    {
        var display = new[] { Display.Phone, Display.Desk, Display.Wall, Display.Wall4K }.Single(d => d.Name == size);
        var routes = await DemoRoutes.LoadAsync(app.Services, "19");
        var pages = PermissionMatrix.Entries
            .Where(p => p.Surface == Surface.Page && SizesOf(p.Route).Contains(display))
            .GroupBy(p => CallerPreference.First(p.Allows));
        var failures = new List<string>();
        var visited = 0;
        foreach (var caller in pages)
        {
            await using var context = await Chromium.NewContextAsync(app.ServerAddress, display);
            var page = caller.Key == PermissionMatrix.Anonymous
                ? await context.NewPageAsync()
                : await BrowserSignIn.NewPageAsync(context, DemoRoutes.DemoUserOfRole[caller.Key]);
            foreach (var permission in caller)
            {
                visited++;
                failures.AddRange(await CheckAsync(page, permission.Route, routes.PathFor(permission.Route), display));
            }
        }

        Assert.True(visited > 0, $"no page is used at {display}");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static Display[] SizesOf(string route) => route switch
    {
        _ when WallPages.Contains(route) => [Display.Wall, Display.Wall4K],
        "/wall/{Slug}/remote" => [Display.Phone],
        _ => [Display.Phone, Display.Desk],
    };

    private static async Task<List<string>> CheckAsync(IPage page, string route, string path, Display display)
    {
        var failures = new List<string>();
        var response = await page.GotoAsync(path);
        var where = $"{path} at {display}";
        if (route is not ("/not-found" or "/error") && response is { Status: >= 400 })
        {
            failures.Add($"{where}: HTTP {response.Status}");
        }

        if (route is not ("/login" or "/forbidden") && SignInOrRefusal().IsMatch(new Uri(page.Url).AbsolutePath))
        {
            failures.Add($"{where}: sent to {page.Url}");
            return failures;
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (route == "/wall/{Slug}")
        {
            await CheckEachSlideAsync(page, where, failures);
        }
        else
        {
            failures.AddRange(await CheckDrawnAsync(page, where));
        }

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 1)
        {
            failures.Add($"{where}: the page is {overflow} px wider than the screen");
        }

        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{ScreenshotName(route)}-{display}.png") });
        }

        return failures;
    }

    // The shared playlist turns a wall's slide every half minute: a map still drawing when it turns is gone before it is
    // ready (CI: "a map was not drawn" at 4K). This television holds the playlist and shows each slide in turn, so every
    // slide's maps and charts are checked, whatever the clock; it ends back on the slide it opened on.
    private static async Task CheckEachSlideAsync(IPage page, string where, List<string> failures)
    {
        var screen = page.GetByTestId("wall-screen");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-keys", "ready", new() { Timeout = 20_000 });
        if (await screen.GetAttributeAsync("data-mode") != "Paused")
        {
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(screen).ToHaveAttributeAsync("data-mode", "Paused");
        }

        var slides = int.Parse(await screen.GetAttributeAsync("data-slides") ?? "1");
        for (var shown = 0; shown < slides; shown++)
        {
            var slide = await screen.GetAttributeAsync("data-slide");
            failures.AddRange(await CheckDrawnAsync(page, $"{where}, slide {slide}"));
            if (slides > 1)
            {
                await page.Keyboard.PressAsync("ArrowRight");
                await Assertions.Expect(screen).Not.ToHaveAttributeAsync("data-slide", slide!);
            }
        }
    }

    private static async Task<List<string>> CheckDrawnAsync(IPage page, string where)
    {
        var failures = new List<string>();
        foreach (var map in await page.Locator(".ops-map").AllAsync())
        {
            try
            {
                await Assertions.Expect(map).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
            }
            catch (PlaywrightException)
            {
                failures.Add($"{where}: a map was not drawn");
            }
        }

        var charts = await page.Locator(".ops-chart").CountAsync();
        if (charts > 0 && !await ChartsDrawnAsync(page))
        {
            failures.Add($"{where}: a chart is empty after load ({charts} charts)");
        }

        if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
        {
            failures.Add($"{where}: the error banner is shown");
        }

        return failures;
    }

    // plotly keeps the figure it drew on its element; a chart with no points in any trace shows an empty frame.
    private static async Task<bool> ChartsDrawnAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(
                """
                () => [...document.querySelectorAll('.ops-chart')].every(el =>
                  el.querySelector('.main-svg') && (el.data || []).some(t =>
                    ['x', 'y', 'values', 'z', 'locations'].some(k => Array.isArray(t[k]) && t[k].length > 0)))
                """,
                null,
                new() { Timeout = 20_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static string ScreenshotName(string route)
    {
        var name = RouteParameter().Replace(route, m => m.Groups[1].Value.Split(':')[0].ToLowerInvariant()).Trim('/').Replace('/', '-');
        return name.Length == 0 ? "home" : name;
    }

    [GeneratedRegex("^/(login|forbidden)$")]
    private static partial Regex SignInOrRefusal();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();
}
