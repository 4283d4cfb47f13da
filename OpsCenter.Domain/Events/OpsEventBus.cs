using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace OpsCenter.Domain.Events;

/// <summary>
/// In-process fan-out. Every subscriber owns a bounded queue and a pump, so a slow or throwing subscriber can neither
/// block the publisher nor starve the others, and each one sees events in the order they were published. An event that
/// already carries an outbox sequence is delivered once even when it arrives twice (published locally after commit and
/// read back from the outbox by the relay).
/// </summary>
public sealed class OpsEventBus(ILogger<OpsEventBus> logger, int queueCapacity = OpsEventBus.DefaultQueueCapacity) : IOpsEventBus, IDisposable
{
    /// <summary>Per subscriber; a subscriber that falls this far behind loses its oldest events rather than growing memory.</summary>
    public const int DefaultQueueCapacity = 10_000;

    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly RecentSequences _delivered = new(16_384);
    private long _published;
    private long _duplicates;
    private long _dropped;

    public int SubscriberCount => _subscriptions.Count;

    /// <summary>Events handed to subscribers since start.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Events skipped because their sequence was already delivered.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Events lost by subscribers whose queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Publish(OpsEvent opsEvent)
    {
        if (opsEvent.Sequence > 0 && !_delivered.TryAdd(opsEvent.Sequence))
        {
            Interlocked.Increment(ref _duplicates);
            return;
        }

        Interlocked.Increment(ref _published);
        foreach (var subscription in _subscriptions.Keys)
        {
            subscription.Enqueue(opsEvent);
        }
    }

    /// <summary>True when an event with this outbox sequence has been delivered in this process.</summary>
    public bool WasDelivered(long sequence) => _delivered.Contains(sequence);

    public IDisposable Subscribe(Func<OpsEvent, CancellationToken, Task> handler, string? name = null)
    {
        var subscription = new Subscription(this, handler, name ?? handler.Method.DeclaringType?.Name ?? "subscriber", queueCapacity);
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

    private void OnDropped(string subscriber, OpsEvent opsEvent)
    {
        // Logged per thousand so a stuck subscriber cannot flood the log as well as lose events.
        if (Interlocked.Increment(ref _dropped) % 1000 == 1)
        {
            logger.LogWarning("Event subscriber {Subscriber} is falling behind; dropped {Kind} {SubjectId} ({Dropped} dropped in all)", subscriber, opsEvent.Kind, opsEvent.SubjectId, Dropped);
        }
    }

    private void LogSubscriberFailure(Exception ex, string subscriber, OpsEvent opsEvent) =>
        logger.LogError(ex, "Event subscriber {Subscriber} failed on {Kind} {SubjectId}", subscriber, opsEvent.Kind, opsEvent.SubjectId);

    private sealed class Subscription : IDisposable
    {
        private readonly OpsEventBus _bus;
        private readonly Func<OpsEvent, CancellationToken, Task> _handler;
        private readonly string _name;
        private readonly Channel<OpsEvent> _queue;
        private readonly CancellationTokenSource _stopping = new();
        private readonly CancellationToken _stoppingToken;
        private volatile bool _disposed;

        public Subscription(OpsEventBus bus, Func<OpsEvent, CancellationToken, Task> handler, string name, int capacity)
        {
            _bus = bus;
            _handler = handler;
            _name = name;
            _stoppingToken = _stopping.Token;
            _queue = Channel.CreateBounded<OpsEvent>(
                new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest },
                dropped => bus.OnDropped(name, dropped));
        }

        public void Enqueue(OpsEvent opsEvent) => _queue.Writer.TryWrite(opsEvent);

        public void Start() => _ = Task.Run(PumpAsync);

        private async Task PumpAsync()
        {
            try
            {
                await foreach (var opsEvent in _queue.Reader.ReadAllAsync(_stoppingToken))
                {
                    if (_disposed)
                    {
                        return;
                    }

                    try
                    {
                        await _handler(opsEvent, _stoppingToken);
                    }
                    catch (OperationCanceledException) when (_stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception ex)
                    {
                        _bus.LogSubscriberFailure(ex, _name, opsEvent);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        public void Dispose()
        {
            if (_bus._subscriptions.TryRemove(this, out _))
            {
                // The source is never disposed: it has no timer or links to release, and the pump may still read its token.
                _disposed = true;
                _stopping.Cancel();
                _queue.Writer.TryComplete();
            }
        }
    }

    /// <summary>A fixed-size memory of recently delivered sequences: enough to cover the relay's look-back, never growing.</summary>
    private sealed class RecentSequences(int capacity)
    {
        private readonly HashSet<long> _set = new(capacity);
        private readonly Queue<long> _order = new(capacity);
        private readonly Lock _lock = new();

        public bool TryAdd(long sequence)
        {
            lock (_lock)
            {
                if (!_set.Add(sequence))
                {
                    return false;
                }

                _order.Enqueue(sequence);
                if (_order.Count > capacity)
                {
                    _set.Remove(_order.Dequeue());
                }

                return true;
            }
        }

        public bool Contains(long sequence)
        {
            lock (_lock)
            {
                return _set.Contains(sequence);
            }
        }
    }
}
