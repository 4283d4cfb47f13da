using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsCenter.Domain.Persistence;
using OpsCenter.Proxy;
using OpsCenter.Tests.Browser.Wall;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Wall;
using Xunit.Abstractions;

namespace OpsCenter.Tests.Browser.Operations;

/// <summary>
/// Three published instances on one PostgreSQL behind the reverse proxy (tools/Proxy), as scripts/run-instances.sh
/// runs them: one sign-in holds on every instance, a television behind the proxy shows a report another instance took,
/// and when its instance is killed it comes back live by itself on a live instance; the restarted instance is put back.
/// </summary>
public sealed class InstancesBehindProxyBrowserTests(ITestOutputHelper output)
{
    private const int Instances = 3;

    /// <summary>
    /// Report → tile on a screen of another instance, the first report of fresh instances on a busy machine included;
    /// bench/scale measures the p99 (goal 250 ms), this only bounds it.
    /// </summary>
    private static readonly TimeSpan ReportToTile = TimeSpan.FromSeconds(10);

    [PublishedPostgresFact]
    public async Task ThreeInstancesBehindTheProxy_ShareSignIns_CarryReportsToScreens_AndSurviveARestart()
    {
        var total = Stopwatch.StartNew();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = AppProcess.DatabaseSettings(database);
        settings["Reports__PermitsPerMinute"] = "1000000";
        settings["Demo__ReportsPerProvince"] = "200";
        var ports = Enumerable.Range(0, Instances).Select(_ => AppProcess.FreePort()).ToArray();
        var instances = new AppProcess[Instances];
        // All at once, as a deployment starts them: one migrates and seeds, the others wait for it.
        await Task.WhenAll(Enumerable.Range(0, Instances).Select(async i => instances[i] = await AppProcess.StartAsync(settings, ports[i])));
        await using var proxy = ProxyApp.Build(
            ["--urls", $"http://127.0.0.1:{AppProcess.FreePort()}", "--instances", string.Join(',', instances.Select(i => i.Address))]);
        try
        {
            output.WriteLine($"{Instances} instances answering: {total.ElapsedMilliseconds} ms");
            await proxy.StartAsync();
            var proxyAddress = new Uri(proxy.Urls.Single());

            // The sign-in form from instance 1, posted to instance 2, the cookie used on instance 3: one key ring.
            var cookies = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
            using var on1 = new HttpClient(cookies, disposeHandler: false) { BaseAddress = instances[0].Address };
            using var on2 = new HttpClient(cookies, disposeHandler: false) { BaseAddress = instances[1].Address };
            using var on3 = new HttpClient(cookies, disposeHandler: true) { BaseAddress = instances[2].Address };
            var signIn = await on2.SignInAsync("governor", OpsAppFactory.DemoPassword, formFrom: on1);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.DoesNotContain("/login", signIn.Headers.Location?.ToString() ?? "");
            (await on3.PostAsJsonAsync("/api/wall/screens/complaints/control", new { command = "pause" })).EnsureSuccessStatusCode();

            // A television behind the proxy; the proxy says which instance holds its circuit.
            var secret = await WallInstancesTests.IssueTokenAsync(database);
            var (context, page) = await WallBrowserTests.OpenWithSecretAsync(proxyAddress, "complaints", secret);
            await using var _ = context;
            var held = await HoldingInstanceAsync(page);
            output.WriteLine($"signed in across instances, wall open through the proxy: {total.ElapsedMilliseconds} ms");
            var other = instances[(held + 1) % Instances];
            var before = await WallInstancesTests.TileAsync(page);
            var readAt = TestClock.UtcNow;
            var clock = Stopwatch.StartNew();
            await TestReports.PostAsync(other.Address);
            await Assertions.Expect(page.GetByTestId("tile-received-today-value"))
                .ToHaveTextAsync(ReceivedToday.OneMoreThan(before, readAt), new() { Timeout = (float)ReportToTile.TotalMilliseconds });
            output.WriteLine($"report on {other.Address} → tile on instance-{held + 1}: {clock.ElapsedMilliseconds} ms");

            // Its instance dies and comes back on its port; the screen reloads onto a live instance by itself.
            var loadedAt = await page.EvaluateAsync<double>("performance.timeOrigin");
            clock.Restart();
            instances[held].Kill();
            await instances[held].DisposeAsync();
            var restart = Task.Run(async () => instances[held] = await AppProcess.StartAsync(settings, ports[held]));
            await page.WaitForFunctionAsync("t => performance.timeOrigin !== t", loadedAt, new() { Timeout = 60_000, PollingInterval = 200 });
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-ops-connection", "online", new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-keys", "ready", new() { Timeout = 30_000 });
            output.WriteLine($"instance-{held + 1} killed → screen live again on instance-{await HoldingInstanceAsync(page) + 1}: {clock.ElapsedMilliseconds} ms");
            await Assertions.Expect(page.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-mode", "Paused");

            before = await WallInstancesTests.TileAsync(page);
            readAt = TestClock.UtcNow;
            await TestReports.PostAsync(instances[(held + 2) % Instances].Address);
            await Assertions.Expect(page.GetByTestId("tile-received-today-value"))
                .ToHaveTextAsync(ReceivedToday.OneMoreThan(before, readAt), new() { Timeout = (float)ReportToTile.TotalMilliseconds });
            await restart;

            // Back on its port, the restarted instance is put back: new browsers are sent to it again.
            using var fresh = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = proxyAddress };
            var served = new HashSet<string>();
            for (var attempt = 0; attempt < 100 && !served.Contains($"instance-{held + 1}"); attempt++)
            {
                using var answer = await fresh.GetAsync("/healthz");
                served.Add(answer.Headers.GetValues(ProxyApp.InstanceHeader).Single());
                await Task.Delay(100);
            }

            Assert.Contains($"instance-{held + 1}", served);
        }
        finally
        {
            foreach (var instance in instances.Where(i => i is not null))
            {
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>The instance (0-based) the proxy sends this browser to: its affinity cookie decides, the proxy names it.</summary>
    private static async Task<int> HoldingInstanceAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/healthz");
        var name = response.Headers[ProxyApp.InstanceHeader.ToLowerInvariant()];
        return int.Parse(name["instance-".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1;
    }
}
