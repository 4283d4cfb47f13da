using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Security;

namespace OpsCenter.Tests.Browser.Security;

public sealed partial class SecurityBrowserTests(SecurityKestrelApp app) : IClassFixture<SecurityKestrelApp>
{
    public static TheoryData<string> Revocations => ["disable", "new-stamp", "delete"];

    [Theory]
    [MemberData(nameof(Revocations))]
    public async Task OpenCircuit_UserRevoked_LosesAccessWithoutReloading(string revocation)
    {
        var name = await SecurityApps.CreateUserAsync(app.Services, OpsRoles.Official);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, name);
        await page.GotoAsync("/reports");
        await Assertions.Expect(page.GetByTestId("queue-row").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-ops-interactive]")).ToHaveAttributeAsync("data-ops-interactive", "true");

        await SecurityApps.ChangeUserAsync(app.Services, name, (users, user) => Revoke(users, user, revocation));

        // Nobody navigates: the circuit's revalidation turns it anonymous and the router sends the page to sign-in.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"), new() { Timeout = 30_000 });
        await page.GotoAsync("/reports");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
    }

    public static TheoryData<string, string> Pages => new()
    {
        { "/", "home-map" },
        { "/report", "report-map" },
        { "/reports", "queue-row" },
        { "/budget", "fy-picker" },
        { "/catalog", "catalog-table" },
        { "/wall/complaints", "tile-received-today-value" },
        { "/kpis", "kpi-row" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_UnderTheCsp_ReportNoViolation_AndStayInteractive(string path, string testId)
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        await context.AddInitScriptAsync(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var page = await BrowserSignIn.NewPageAsync(context, "admin");
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                console.Add(message.Text);
            }
        };

        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByTestId(testId).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var interactive = path.StartsWith("/wall", StringComparison.Ordinal) ? "html[data-ops-connection=online]" : "[data-ops-interactive=true]";
        await Assertions.Expect(page.Locator(interactive)).ToBeAttachedAsync();

        var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
        Assert.Empty(violations);
        Assert.Empty(console);
    }

    [Fact]
    public async Task HomeToggle_UnderTheCsp_StillRespondsThroughTheCircuit()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-ops-interactive]")).ToHaveAttributeAsync("data-ops-interactive", "true");

        await page.GetByTestId("toggle-districts").ClickAsync();

        await Assertions.Expect(page.GetByTestId("district-table")).ToContainTextAsync("แก่งคอย");
    }

    private static async Task Revoke(UserManager<OpsUser> users, OpsUser user, string revocation)
    {
        switch (revocation)
        {
            case "disable":
                user.IsDisabled = true;
                Assert.True((await users.UpdateAsync(user)).Succeeded);
                break;
            case "new-stamp":
                Assert.True((await users.UpdateSecurityStampAsync(user)).Succeeded);
                break;
            default:
                Assert.True((await users.DeleteAsync(user)).Succeeded);
                break;
        }
    }
}
