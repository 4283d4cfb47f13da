using Microsoft.Playwright;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole run (Playwright cannot download its own browser here); each test gets
/// its own context, so cookies and storage never leak between tests.
/// </summary>
public static class Chromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("OPSCENTER_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowserContext> NewContextAsync(Uri baseAddress, string locale = "th-TH") =>
        NewContextAsync(baseAddress, new Display("default", 1600, 1000), locale);

    /// <summary>
    /// A context the size of <paramref name="screen"/>: a phone also gets touch and a phone's pixel density. With
    /// <paramref name="storageState"/> (from <c>StorageStateAsync</c>) it starts with another context's cookies: signed in.
    /// </summary>
    public static async Task<IBrowserContext> NewContextAsync(Uri baseAddress, Display screen, string locale = "th-TH", string? storageState = null)
    {
        var browser = await BrowserAsync();
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            HasTouch = screen.IsPhone,
            IsMobile = screen.IsPhone,
            StorageState = storageState,
        });
    }

    private static async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true })
        {
            return _browser;
        }

        await Gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            if (!File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException($"Chromium not found at {ExecutablePath}; run scripts/ensure-tools.sh or set OPSCENTER_CHROMIUM.");
            }

            // The machines are shared and noisy: assertions wait for what a person would see, not for a fast CPU.
            Assertions.SetDefaultExpectTimeout(15_000);
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
                ],
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }
}
