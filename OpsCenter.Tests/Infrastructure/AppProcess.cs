using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// The published app (OPSCENTER_PUBLISHED_APP, written by ./test.sh) run as a real process in Production, the way it
/// is deployed. Used where an in-process host cannot tell the truth: published static assets, CLI verbs, killing the
/// process, two instances on one database.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string Variable = "OPSCENTER_PUBLISHED_APP";

    public const string NotPublishedMessage = "Needs the published app: run ./test.sh (it publishes first) or set OPSCENTER_PUBLISHED_APP to OpsCenter.Web.dll.";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public static string? PublishedDll => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path && File.Exists(path) ? path : null;

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Settings for a database: provider, connection string and the test demo password.</summary>
    public static Dictionary<string, string> DatabaseSettings(TestDatabase database) => new()
    {
        ["Database__Provider"] = database.Provider.ToString(),
        ["ConnectionStrings__OpsCenter"] = database.ConnectionString,
        ["Demo__Password"] = OpsAppFactory.DemoPassword,
        ["Demo__ReportsPerProvince"] = "800",
        ["Demo__Provinces__1"] = "19",
    };

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int? port = null, TimeSpan? timeout = null)
    {
        var dll = PublishedDll ?? throw new InvalidOperationException(NotPublishedMessage);
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var process = new Process { StartInfo = StartInfo(dll, ["--urls", address.ToString()], environment) };
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync(timeout ?? TimeSpan.FromSeconds(180));
        return app;
    }

    /// <summary>Runs a CLI verb of the published app to completion; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dll = PublishedDll ?? throw new InvalidOperationException(NotPublishedMessage);
        using var process = new Process { StartInfo = StartInfo(dll, arguments, environment) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static ProcessStartInfo StartInfo(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        // As of another date, the process runs under faketime from the suite's own now (time flowing from there).
        var fakeStart = TestClock.FaketimeStart();
        var info = new ProcessStartInfo(fakeStart is null ? "dotnet" : "faketime")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fakeStart is not null)
        {
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add(fakeStart);
            info.ArgumentList.Add("dotnet");
            info.Environment["TZ"] = "UTC";
            info.Environment["FAKETIME_DONT_FAKE_MONOTONIC"] = "1";
        }

        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app did not become healthy within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: no graceful shutdown, no flushing, as a power cut or OOM kill would do.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

public sealed class PublishedAppFactAttribute : FactAttribute
{
    public PublishedAppFactAttribute()
    {
        if (AppProcess.PublishedDll is null)
        {
            Skip = AppProcess.NotPublishedMessage;
        }
    }
}

public sealed class PublishedAppTheoryAttribute : TheoryAttribute
{
    public PublishedAppTheoryAttribute()
    {
        if (AppProcess.PublishedDll is null)
        {
            Skip = AppProcess.NotPublishedMessage;
        }
    }
}
