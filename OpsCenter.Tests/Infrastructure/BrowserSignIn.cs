using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>Signing in through the real /login form in Chromium, as a person does.</summary>
public static class BrowserSignIn
{
    /// <summary>A new page of <paramref name="context"/>, signed in as <paramref name="user"/> and past the login form.</summary>
    public static async Task<IPage> NewPageAsync(IBrowserContext context, string user)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await FillAndSubmitAsync(page, user);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/login"));
        return page;
    }

    /// <summary>Signs <paramref name="page"/> in as <paramref name="user"/> and waits until it has landed on <paramref name="returnUrl"/>.</summary>
    public static async Task SignInAsync(IPage page, string user, string returnUrl)
    {
        await page.GotoAsync("/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await FillAndSubmitAsync(page, user);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
    }

    private static async Task FillAndSubmitAsync(IPage page, string user)
    {
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", OpsAppFactory.DemoPassword);
        await page.GetByTestId("login-submit").ClickAsync();
    }
}
