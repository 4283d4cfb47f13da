using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;

namespace WallBench;

/// <summary>What every measurement shares: the database, app instance A, a screen token, the browser, background circuits.</summary>
internal sealed class Bench : IAsyncDisposable
{
    public const string Password = "Bench-Password-2569!";

    /// <summary>The governor's wall as a benchmark screen: KPI and report tiles, the heatmap and the ticker; it never rotates.</summary>
    public const string FullScreen = "bench-full";

    /// <summary>Report tiles only: what "one tile update" sends.</summary>
    public const string TilesScreen = "bench-tiles";

    /// <summary>Two slides, paused: the remote moves it between them.</summary>
    public const string RemoteScreen = "bench-remote";

    /// <summary>The cookie /wall/connect sets on a television (ScreenTokenAuthentication.CookieName in the web project).</summary>
    public const string ScreenCookie = "opscenter.screen";

    private readonly List<BlazorCircuitClient> _background = [];
    private IPlaywright? _playwright;

    private Bench(string dll, string server, string database)
    {
        Dll = dll;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 50 }.ConnectionString;
        ServerConnectionString = server;
        Reports = new BenchReports();
    }

    public string Dll { get; }

    public string Database { get; }

    public string ConnectionString { get; }

    public string ServerConnectionString { get; }

    public BenchReports Reports { get; }

    public AppInstance A { get; private set; } = default!;

    public string Cookie { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public int BackgroundCount => _background.Count;

    public static async Task<Bench> CreateAsync(string dll, string server)
    {
        var bench = new Bench(dll, server, "wallbench_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture));
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {bench.Database}", connection).ExecuteNonQueryAsync();
        }

        Console.Error.WriteLine($"starting instance A on {bench.Database} (migrates and seeds the demo)…");
        bench.A = await AppInstance.StartAsync(dll, bench.ConnectionString, "a");
        await bench.PrepareAsync();
        bench._playwright = await Playwright.CreateAsync();
        bench.Browser = await bench._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OPSCENTER_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--enable-precise-memory-info", "--disable-background-timer-throttling"],
        });
        return bench;
    }

    private async Task PrepareAsync()
    {
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        var now = DateTime.UtcNow;
        WallScreen Screen(string slug, params WallSlide[] slides) => new()
        {
            ProvinceCode = "19", Slug = slug, NameTh = slug, NameEn = slug, PeriodDays = 30, RotationSeconds = 0, Slides = slides,
            ControlMode = WallControlMode.Paused, ControlAnchorAt = now, UpdatedAt = now,
        };
        db.AddRange(
            Screen(FullScreen, new WallSlide("ภาพรวม", "Overview", [WallPanels.Counters, WallPanels.Heatmap, WallPanels.Kpis, WallPanels.Ticker])),
            Screen(TilesScreen, new WallSlide("สถิติ", "Counters", [WallPanels.Counters])),
            Screen(RemoteScreen, new WallSlide("หนึ่ง", "One", [WallPanels.Counters]), new WallSlide("สอง", "Two", [WallPanels.Ticker])),
            Screen("bench-kpis", new WallSlide("KPI", "KPI", [WallPanels.Kpis])),
            Screen("bench-ticker", new WallSlide("Ticker", "Ticker", [WallPanels.Ticker])),
            Screen("bench-map", new WallSlide("Map", "Map", [WallPanels.Heatmap])),
            Screen("bench-budget", new WallSlide("Budget", "Budget", [WallPanels.Budget])));
        var secret = ScreenTokens.SecretPrefix + Guid.NewGuid().ToString("N");
        db.Add(new ScreenToken { ProvinceCode = "19", Name = "bench", TokenHash = ScreenTokens.Hash(secret), TokenPrefix = secret[..12], CreatedAt = now });
        await db.SaveChangesAsync();
        Cookie = $"{ScreenCookie}={secret}";
    }

    public OpsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<OpsDbContext>();
        DomainServiceCollectionExtensions.Configure(options, DatabaseProvider.Postgres, ConnectionString);
        return new OpsDbContext(options.Options);
    }

    /// <summary>A browser page showing a wall screen of an instance, live and ready.</summary>
    public async Task<(IPage Page, FrameCounter Frames)> OpenPageAsync(AppInstance app, string path, int width = 1920, int height = 1080)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "th-TH" });
        await context.AddCookiesAsync([new Cookie { Name = Cookie.Split('=')[0], Value = Cookie[(Cookie.IndexOf('=') + 1)..], Url = app.Address.ToString() }]);
        var page = await context.NewPageAsync();
        var frames = new FrameCounter(page);
        await page.GotoAsync(new Uri(app.Address, path).ToString());
        await page.WaitForFunctionAsync("document.documentElement.dataset.opsConnection === 'online'", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        if (path.StartsWith("/wall/bench", StringComparison.Ordinal))
        {
            await page.WaitForSelectorAsync("[data-keys=ready]", new PageWaitForSelectorOptions { Timeout = 120_000 });
        }

        return (page, frames);
    }

    /// <summary>Opens or closes protocol-level circuits until <paramref name="count"/> are open on instance A.</summary>
    public async Task SetBackgroundAsync(int count, string path)
    {
        while (_background.Count > count)
        {
            var last = _background[^1];
            _background.RemoveAt(_background.Count - 1);
            await last.DisposeAsync();
        }

        while (_background.Count < count)
        {
            var batch = Math.Min(20, count - _background.Count);
            var opened = await Task.WhenAll(Enumerable.Range(0, batch).Select(_ => BlazorCircuitClient.StartAsync(A.Address, path, Cookie, CancellationToken.None)));
            _background.AddRange(opened);
            Console.Error.Write($"\r  background circuits: {_background.Count}/{count}   ");
        }

        Console.Error.WriteLine();
        await Task.Delay(TimeSpan.FromSeconds(3));

        // A circuit the server ended (a failed render, an interop answer it could not read) costs nothing and would pass
        // for a cheap one: every background circuit must still be open and have drawn its page.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_background.Any(c => c.Batches == 0) && _background.All(c => c.IsOpen) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var closed = _background.Count(c => !c.IsOpen || c.Errors > 0);
        var blank = _background.Count(c => c.Batches == 0);
        if (closed > 0 || blank > 0)
        {
            throw new InvalidOperationException($"{closed} of {_background.Count} background circuits on {path} were ended by the server and {blank} drew nothing; see the app's log.");
        }
    }

    public long BackgroundBatches => _background.Sum(c => c.Batches);

    public int BackgroundOpen => _background.Count(c => c.IsOpen);

    public async Task<long> StatementCallsAsync(bool reset)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        if (reset)
        {
            await new NpgsqlCommand("SELECT pg_stat_statements_reset()", connection).ExecuteNonQueryAsync();
            return 0;
        }

        var sql = "SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'";
        return (long)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
    }

    public static double Number(JsonElement element, string property) => element.GetProperty(property).GetDouble();

    public async ValueTask DisposeAsync()
    {
        await SetBackgroundAsync(0, "/");
        await Browser.CloseAsync();
        _playwright?.Dispose();
        Reports.Dispose();
        await A.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }
}
