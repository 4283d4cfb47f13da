using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace OpsCenter.Domain.Events;

/// <summary>
/// In-process fan-out. Every subscriber owns a queue and a pump, so a slow or throwing subscriber can neither block the
/// publisher nor starve the others, and each one sees events in the order they were published.
/// </summary>
public sealed class OpsEventBus(ILogger<OpsEventBus> logger) : IOpsEventBus, IDisposable
{
    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();

    public int SubscriberCount => _subscriptions.Count;

    public void Publish(OpsEvent opsEvent)
    {
        foreach (var subscription in _subscriptions.Keys)
        {
            subscription.Enqueue(opsEvent);
        }
    }

    public IDisposable Subscribe(Func<OpsEvent, CancellationToken, Task> handler, string? name = null)
    {
        var subscription = new Subscription(this, handler, name ?? handler.Method.DeclaringType?.Name ?? "subscriber");
        _subscriptions.TryAdd(subscription, 0);
        subscription.Start();
        return subscription;
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions.Keys)
        {
            subscription.Dispose();
        }
    }

    private sealed class Subscription(OpsEventBus bus, Func<OpsEvent, CancellationToken, Task> handler, string name) : IDisposable
    {
        private readonly Channel<OpsEvent> _queue = Channel.CreateUnbounded<OpsEvent>(new UnboundedChannelOptions { SingleReader = true });
        private readonly CancellationTokenSource _stopping = new();

        public void Enqueue(OpsEvent opsEvent) => _queue.Writer.TryWrite(opsEvent);

        public void Start() => _ = Task.Run(PumpAsync);

        private async Task PumpAsync()
        {
            try
            {
                await foreach (var opsEvent in _queue.Reader.ReadAllAsync(_stopping.Token))
                {
                    try
                    {
                        await handler(opsEvent, _stopping.Token);
                    }
                    catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception ex)
                    {
                        bus.LogSubscriberFailure(ex, name, opsEvent);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        public void Dispose()
        {
            if (bus._subscriptions.TryRemove(this, out _))
            {
                _queue.Writer.TryComplete();
                _stopping.Cancel();
                _stopping.Dispose();
            }
        }
    }

    private void LogSubscriberFailure(Exception ex, string subscriber, OpsEvent opsEvent) =>
        logger.LogError(ex, "Event subscriber {Subscriber} failed on {Kind} {SubjectId}", subscriber, opsEvent.Kind, opsEvent.SubjectId);
}
