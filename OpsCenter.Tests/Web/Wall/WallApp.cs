using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Web.Wall;

/// <summary>The app on Kestrel (SQLite) with a fast outbox relay, shared by the wall's web and browser tests.</summary>
public sealed class WallApp() : OpsAppFactory(DatabaseProvider.Sqlite, OutboxRelayTests.FastRelay)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
        var relay = Services.GetRequiredService<OutboxRelay>();
        await OpsEventBusTests.Until(() => relay.IsReady);
    }

    public async Task<IssuedScreenToken> IssueTokenAsync(string? screenSlug = "governor")
    {
        var screens = Services.GetRequiredService<WallScreens>();
        var screen = screenSlug is null ? null : await screens.FindAsync(TestReports.Saraburi, screenSlug);
        return await Services.GetRequiredService<ScreenTokens>().CreateAsync("ทีวีทดสอบ", screen?.Id, TestAdmins.Of(TestReports.Saraburi)) ?? throw new InvalidOperationException("no screen token");
    }

    /// <summary>A screen of its own for a test that changes shared state (pauses it, turns on alarm-only mode).</summary>
    public async Task<WallScreenInfo> CreateScreenAsync(string slug, int rotationSeconds, params WallSlide[] slides)
    {
        var (screen, errors) = await Services.GetRequiredService<WallScreens>().SaveAsync(
            null, new WallScreenInput(slug, $"จอทดสอบ {slug}", $"Test screen {slug}", null, 30, rotationSeconds, slides), TestAdmins.Of(TestReports.Saraburi));
        return screen ?? throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.English)));
    }

    /// <summary>Like a browser: keeps cookies, does not follow redirects, talks to the Kestrel listener.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = ServerAddress };

    public Task<long> PostReportAsync(string category = "road") => TestReports.PostAsync(ServerAddress, category);
}
