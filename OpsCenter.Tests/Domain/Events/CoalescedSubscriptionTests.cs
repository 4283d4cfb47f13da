using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCenter.Domain.Events;

namespace OpsCenter.Tests.Domain.Events;

public sealed class CoalescedSubscriptionTests
{
    [Fact]
    public async Task Burst_ArrivesInAFewBatches_WithNothingLostAndNothingFiltered()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var batches = new ConcurrentQueue<int>();
        var seen = new ConcurrentQueue<string>();
        using var subscription = bus.SubscribeCoalesced(
            e => e.Kind.StartsWith("report.", StringComparison.Ordinal),
            TimeSpan.FromMilliseconds(200),
            (burst, _) =>
            {
                batches.Enqueue(burst.Count);
                foreach (var e in burst)
                {
                    seen.Enqueue(e.SubjectId);
                }

                return Task.CompletedTask;
            });

        for (var i = 0; i < 600; i++)
        {
            bus.Publish(new OpsEvent(i % 3 == 0 ? "kpi.measured" : "report.received", "19", i.ToString(System.Globalization.CultureInfo.InvariantCulture), DateTime.UtcNow));
        }

        await OpsEventBusTests.Until(() => seen.Count == 400);
        Assert.InRange(batches.Count, 1, 5);
        Assert.Equal(Enumerable.Range(0, 600).Where(i => i % 3 != 0).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), seen);
    }

    [Fact]
    public async Task FailingBurstHandler_KeepsTheSubscriptionAlive()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var calls = 0;
        using var subscription = bus.SubscribeCoalesced(_ => true, TimeSpan.FromMilliseconds(20), (_, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("first burst fails");
            }

            return Task.CompletedTask;
        });

        bus.Publish(new OpsEvent("report.received", "19", "1", DateTime.UtcNow));
        await OpsEventBusTests.Until(() => Volatile.Read(ref calls) == 1);
        await Task.Delay(50);
        bus.Publish(new OpsEvent("report.received", "19", "2", DateTime.UtcNow));

        await OpsEventBusTests.Until(() => Volatile.Read(ref calls) == 2);
    }

    [Fact]
    public async Task DisposedCoalescedSubscription_LeavesTheBus()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var calls = 0;
        var subscription = bus.SubscribeCoalesced(_ => true, TimeSpan.FromMilliseconds(10), (_, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });

        subscription.Dispose();
        bus.Publish(new OpsEvent("report.received", "19", "1", DateTime.UtcNow));
        await Task.Delay(100);

        Assert.Equal(0, bus.SubscriberCount);
        Assert.Equal(0, Volatile.Read(ref calls));
    }
}
