using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Domain.Help;

namespace OpsCenter.Tests.Browser.Help;

/// <summary>
/// Every step of the user guide, done in Chromium as its reader does it: signed in with the role's demo account, at the
/// size that role uses, the guide's clicks and uploads made, the page the guide names reached and every word the guide
/// tells the reader to look for on screen. A step whose page, button or label is gone fails here. With
/// OPSCENTER_GUIDE_SCREENSHOTS set to the app's <c>wwwroot/help/img</c>, each step's picture is taken anew there.
/// </summary>
public sealed partial class HelpGuideBrowserTests(HelpGuideBrowserTests.GuideApp app) : IClassFixture<HelpGuideBrowserTests.GuideApp>
{
    public const string ScreenshotsVariable = "OPSCENTER_GUIDE_SCREENSHOTS";

    public static TheoryData<string> Roles => new(HelpGuides.All.Select(g => g.Role));

    /// <summary>A role's steps in the guide's order, as its reader does them: a later step may build on an earlier one.</summary>
    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryStep_ShowsItsReaderWhatTheGuideSays(string role)
    {
        var guide = HelpGuides.Find(role)!;
        foreach (var step in guide.Steps.Where(s => !s.IsTextOnly))
        {
            try
            {
                await WalkAsync(guide, step);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"{role}/{step.Id} ({step.Route}): {e.Message}");
            }
        }
    }

    [Fact]
    public async Task PrintPage_StartsEachRoleOnANewSheet_AndPrintsToPdf()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Desk);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/help/print");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        // Read once the print styles apply: CI once read every guide's computed style as "" while the page was settling.
        await Assertions.Expect(page.Locator("[data-testid=help-guide]").Last).ToHaveCSSAsync("break-before", "page");

        var breaks = await page.Locator("[data-testid=help-guide]").EvaluateAllAsync<string[]>("all => all.map(e => getComputedStyle(e).breakBefore)");
        var pictures = await page.Locator("[data-testid=help-shot]").EvaluateAllAsync<bool[]>("all => all.map(i => i.complete && i.naturalWidth > 0)");
        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4", PrintBackground = true }));

        Assert.Equal(HelpGuides.All.Select(_ => "page"), breaks);
        Assert.Equal(HelpGuides.All.Sum(g => g.Steps.Count(s => !s.IsTextOnly)), pictures.Count(loaded => loaded));
        Assert.Equal(0, await page.Locator(".ops-appbar, [data-testid=nav-menu]").CountAsync());
        await Assertions.Expect(page.GetByTestId("help-print-button")).ToBeHiddenAsync();
        Assert.True(PdfPages().Matches(pdf).Count > HelpGuides.All.Count, "every role starts a new sheet after the cover");
    }

    private async Task WalkAsync(HelpGuide guide, HelpStep step)
    {
        var path = step.Open ?? (await app.RoutesAsync()).PathFor(step.Route);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, DisplayNamed(guide.DisplayOf(step)), storageState: await app.SignedInAsync(guide.SignInAs));
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await GuideSteps.SettleAsync(page);
        foreach (var action in step.BeforeOrNone)
        {
            await GuideSteps.DoAsync(page, action);
        }

        Assert.True(HelpTopics.Matches(step.Route, new Uri(page.Url).PathAndQuery), $"the guide says {step.Route}, the browser is at {page.Url}");
        foreach (var label in step.LabelsOrNone)
        {
            await Assertions.Expect(page.GetByText(label).Locator("visible=true").First).ToBeVisibleAsync();
        }

        await GuideSteps.AssertDrawnAsync(page);
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(Path.Combine(folder, guide.Role));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, guide.Role, step.Id + ".png") });
        }
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPages();

    private static Display DisplayNamed(string name) => new[] { Display.Phone, Display.Desk, Display.Wall }.Single(d => d.Name == name);

    /// <summary>The app the guide is walked on, and one sign-in per role kept as cookies for every step of that role.</summary>
    public sealed class GuideApp : KestrelApp
    {
        private readonly Dictionary<string, string> _cookies = [];
        private DemoRoutes? _routes;

        public async Task<DemoRoutes> RoutesAsync() => _routes ??= await DemoRoutes.LoadAsync(Services, "19");

        public async Task<string?> SignedInAsync(string role)
        {
            if (role == HelpGuide.Anonymous)
            {
                return null;
            }

            if (!_cookies.TryGetValue(role, out var cookies))
            {
                await using var context = await Chromium.NewContextAsync(ServerAddress);
                await BrowserSignIn.NewPageAsync(context, DemoRoutes.DemoUserOfRole[role]);
                _cookies[role] = cookies = await context.StorageStateAsync();
            }

            return cookies;
        }
    }
}
