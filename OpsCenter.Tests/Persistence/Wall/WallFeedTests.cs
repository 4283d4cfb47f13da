using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Persistence.Wall;

public sealed class WallFeedTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ManyScreensOfOneView_ShareOneComputationPerBurst_AndOneSnapshot(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var feed = app.Services.GetRequiredService<WallFeed>();
        var view = new WallView("19", null, 30);
        var before = await feed.GetAsync(view);
        var latest = new ConcurrentDictionary<int, WallSnapshot>();
        var subscriptions = Enumerable.Range(0, 50).Select(i => feed.Subscribe(view, s => latest[i] = s)).ToList();
        var computedBefore = feed.Recomputations;

        for (var i = 0; i < 5; i++)
        {
            await TestReports.WriteFromAnotherProcessAsync(app.Database);
        }

        // Until every screen holds a snapshot with all five in each figure: a computation that began mid-burst may read
        // one tally before the background fold adds the last reports and the next after it, and the burst's last event
        // brings the computation that counts them all.
        await OpsEventBusTests.Until(() => latest.Count == 50 && latest.Values.All(s => s.Counters.ReceivedToday == before.Counters.ReceivedToday + 5
            && s.Counters.Open == before.Counters.Open + 5 && s.Heat.Total == before.Heat.Total + 5));
        var computations = feed.Recomputations - computedBefore;
        Assert.InRange(computations, 1, 5);
        Assert.Single(latest.Values.Distinct(ReferenceEqualityComparer.Instance));

        var after = latest[0];
        Assert.Equal(before.Counters.Open + 5, after.Counters.Open);
        Assert.Equal(before.Heat.Total + 5, after.Heat.Total);
        Assert.Same(before.Kpis, after.Kpis);
        Assert.Same(before.Budget, after.Budget);
        subscriptions.ForEach(s => s.Dispose());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Snapshot_IsScopedToTheScreensDistrict_AndCarriesNoPersonalText(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var feed = app.Services.GetRequiredService<WallFeed>();

        var province = await feed.GetAsync(new WallView("19", null, 365));
        var district = await feed.GetAsync(new WallView("19", "1902", 365));

        Assert.True(district.Counters.Open < province.Counters.Open);
        Assert.True(district.Heat.Total < province.Heat.Total);
        Assert.All(district.Ticker.Items, item => Assert.Equal("แก่งคอย", item.DistrictTh));
        Assert.Equal(13, province.Budget.Districts.Count);
        Assert.Equal(8, province.Kpis.Tiles.Count);
        Assert.All(province.Kpis.Tiles, t => Assert.NotNull(t.Target));
        var json = System.Text.Json.JsonSerializer.Serialize(province, new System.Text.Json.JsonSerializerOptions
        {
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        });
        Assert.DoesNotContain("ถนนเป็นหลุมเป็นบ่อ", json, StringComparison.Ordinal);
    }
}
