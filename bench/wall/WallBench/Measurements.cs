using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WallBench;

internal sealed record LatencyRun(double P50, double P99, double MedianBytes);

/// <summary>Time from "a report is committed" (or "a remote command is sent") to the change in a real browser's DOM.</summary>
internal static partial class Measurements
{
    private const string TileSelector = "[data-testid=tile-received-today]";

    public static double EpochMs() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    /// <summary>One report, timed to the change of the "received today" tile on <paramref name="page"/>; also the bytes the page received meanwhile.</summary>
    public static async Task<(double Ms, long Bytes)> ReportToTileAsync(Bench bench, IPage page, FrameCounter frames)
    {
        await page.EvaluateAsync("""
            (selector) => {
              const tile = document.querySelector(selector);
              const before = tile.querySelector('[data-testid$=-value]').textContent;
              window.__opsChanged = new Promise((resolve) => {
                const observer = new MutationObserver(() => {
                  const value = tile.querySelector('[data-testid$=-value]');
                  if (value && value.textContent !== before) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
                });
                observer.observe(tile, { subtree: true, childList: true, characterData: true });
                setTimeout(() => { observer.disconnect(); resolve(-1); }, 30000);
              });
            }
            """, TileSelector);
        var bytesBefore = frames.Bytes;
        var started = EpochMs();
        await bench.Reports.PostAsync(bench.A.Address);
        var changedAt = await page.EvaluateAsync<double>("window.__opsChanged");
        if (changedAt < 0)
        {
            throw new TimeoutException("The tile did not change within 30 s of the report; the screen is not live.");
        }

        // The heatmap's update follows the tile's render batch; count until the circuit has been quiet for 200 ms.
        var last = frames.Bytes;
        var quietSince = Environment.TickCount64;
        for (var waited = 0; waited < 1500 && Environment.TickCount64 - quietSince < 200; waited += 25)
        {
            await Task.Delay(25);
            if (frames.Bytes != last)
            {
                last = frames.Bytes;
                quietSince = Environment.TickCount64;
            }
        }

        return (changedAt - started, last - bytesBefore);
    }

    public static async Task<IReadOnlyList<LatencyRun>> LatencyRunsAsync(int runs, int samples, Func<Task<(double Ms, long Bytes)>> sample)
    {
        var random = new Random(7);

        // Warm-up: the JIT tiers hot paths up after a few dozen calls; the first samples of a fresh process measure that.
        for (var i = 0; i < 20; i++)
        {
            await sample();
            await Task.Delay(300);
        }

        var results = new List<LatencyRun>();
        for (var run = 0; run < runs; run++)
        {
            var ms = new List<double>();
            var bytes = new List<double>();
            for (var i = 0; i < samples; i++)
            {
                var (latency, received) = await sample();
                ms.Add(latency);
                bytes.Add(received);
                Console.Error.Write($"\r    run {run + 1}/{runs}: {i + 1}/{samples}, last {latency:F0} ms   ");

                // Apart by more than the coalescing interval, so each report is its own burst.
                await Task.Delay(150 + random.Next(150));
            }

            results.Add(new LatencyRun(Stats.Percentile(ms, 50), Stats.Percentile(ms, 99), Stats.Median(bytes)));
            Console.Error.WriteLine();
        }

        return results;
    }

    /// <summary>A remote command sent to instance A, timed to the slide change on a page of instance B.</summary>
    public static async Task<(double Ms, long Bytes)> RemoteToSlideAsync(HttpClient remote, IPage page)
    {
        var current = await page.GetAttributeAsync("[data-testid=wall-screen]", "data-slide");
        var target = current == "0" ? 1 : 0;
        await page.EvaluateAsync("""
            (target) => {
              const screen = document.querySelector('[data-testid=wall-screen]');
              window.__opsChanged = new Promise((resolve) => {
                const observer = new MutationObserver(() => {
                  if (screen.dataset.slide === String(target)) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
                });
                observer.observe(screen, { attributes: true, attributeFilter: ['data-slide'] });
                setTimeout(() => { observer.disconnect(); resolve(-1); }, 30000);
              });
            }
            """, target);
        var started = EpochMs();
        (await remote.PostAsJsonAsync($"/api/wall/screens/{Bench.RemoteScreen}/control", new { command = "goto", slide = target })).EnsureSuccessStatusCode();
        var changedAt = await page.EvaluateAsync<double>("window.__opsChanged");
        if (changedAt < 0)
        {
            throw new TimeoutException("The slide did not change within 30 s of the command.");
        }

        return (changedAt - started, 0);
    }

    public static async Task<HttpClient> SignInAsync(Uri app, string user)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app };
        var form = await client.GetStringAsync("/login");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value);
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = user,
            ["Input.Password"] = Bench.Password,
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException("sign-in failed");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

/// <summary>Bytes a page receives over its WebSockets (the Blazor circuit), as Chromium reports the frames.</summary>
internal sealed class FrameCounter
{
    private long _bytes;

    public FrameCounter(IPage page)
    {
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            Interlocked.Add(ref _bytes, frame.Binary?.Length ?? System.Text.Encoding.UTF8.GetByteCount(frame.Text ?? ""));
    }

    public long Bytes => Interlocked.Read(ref _bytes);
}
