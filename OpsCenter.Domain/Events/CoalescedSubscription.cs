using Microsoft.Extensions.Logging;

namespace OpsCenter.Domain.Events;

public static class CoalescedSubscriptionExtensions
{
    /// <summary>
    /// Subscribes to bursts rather than single events: <paramref name="onBurst"/> gets everything that matched since its
    /// last call, at once for the first event after a quiet spell and then at most once per <paramref name="interval"/>,
    /// whatever the event rate. Calls never overlap. Disposing the result stops it.
    /// </summary>
    public static IDisposable SubscribeCoalesced(
        this IOpsEventBus bus,
        Func<OpsEvent, bool> filter,
        TimeSpan interval,
        Func<IReadOnlyList<OpsEvent>, CancellationToken, Task> onBurst,
        ILogger? logger = null,
        string? name = null)
    {
        var subscription = new CoalescedSubscription(filter, interval, onBurst, logger, name ?? onBurst.Method.DeclaringType?.Name ?? "coalesced");
        subscription.Attach(bus.Subscribe(subscription.Accept, subscription.Name));
        return subscription;
    }
}

/// <summary>Collects matching events and hands them over in batches; the batch is capped so a flood cannot grow memory.</summary>
internal sealed class CoalescedSubscription : IDisposable
{
    /// <summary>A burst keeps at most this many events (the newest); consumers recompute from the database anyway.</summary>
    public const int MaxBatch = 1000;

    private readonly Func<OpsEvent, bool> _filter;
    private readonly TimeSpan _interval;
    private readonly Func<IReadOnlyList<OpsEvent>, CancellationToken, Task> _onBurst;
    private readonly ILogger? _logger;
    private readonly Queue<OpsEvent> _pending = new();
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationToken _stoppingToken;
    private IDisposable? _busSubscription;
    private bool _signalled;

    public CoalescedSubscription(Func<OpsEvent, bool> filter, TimeSpan interval, Func<IReadOnlyList<OpsEvent>, CancellationToken, Task> onBurst, ILogger? logger, string name)
    {
        _filter = filter;
        _interval = interval;
        _onBurst = onBurst;
        _logger = logger;
        Name = name;
        _stoppingToken = _stopping.Token;
        _ = Task.Run(LoopAsync);
    }

    public string Name { get; }

    public void Attach(IDisposable busSubscription) => _busSubscription = busSubscription;

    public Task Accept(OpsEvent opsEvent, CancellationToken cancellationToken)
    {
        if (!_filter(opsEvent))
        {
            return Task.CompletedTask;
        }

        lock (_lock)
        {
            if (_pending.Count >= MaxBatch)
            {
                _pending.Dequeue();
            }

            _pending.Enqueue(opsEvent);
            if (!_signalled)
            {
                _signalled = true;
                _signal.Release();
            }
        }

        return Task.CompletedTask;
    }

    private async Task LoopAsync()
    {
        try
        {
            while (!_stoppingToken.IsCancellationRequested)
            {
                await _signal.WaitAsync(_stoppingToken);
                OpsEvent[] batch;
                lock (_lock)
                {
                    batch = [.. _pending];
                    _pending.Clear();
                    _signalled = false;
                }

                try
                {
                    await _onBurst(batch, _stoppingToken);
                }
                catch (OperationCanceledException) when (_stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    _logger?.LogError(ex, "Coalesced subscriber {Subscriber} failed on a burst of {Count} events", Name, batch.Length);
                }

                await Task.Delay(_interval, _stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _busSubscription?.Dispose();
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }
    }
}
