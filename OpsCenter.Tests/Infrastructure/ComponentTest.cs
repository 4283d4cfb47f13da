using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// A bunit context with what every OpsCenter component expects: MudBlazor's services, JavaScript calls answered loosely
/// (a test that cares sets up and verifies its own), and the Thai UI culture the product defaults to. Disposed through
/// IAsyncLifetime: some of MudBlazor's services can only be disposed asynchronously.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    protected ComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("th-TH");
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Clicks the sortable header of a MudDataGrid column, found by its title, as a person at a desk would.</summary>
    protected static void ClickHeader<TComponent>(IRenderedComponent<TComponent> grid, string title)
        where TComponent : IComponent =>
        grid.FindAll("th .sortable-column-header").Single(h => h.TextContent.Trim() == title).Click();

    protected static void InEnglish() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = _culture;
        base.Dispose(disposing);
    }
}
