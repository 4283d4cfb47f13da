using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;
using Xunit.Abstractions;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>
/// PostgreSQL itself is stopped at once (a power cut: -m immediate) while clients post to the published app, then
/// started again: the app stays up, answers 503 with Retry-After meanwhile, and afterwards every report a client was
/// told about exists exactly once with its outbox event, and every client that got a 503 succeeded on retry.
/// </summary>
public sealed class DatabaseCrashTests(ITestOutputHelper output)
{
    private const int Clients = 8;
    private const int ReportsPerClient = 40;

    [PublishedAppFact]
    public async Task PostgresStoppedImmediatelyMidLoad_NothingAcknowledgedIsLost_503sSucceedOnRetry()
    {
        if (!PostgresServer.IsConfigured)
        {
            return;
        }

        var dir = Path.Combine(Path.GetTempPath(), "opscenter-pgcrash-" + Guid.NewGuid().ToString("N")[..8]);
        var connectionString = (await ScriptAsync("start", dir, "--durable")).Trim();
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__OpsCenter"] = connectionString + ";Timeout=3",
                ["Demo__Password"] = OpsAppFactory.DemoPassword,
                ["Demo__ReportsPerProvince"] = "50",
                ["Demo__Provinces__1"] = "19",
                ["Reports__PermitsPerMinute"] = "1000000",
                ["Operations__RetryAfter"] = "00:00:01",
            };
            await using var app = await AppProcess.StartAsync(environment);
            using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(10) };
            var acknowledged = new ConcurrentDictionary<string, string>();
            var unavailable = new ConcurrentDictionary<string, byte>();
            var acknowledgedAt = new ConcurrentBag<double>();
            var clock = Stopwatch.StartNew();
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                for (var i = 0; i < ReportsPerClient; i++)
                {
                    var key = $"crash-{c}-{i}";
                    acknowledged[key] = await PostUntilAcknowledgedAsync(http, key, unavailable);
                    acknowledgedAt.Add(clock.Elapsed.TotalSeconds);
                }
            })).ToList();

            while (acknowledged.Count < Clients * ReportsPerClient / 4)
            {
                await Task.Delay(20);
            }

            var crashedAt = clock.Elapsed.TotalSeconds;
            await ScriptAsync("crash", dir);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await ScriptAsync("resume", dir);
            var resumedAt = clock.Elapsed.TotalSeconds;
            await Task.WhenAll(clients);
            var endedAt = clock.Elapsed.TotalSeconds;

            Assert.False(app.HasExited, app.Output);
            Assert.True(unavailable.Count > 0, "no client saw a 503 while the database was down");
            Assert.All(unavailable.Keys, key => Assert.True(acknowledged.ContainsKey(key), $"{key} got a 503 and never succeeded"));
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            var options = new DbContextOptionsBuilder<OpsDbContext>();
            DomainServiceCollectionExtensions.Configure(options, DatabaseProvider.Postgres, builder.ConnectionString);
            await using var db = new OpsDbContext(options.Options);
            var stored = await db.Set<CitizenReport>().AsNoTracking().Where(r => r.Description.StartsWith("crash-test crash-"))
                .Select(r => new { r.Id, r.Description, r.TrackingNumber }).ToListAsync();
            Assert.Equal(Clients * ReportsPerClient, acknowledged.Count);
            Assert.Equal(acknowledged.Count, stored.Count);
            var byKey = stored.ToDictionary(r => r.Description.Split(' ')[1], r => r.TrackingNumber);
            Assert.All(acknowledged, a => Assert.Equal(a.Value, byKey[a.Key]));
            var ids = stored.Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(stored.Count, await db.Set<OutboxMessage>().CountAsync(m => m.Kind == ReportEvents.Received && ids.Contains(m.SubjectId)));

            double Rate(double from, double to) => acknowledgedAt.Count(t => t >= from && t < to) / Math.Max(0.001, to - from);
            output.WriteLine($"acknowledged per second: before {Rate(0, crashedAt):0} · while down and recovering {Rate(crashedAt, resumedAt):0} · after {Rate(resumedAt, endedAt):0}; {unavailable.Count} keys saw a 503");
        }
        finally
        {
            await ScriptAsync("stop", dir);
        }
    }

    /// <summary>Posts until a 201, retrying the same key after a 503 (honouring Retry-After) or a broken connection.</summary>
    private static async Task<string> PostUntilAcknowledgedAsync(HttpClient http, string key, ConcurrentDictionary<string, byte> unavailable)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                var response = await ReportPayloads.PostAsync(http, ReportPayloads.Valid($"crash-test {key} ถนนชำรุด"), key);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    return (await ReportPayloads.JsonOf(response)).GetProperty("trackingNumber").GetString()!;
                }

                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.NotNull(response.Headers.RetryAfter);
                unavailable.TryAdd(key, 0);
                await Task.Delay(response.Headers.RetryAfter.Delta ?? TimeSpan.FromSeconds(1));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                await Task.Delay(100);
            }

            Assert.True(DateTime.UtcNow < deadline, $"{key} was never acknowledged");
        }
    }

    private static async Task<string> ScriptAsync(params string[] arguments)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "scripts", "postgres-private.sh")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("scripts/postgres-private.sh not found above the test binaries");
        }

        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(root, "scripts", "postgres-private.sh"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"postgres-private.sh {string.Join(' ', arguments)}: {stderr}");
        return stdout;
    }
}
