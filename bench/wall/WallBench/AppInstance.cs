using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace WallBench;

/// <summary>The published app as its own process in Production, on PostgreSQL, with the diagnostics endpoint on.</summary>
internal sealed class AppInstance : IAsyncDisposable
{
    private readonly Process _process;

    private AppInstance(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<AppInstance> StartAsync(string dll, string connectionString, string name)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = "Postgres";
        info.Environment["ConnectionStrings__OpsCenter"] = connectionString;
        info.Environment["Demo__Password"] = Bench.Password;
        info.Environment["Wall__Diagnostics"] = "true";
        info.Environment["Logging__LogLevel__Default"] = "Warning";

        // The clock-driven refresh (overdue counts, "today") is time-based, not per report; kept out of the per-report counts.
        info.Environment["Wall__RefreshInterval"] = "00:10:00";

        // Every benchmark report comes from one address; the per-address intake limit is for the public, not this.
        info.Environment["Reports__PermitsPerMinute"] = "1000000";
        var process = Process.Start(info)!;
        var log = Path.Combine(Path.GetTempPath(), $"wallbench-{name}.log");
        _ = Pump(process.StandardOutput, log);
        _ = Pump(process.StandardError, log);
        var instance = new AppInstance(process, address);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited; see {log}");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return instance;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"{name} did not start; see {log}");
    }

    /// <summary>The app's own counters; with <paramref name="gc"/> a forced, compacting full collection first.</summary>
    public async Task<JsonElement> DiagnosticsAsync(bool gc)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        return JsonDocument.Parse(await client.GetStringAsync($"/diagnostics/wall?gc={(gc ? "true" : "false")}")).RootElement.Clone();
    }

    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task Pump(StreamReader reader, string path)
    {
        await using var file = new StreamWriter(path, append: true);
        while (await reader.ReadLineAsync() is { } line)
        {
            await file.WriteLineAsync(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
