using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Events;

public sealed class OutboxRelayTests
{
    /// <summary>Short delays so a test sees a reconnection or a poll within a second or two.</summary>
    public static readonly Dictionary<string, string?> FastRelay = new()
    {
        ["Events:Outbox:PollInterval"] = "00:00:00.200",
        ["Events:Outbox:ReconnectDelay"] = "00:00:02",
        ["Events:Outbox:IdleCheckInterval"] = "00:00:05",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EventCommittedByAnotherProcess_ReachesThisProcessOnce(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var received = Record(app);

        var id = await TestReports.WriteFromAnotherProcessAsync(app.Database);

        var subject = id.ToString(CultureInfo.InvariantCulture);
        await OpsEventBusTests.Until(() => received.Any(e => e.SubjectId == subject));
        await AfterTheRelayHasReadEverythingAsync(app);
        var delivered = Assert.Single(received, e => e.SubjectId == subject);
        Assert.Equal("report.received", delivered.Kind);
        Assert.True(delivered.Sequence > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EventPublishedHere_IsNotDeliveredAgainWhenTheRelayReadsItBack(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var received = Record(app);
        var bus = app.Services.GetRequiredService<IOpsEventBus>();

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            db.Record(new OpsEvent("kpi.measured", "19", "7", TestClock.UtcNow));
            await db.SaveAndPublishAsync(bus);
        }

        await OpsEventBusTests.Until(() => received.Any(e => e.Kind == "kpi.measured"));
        await AfterTheRelayHasReadEverythingAsync(app);
        Assert.Single(received, e => e.Kind == "kpi.measured");
    }

    [PostgresFact]
    public async Task DroppedListener_Reconnects_AndCatchesUpFromTheOutbox()
    {
        // Long enough that the three writes below land while nobody listens, even on a loaded machine.
        await using var app = await StartAsync(DatabaseProvider.Postgres, new Dictionary<string, string?> { ["Events:Outbox:ReconnectDelay"] = "00:00:08" });
        var relay = app.Services.GetRequiredService<OutboxRelay>();
        var received = Record(app);

        await using (var admin = new NpgsqlConnection(app.Database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", admin);
            kill.Parameters.AddWithValue("name", OutboxRelay.ListenerApplicationName);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }

        await OpsEventBusTests.Until(() => !relay.IsListening);

        // Committed while nobody listens: their notifications are lost for good; only the outbox still has them.
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await TestReports.WriteFromAnotherProcessAsync(app.Database)).ToString(CultureInfo.InvariantCulture));
        }

        await OpsEventBusTests.Until(() => ids.All(id => received.Any(e => e.SubjectId == id)));
        Assert.True(relay.IsListening);
        Assert.Equal(2, relay.Connections);
        Assert.True(relay.DeliveredByCatchUp >= 3, $"delivered by catch-up: {relay.DeliveredByCatchUp}");
        Assert.All(ids, id => Assert.Single(received, e => e.SubjectId == id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retention_DeletesOnlyRowsOlderThanTheRetentionPeriod(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var now = TestClock.UtcNow;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            db.Record(new OpsEvent("report.received", "19", "old-1", now.AddDays(-8)));
            db.Record(new OpsEvent("report.received", "19", "old-2", now.AddDays(-30)));
            db.Record(new OpsEvent("report.received", "19", "recent", now.AddDays(-6)));
            await db.SaveChangesAsync();
        }

        var deleted = await app.Services.GetRequiredService<OutboxRetention>().SweepAsync();

        Assert.Equal(2, deleted);
        await using var check = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        // The app's own background work (the SLA sweep escalating demo reports) adds current rows of its own meanwhile.
        string[] mine = ["old-1", "old-2", "recent"];
        Assert.Equal(["recent"], await check.Set<OutboxMessage>().Where(m => mine.Contains(m.SubjectId)).Select(m => m.SubjectId).ToListAsync());
    }

    internal static async Task<OpsAppFactory> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(FastRelay);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = new OpsAppFactory(provider, settings);
        await app.InitializeAsync();
        _ = app.Server;
        var relay = app.Services.GetRequiredService<OutboxRelay>();
        await OpsEventBusTests.Until(() => relay.IsReady);
        return app;
    }

    private static ConcurrentQueue<OpsEvent> Record(OpsAppFactory app)
    {
        var received = new ConcurrentQueue<OpsEvent>();
        // Ends with the app's bus.
        _ = app.Services.GetRequiredService<IOpsEventBus>().Subscribe((e, _) =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        });
        return received;
    }

    /// <summary>Waits until the relay has read past every committed row, so a second delivery would have happened by now.</summary>
    private static async Task AfterTheRelayHasReadEverythingAsync(OpsAppFactory app)
    {
        var latest = await app.Services.GetRequiredService<OutboxReader>().LatestSequenceAsync();
        var relay = app.Services.GetRequiredService<OutboxRelay>();
        await OpsEventBusTests.Until(() => relay.Position >= latest);
        await Task.Delay(200);
    }
}
