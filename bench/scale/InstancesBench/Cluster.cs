using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;

namespace InstancesBench;

/// <summary>
/// The instances scripts/run-instances.sh started (its state directory), the proxy in front of them, and the proxy's
/// affinity cookie for each instance, so a client can be sent to the instance it chooses through the proxy.
/// </summary>
internal sealed class Cluster
{
    public const string AffinityCookie = ".OpsCenter.Instance";
    public const string InstanceHeader = "X-OpsCenter-Instance";
    public const string ScreenCookie = "opscenter.screen";
    public const string Screen = "bench-full";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    private Cluster(string dir, Uri proxy, IReadOnlyList<Uri> instances)
    {
        Dir = dir;
        Proxy = proxy;
        Instances = instances;
    }

    public string Dir { get; }

    public Uri Proxy { get; }

    public IReadOnlyList<Uri> Instances { get; }

    /// <summary>instance-1 … instance-N → the affinity cookie's value that sends a client there.</summary>
    public Dictionary<string, string> Affinity { get; } = [];

    public string ScreenSecret { get; private set; } = "";

    public static async Task<Cluster> OpenAsync(string dir)
    {
        var count = int.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "count")), System.Globalization.CultureInfo.InvariantCulture);
        var instances = Enumerable.Range(1, count)
            .Select(i => new Uri($"http://127.0.0.1:{File.ReadAllText(Path.Combine(dir, $"instance-{i}.port")).Trim()}"))
            .ToList();
        var cluster = new Cluster(dir, new Uri(File.ReadAllText(Path.Combine(dir, "proxy")).Trim()), instances);
        await cluster.LearnAffinityAsync();
        await cluster.PrepareScreenAsync();
        return cluster;
    }

    public string CookieFor(int instance) => $"{ScreenCookie}={ScreenSecret}; {AffinityCookie}={Affinity[$"instance-{instance}"]}";

    /// <summary>What the proxy answers a client whose instance is gone: the cookie of the live instance it chose instead.</summary>
    public async Task<(int Instance, string Cookie)> RedistributeAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Proxy, "/healthz"));
        request.Headers.Add("Cookie", cookie);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var instance = int.Parse(response.Headers.GetValues(InstanceHeader).Single()["instance-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return (instance, CookieFor(instance));
    }

    /// <summary>SIGKILLs instance <paramref name="instance"/> and starts it again on its port (returns when it answers).</summary>
    public Process Restart(int instance)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "run-instances.sh"));
        info.ArgumentList.Add("restart");
        info.ArgumentList.Add(Dir);
        info.ArgumentList.Add(instance.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Process.Start(info)!;
    }

    private async Task LearnAffinityAsync()
    {
        for (var attempt = 0; attempt < 200 && Affinity.Count < Instances.Count; attempt++)
        {
            using var response = await Http.GetAsync(new Uri(Proxy, "/healthz"));
            var instance = response.Headers.GetValues(InstanceHeader).Single();
            var cookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(AffinityCookie + "=", StringComparison.Ordinal)) : null;
            if (cookie is not null)
            {
                Affinity[instance] = cookie[(AffinityCookie.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
            }
        }

        if (Affinity.Count < Instances.Count)
        {
            throw new InvalidOperationException($"The proxy sent requests to {Affinity.Count} of {Instances.Count} instances.");
        }
    }

    /// <summary>The full wall screen (counters, heatmap, KPI tiles, ticker) and a screen token, as bench/wall uses them.</summary>
    private async Task PrepareScreenAsync()
    {
        var environment = await File.ReadAllLinesAsync(Path.Combine(Dir, "environment"));
        var connection = environment.First(l => l.StartsWith("ConnectionStrings__OpsCenter=", StringComparison.Ordinal))["ConnectionStrings__OpsCenter=".Length..];
        var options = new DbContextOptionsBuilder<OpsDbContext>();
        DomainServiceCollectionExtensions.Configure(options, DatabaseProvider.Postgres, connection);
        await using var db = new OpsDbContext(options.Options);
        var now = DateTime.UtcNow;
        if (!await db.Set<WallScreen>().AnyAsync(s => s.Slug == Screen))
        {
            db.Add(new WallScreen
            {
                ProvinceCode = "19", Slug = Screen, NameTh = Screen, NameEn = Screen, PeriodDays = 30, RotationSeconds = 0,
                Slides = [new WallSlide("ภาพรวม", "Overview", [WallPanels.Counters, WallPanels.Heatmap, WallPanels.Kpis, WallPanels.Ticker])],
                ControlMode = WallControlMode.Paused, ControlAnchorAt = now, UpdatedAt = now,
            });
        }

        ScreenSecret = ScreenTokens.SecretPrefix + Guid.NewGuid().ToString("N");
        db.Add(new ScreenToken { ProvinceCode = "19", Name = "bench-scale", TokenHash = ScreenTokens.Hash(ScreenSecret), TokenPrefix = ScreenSecret[..12], CreatedAt = now });
        await db.SaveChangesAsync();
    }

    private static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "scripts", "run-instances.sh")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("scripts/run-instances.sh not found");
        }

        return root;
    }
}
