using Microsoft.Playwright;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>Using MudBlazor's inputs as a person does: a MudSelect is no native select, so it is opened and its option tapped.</summary>
public static class MudInputs
{
    /// <summary>Opens the select whose input carries <paramref name="selectTestId"/> and taps the option carrying <paramref name="optionTestId"/>.</summary>
    public static async Task ChooseAsync(IPage page, string selectTestId, string optionTestId)
    {
        await page.GetByTestId(selectTestId).ClickAsync();
        await page.GetByTestId(optionTestId).ClickAsync();
        await Assertions.Expect(page.GetByTestId(optionTestId)).ToHaveCountAsync(0);
    }

    /// <summary>Types into an autocomplete and taps the first suggestion containing <paramref name="optionText"/>.</summary>
    public static async Task PickAsync(IPage page, string inputTestId, string typed, string optionText)
    {
        await page.GetByTestId(inputTestId).FillAsync(typed);
        await page.Locator(".mud-popover-open [data-testid=agency-option]", new() { HasText = optionText }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId(inputTestId)).ToHaveValueAsync(optionText);
    }
}
