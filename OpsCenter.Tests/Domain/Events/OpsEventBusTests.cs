using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCenter.Domain.Events;

namespace OpsCenter.Tests.Domain.Events;

public sealed class OpsEventBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static OpsEvent Event(int n, long sequence = 0) =>
        new("report.received", "19", n.ToString(System.Globalization.CultureInfo.InvariantCulture), DateTime.UtcNow) { Sequence = sequence };

    [Fact]
    public async Task Publish_DeliversEveryEventInOrder_ToEverySubscriber()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var first = new ConcurrentQueue<string>();
        var second = new ConcurrentQueue<string>();
        using var a = bus.Subscribe((e, _) => { first.Enqueue(e.SubjectId); return Task.CompletedTask; });
        using var b = bus.Subscribe(async (e, ct) => { await Task.Yield(); second.Enqueue(e.SubjectId); });

        for (var i = 0; i < 500; i++)
        {
            bus.Publish(Event(i));
        }

        await Until(() => first.Count == 500 && second.Count == 500);
        var expected = Enumerable.Range(0, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public async Task ThrowingSubscriber_NeitherStopsOthersNorItself()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var healthy = new ConcurrentQueue<string>();
        var attempts = 0;
        using var broken = bus.Subscribe((_, _) =>
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("broken subscriber");
        });
        using var ok = bus.Subscribe((e, _) => { healthy.Enqueue(e.SubjectId); return Task.CompletedTask; });

        for (var i = 0; i < 10; i++)
        {
            bus.Publish(Event(i));
        }

        await Until(() => healthy.Count == 10 && Volatile.Read(ref attempts) == 10);
        Assert.Equal(10, healthy.Count);
        Assert.Equal(10, Volatile.Read(ref attempts));
    }

    [Fact]
    public async Task DisposedSubscription_ReceivesNothingMore_AndLeavesTheBus()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var received = new ConcurrentQueue<string>();
        var subscription = bus.Subscribe((e, _) => { received.Enqueue(e.SubjectId); return Task.CompletedTask; });
        var witness = new ConcurrentQueue<string>();
        using var other = bus.Subscribe((e, _) => { witness.Enqueue(e.SubjectId); return Task.CompletedTask; });
        bus.Publish(Event(1));
        await Until(() => received.Count == 1);

        subscription.Dispose();
        subscription.Dispose();
        bus.Publish(Event(2));
        await Until(() => witness.Count == 2);

        Assert.Equal(["1"], received);
        Assert.Equal(1, bus.SubscriberCount);
    }

    [Fact]
    public async Task EventWithTheSameSequence_IsDeliveredOnce()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var received = new ConcurrentQueue<long>();
        using var subscription = bus.Subscribe((e, _) => { received.Enqueue(e.Sequence); return Task.CompletedTask; });

        bus.Publish(Event(1, sequence: 41));
        bus.Publish(Event(1, sequence: 41));
        bus.Publish(Event(2, sequence: 42));
        await Until(() => received.Count == 2);
        await Task.Delay(100);

        Assert.Equal([41L, 42L], received);
        Assert.Equal(1, bus.Duplicates);
        Assert.True(bus.WasDelivered(41));
    }

    [Fact]
    public async Task SubscriberThatFallsBehind_KeepsABoundedQueue_AndTheNewestEvents()
    {
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance, queueCapacity: 10);
        using var gate = new SemaphoreSlim(0);
        var received = new ConcurrentQueue<string>();
        using var slow = bus.Subscribe(async (e, ct) =>
        {
            await gate.WaitAsync(ct);
            received.Enqueue(e.SubjectId);
        });

        for (var i = 0; i < 1000; i++)
        {
            bus.Publish(Event(i));
        }

        gate.Release(1000);
        await Until(() => received.Contains("999"));

        Assert.True(received.Count <= 11, $"at most the queue plus the event in hand, got {received.Count}");
        Assert.True(bus.Dropped >= 989);
        Assert.Equal("999", received.Last());
    }

    internal static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(10);
        }
    }
}
