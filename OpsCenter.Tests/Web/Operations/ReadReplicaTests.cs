using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Overview;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>
/// A real streaming replica (scripts/postgres-replica.sh) of a private primary as ConnectionStrings:OpsCenterRead: the
/// heavy reads go to the standby yet see the write just made, /healthz gives the replay lag, and with the standby
/// stopped the reads go to the primary and the app keeps answering.
/// </summary>
public sealed class ReadReplicaTests
{
    [PostgresFact]
    public async Task ReadsOnTheReplica_SeeTheWriteJustMade_ShowLag_AndFallBackToThePrimaryWhenItStops()
    {
        var dir = Path.Combine(Path.GetTempPath(), "opscenter-replica-" + Guid.NewGuid().ToString("N")[..8]);
        var primary = await RepositoryScripts.RunAsync("postgres-private.sh", "start", Path.Combine(dir, "primary"));
        try
        {
            var port = await File.ReadAllTextAsync(Path.Combine(dir, "primary", "port"));
            var read = await RepositoryScripts.RunAsync("postgres-replica.sh", "start", Path.Combine(dir, "replica"), port.Trim());
            await using var app = new OpsAppFactory(DatabaseProvider.Postgres, new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName}"] = primary,
                [$"ConnectionStrings:{ReadOptions.ConnectionStringName}"] = read,
                ["Reports:PermitsPerMinute"] = "1000000",
            });
            await ((IAsyncLifetime)app).InitializeAsync();
            app.StartKestrel();
            using var http = new HttpClient { BaseAddress = app.ServerAddress };
            var reads = app.Services.GetRequiredService<IReadDbContextFactory>();
            var overview = app.Services.GetRequiredService<ProvinceOverviewQuery>();

            Assert.True(await InRecoveryAsync(reads), "the read connection is not on the standby");
            var before = (await overview.LoadAsync(TestReports.Saraburi))!.OpenReports;
            await TestReports.PostAsync(app.ServerAddress);
            Assert.Equal(before + 1, (await overview.LoadAsync(TestReports.Saraburi))!.OpenReports);

            var health = await http.GetStringAsync("/healthz");
            Assert.Matches(@"^ok\nread replica: lag \d+\.\d{3} s, \d+ bytes$", health);

            await RepositoryScripts.RunAsync("postgres-replica.sh", "stop", Path.Combine(dir, "replica"));

            Assert.False(await InRecoveryAsync(reads), "the read connection did not fall back to the primary");
            await TestReports.PostAsync(app.ServerAddress);
            Assert.Equal(before + 2, (await overview.LoadAsync(TestReports.Saraburi))!.OpenReports);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
            health = await http.GetStringAsync("/healthz");
            Assert.StartsWith("ok\nread replica: ", health);
            Assert.Contains("reads go to the primary", health);
        }
        finally
        {
            await RepositoryScripts.RunAsync("postgres-replica.sh", "remove", Path.Combine(dir, "replica"));
            await RepositoryScripts.RunAsync("postgres-private.sh", "stop", Path.Combine(dir, "primary"));
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<bool> InRecoveryAsync(IReadDbContextFactory reads)
    {
        await using var db = await reads.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync();
    }
}
