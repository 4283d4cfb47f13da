using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Browser.Wall;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Wall;

/// <summary>The published app as real processes: two instances on one PostgreSQL (a server restart under a television: WallRestartBrowserTests).</summary>
public sealed class WallInstancesTests
{
    [PublishedPostgresFact]
    public async Task TwoInstancesOnOneDatabase_ShowTheSameScreens_AndFollowEachOther()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = AppProcess.DatabaseSettings(database);
        await using var a = await AppProcess.StartAsync(settings);
        await using var b = await AppProcess.StartAsync(settings);
        var secret = await IssueTokenAsync(database);
        var (contextA, pageA) = await WallBrowserTests.OpenWithSecretAsync(a.Address, "complaints", secret);
        await using var _ = contextA;
        var (contextB, pageB) = await WallBrowserTests.OpenWithSecretAsync(b.Address, "complaints", secret);
        await using var __ = contextB;
        var before = await TileAsync(pageA);
        var readAt = TestClock.UtcNow;
        Assert.Equal(before, await TileAsync(pageB));

        await TestReports.PostAsync(a.Address);

        var expected = ReceivedToday.OneMoreThan(before, readAt);
        await Assertions.Expect(pageA.GetByTestId("tile-received-today-value")).ToHaveTextAsync(expected);
        await Assertions.Expect(pageB.GetByTestId("tile-received-today-value")).ToHaveTextAsync(expected);

        // A command on instance A reaches the television on instance B through the outbox and NOTIFY.
        using var remote = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = a.Address };
        await remote.SignInAsync("governor", OpsAppFactory.DemoPassword);
        (await remote.PostAsJsonAsync("/api/wall/screens/complaints/control", new { command = "pause" })).EnsureSuccessStatusCode();
        (await remote.PostAsJsonAsync("/api/wall/screens/complaints/control", new { command = "goto", slide = 1 })).EnsureSuccessStatusCode();
        await Assertions.Expect(pageB.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-mode", "Paused");
        await Assertions.Expect(pageB.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(pageA.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-slide", "1");
    }

    internal static async Task<int> TileAsync(IPage page) =>
        int.Parse(await page.GetByTestId("tile-received-today-value").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>A screen token written straight into the database, as the admin page would have issued it.</summary>
    internal static async Task<string> IssueTokenAsync(TestDatabase database)
    {
        var secret = ScreenTokens.SecretPrefix + Guid.NewGuid().ToString("N");
        await using var db = DbContexts.For(database);
        db.Add(new ScreenToken
        {
            ProvinceCode = TestReports.Saraburi,
            Name = "ทีวีทดสอบ",
            TokenHash = ScreenTokens.Hash(secret),
            TokenPrefix = secret[..12],
            CreatedAt = TestClock.UtcNow,
        });
        await db.SaveChangesAsync();
        return secret;
    }
}

/// <summary>Needs both the published app and a PostgreSQL server, and says which is missing.</summary>
public sealed class PublishedPostgresFactAttribute : FactAttribute
{
    public PublishedPostgresFactAttribute()
    {
        if (AppProcess.PublishedDll is null)
        {
            Skip = AppProcess.NotPublishedMessage;
        }
        else if (!PostgresServer.IsConfigured)
        {
            Skip = PostgresServer.NotConfiguredMessage;
        }
    }
}
