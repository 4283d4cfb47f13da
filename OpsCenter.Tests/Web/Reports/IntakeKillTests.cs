using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

/// <summary>
/// The published app is SIGKILLed while clients post with Idempotency-Keys and retry; after a restart every report a
/// client was told about (201) exists exactly once, and every key that was retried across the kill got its first answer.
/// </summary>
public sealed class IntakeKillTests
{
    private const int Clients = 8;
    private const int ReportsPerClient = 30;

    [PublishedAppFact]
    public async Task KilledWhileClientsPost_EveryAcknowledgedReportExistsExactlyOnce()
    {
        var provider = PostgresServer.IsConfigured ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        await using var database = await TestDatabase.CreateAsync(provider);
        var environment = AppProcess.DatabaseSettings(database);
        environment["Reports__PermitsPerMinute"] = "1000000";
        environment["Reports__SweepIntervalSeconds"] = "0";
        var port = AppProcess.FreePort();
        var run = Guid.NewGuid().ToString("N")[..8];
        var acknowledged = new ConcurrentDictionary<string, string>();
        var retriedAcrossKill = 0;
        AppProcess? restarted = null;
        var first = await AppProcess.StartAsync(environment, port);
        try
        {
            using var http = new HttpClient { BaseAddress = first.Address, Timeout = TimeSpan.FromSeconds(10) };
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                for (var i = 0; i < ReportsPerClient; i++)
                {
                    var key = $"kill-{run}-{c}-{i}";
                    var (tracking, retried) = await PostUntilAcknowledgedAsync(http, key, $"kill-test {key} ถนนชำรุด");
                    Assert.True(acknowledged.TryAdd(key, tracking));
                    if (retried)
                    {
                        Interlocked.Increment(ref retriedAcrossKill);
                    }
                }
            })).ToList();

            while (acknowledged.Count < Clients * ReportsPerClient / 4)
            {
                await Task.Delay(20);
            }

            first.Kill();
            restarted = await AppProcess.StartAsync(environment, port);
            await Task.WhenAll(clients);
        }
        finally
        {
            await first.DisposeAsync();
            if (restarted is not null)
            {
                await restarted.DisposeAsync();
            }
        }

        Assert.True(retriedAcrossKill > 0, "no request was in flight when the app was killed");
        await using var db = DbContexts.For(database);
        var stored = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.Description.StartsWith("kill-test kill-" + run))
            .Select(r => new { r.Description, r.TrackingNumber })
            .ToListAsync();
        Assert.Equal(Clients * ReportsPerClient, acknowledged.Count);
        Assert.Equal(acknowledged.Count, stored.Count);
        var byKey = stored.ToDictionary(r => r.Description.Split(' ')[1], r => r.TrackingNumber);
        Assert.All(acknowledged, a => Assert.Equal(a.Value, byKey[a.Key]));
    }

    /// <summary>Posts until a 201, retrying the same key and body on connection failures and 5xx, as a careful client would.</summary>
    private static async Task<(string Tracking, bool Retried)> PostUntilAcknowledgedAsync(HttpClient http, string key, string description)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var retried = false;
        while (true)
        {
            try
            {
                var response = await ReportPayloads.PostAsync(http, ReportPayloads.Valid(description), key);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    return ((await ReportPayloads.JsonOf(response)).GetProperty("trackingNumber").GetString()!, retried);
                }

                Assert.True((int)response.StatusCode >= 500, $"{key}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"{key} was never acknowledged");
            retried = true;
            await Task.Delay(100);
        }
    }
}
