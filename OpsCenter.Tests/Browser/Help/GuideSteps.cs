using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsCenter.Domain.Help;

namespace OpsCenter.Tests.Browser.Help;

/// <summary>How a guide's step is done in the browser, and when its page is ready to be photographed.</summary>
internal static class GuideSteps
{
    public static async Task DoAsync(IPage page, HelpAction action)
    {
        if (action.Click is { } name)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = name }).Or(page.GetByRole(AriaRole.Link, new() { Name = name })).First.ClickAsync();
            await SettleAsync(page);
        }

        if (action.Select is { } selector)
        {
            await page.Locator(selector).ClickAsync();
            await SettleAsync(page);
        }

        if (action.Fill is { } input)
        {
            await page.Locator(input).FillAsync(action.Text!);
        }

        if (action.Upload is { } field)
        {
            // The page is interactive by now (SettleAsync), so the InputFile is wired up and takes the file at once.
            await page.Locator(field).SetInputFilesAsync(new FilePayload { Name = action.FileName!, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(action.FileText!) });
            await SettleAsync(page);
        }

        if (action.ScrollTo is { } target)
        {
            await page.Locator(target).First.ScrollIntoViewIfNeededAsync();
        }
    }

    /// <summary>The network quiet and the page interactive, unless it is plain HTTP by design or its layout (print) does not say.</summary>
    public static async Task SettleAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (await page.Locator("[data-ops-interactive]").CountAsync() == 0)
        {
            return;
        }

        await Assertions.Expect(page.Locator("[data-ops-interactive]")).ToHaveAttributeAsync("data-ops-interactive", new Regex("^(true|static)$"), new() { Timeout = 45_000 });
    }

    public static async Task AssertDrawnAsync(IPage page)
    {
        foreach (var map in await page.Locator(".ops-map").AllAsync())
        {
            await Assertions.Expect(map).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
        }

        if (await page.Locator(".ops-chart").CountAsync() > 0)
        {
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.ops-chart')].every(el => el.querySelector('.main-svg'))", null, new() { Timeout = 20_000 });
        }

        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }
}
