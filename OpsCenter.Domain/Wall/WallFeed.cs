using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Events;

namespace OpsCenter.Domain.Wall;

/// <summary>
/// The one place wall data is computed. Screens subscribe to a <see cref="WallView"/>; after a coalesced burst of events
/// the feed recomputes the parts those events touch, once per view however many screens watch it, and hands every
/// subscriber the same immutable <see cref="WallSnapshot"/>. A timer refreshes what changes with the clock alone
/// (overdue counts, "today").
/// </summary>
public sealed class WallFeed : IDisposable
{
    private readonly WallQueries _queries;
    private readonly TimeProvider _time;
    private readonly WallOptions _options;
    private readonly ILogger<WallFeed> _logger;
    private readonly ConcurrentDictionary<WallView, ViewEntry> _views = new();
    private readonly IDisposable _events;
    private readonly ITimer _refresh;
    private readonly SemaphoreSlim _computing = new(1, 1);
    private readonly Operations.OpsMetrics _metrics;
    private long _recomputations;

    public WallFeed(WallQueries queries, IOpsEventBus bus, TimeProvider time, IOptions<WallOptions> options, Operations.OpsMetrics metrics, ILogger<WallFeed> logger)
    {
        _queries = queries;
        _time = time;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
        _events = bus.SubscribeCoalesced(e => WallPartRules.Of(e.Kind) != WallParts.None, _options.CoalesceInterval, OnBurstAsync, logger, nameof(WallFeed));
        _refresh = time.CreateTimer(_ => _ = RefreshAsync(), null, _options.RefreshInterval, _options.RefreshInterval);
    }

    /// <summary>How many times a view's parts were recomputed since start (for tests and benchmarks).</summary>
    public long Recomputations => Interlocked.Read(ref _recomputations);

    public int ActiveViews => _views.Count(v => v.Value.SubscriberCount > 0);

    /// <summary>The current snapshot of a view, computing it first if nobody has asked for it yet.</summary>
    public async Task<WallSnapshot> GetAsync(WallView view, CancellationToken cancellationToken = default)
    {
        var entry = _views.GetOrAdd(view, v => new ViewEntry(v, _time));
        entry.Touch(_time.GetUtcNow().UtcDateTime);
        return entry.Current ?? await entry.FirstAsync(() => ComputeAsync(entry, WallParts.All, CancellationToken.None)).WaitAsync(cancellationToken);
    }

    /// <summary>Calls <paramref name="onSnapshot"/> with every new snapshot of the view until the result is disposed; keep the callback short.</summary>
    public IDisposable Subscribe(WallView view, Action<WallSnapshot> onSnapshot)
    {
        var entry = _views.GetOrAdd(view, v => new ViewEntry(v, _time));
        var subscription = entry.Add(onSnapshot);

        // What the subscriber may have missed between reading the snapshot and subscribing.
        if (entry.Current is { } current)
        {
            onSnapshot(current);
        }

        return subscription;
    }

    private async Task OnBurstAsync(IReadOnlyList<OpsEvent> burst, CancellationToken ct)
    {
        var byProvince = burst.GroupBy(e => e.ProvinceCode)
            .ToDictionary(g => g.Key, g => g.Aggregate(WallParts.None, (parts, e) => parts | WallPartRules.Of(e.Kind)));
        var pushed = false;
        foreach (var entry in _views.Values)
        {
            if (entry.Current is not null && byProvince.TryGetValue(entry.View.ProvinceCode, out var parts))
            {
                entry.BudgetStale |= parts.HasFlag(WallParts.Counters);
                await ComputeAsync(entry, parts, ct);
                pushed = true;
            }
        }

        if (pushed)
        {
            _metrics.WallPushed(_time.GetUtcNow().UtcDateTime - burst.Min(e => e.OccurredAt));
        }
    }

    private async Task RefreshAsync()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        try
        {
            foreach (var (view, entry) in _views)
            {
                if (entry.SubscriberCount == 0 && now - entry.LastUsedAt > _options.IdleViewLifetime)
                {
                    _views.TryRemove(view, out _);
                }
                else if (entry.Current is not null)
                {
                    var stale = now - entry.SlowPartsAt >= _options.SlowPartsRefreshInterval ? WallParts.All : WallParts.ClockDriven;

                    // The heatmap's period moves at Bangkok midnight with the counter's, so the two keep counting one set.
                    if (entry.HeatSince != WallQueries.PeriodStart(view, now))
                    {
                        stale |= WallParts.Heat;
                    }

                    if (entry.BudgetStale)
                    {
                        entry.BudgetStale = false;
                        stale |= WallParts.Budget;
                    }

                    await ComputeAsync(entry, stale, CancellationToken.None);
                }
            }
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Refreshing wall views failed; the next refresh tries again");
        }
    }

    private async Task<WallSnapshot> ComputeAsync(ViewEntry entry, WallParts parts, CancellationToken ct)
    {
        // One computation at a time: a burst, a refresh and a first request never query the same view in parallel.
        await _computing.WaitAsync(ct);
        try
        {
            var now = _time.GetUtcNow().UtcDateTime;
            var view = entry.View;
            var previous = entry.Current;
            if (previous is null)
            {
                parts = WallParts.All;
            }

            var counters = parts.HasFlag(WallParts.Counters) ? _queries.CountersAsync(view, now, ct) : null;
            var heat = parts.HasFlag(WallParts.Heat) ? _queries.HeatAsync(view, now, ct) : null;
            var ticker = parts.HasFlag(WallParts.Ticker) ? _queries.TickerAsync(view, now, ct) : null;
            var kpis = parts.HasFlag(WallParts.Kpis) ? _queries.KpisAsync(view, now, ct) : null;
            var budget = parts.HasFlag(WallParts.Budget) ? _queries.BudgetAsync(view, now, ct) : null;
            await Task.WhenAll(new Task?[] { counters, heat, ticker, kpis, budget }.OfType<Task>());
            if (heat is not null)
            {
                entry.HeatSince = WallQueries.PeriodStart(view, now);
            }

            var snapshot = WallPanelClassification.OnlyPublic(new WallSnapshot(
                view,
                now,
                Keep(previous?.Counters, counters?.Result, (a, b) => a.SameAs(b)) ?? ReportCounters.Empty,
                Keep(previous?.Kpis, kpis?.Result, (a, b) => a.SameAs(b)) ?? KpiTiles.Empty,
                Keep(previous?.Heat, heat?.Result, (a, b) => a.SameAs(b)) ?? HeatGrid.Empty,
                Keep(previous?.Budget, budget?.Result, (a, b) => a.SameAs(b)) ?? BudgetNeed.Empty,
                Keep(previous?.Ticker, ticker?.Result, (a, b) => a.SameAs(b)) ?? Ticker.Empty));
            if (parts.HasFlag(WallParts.Kpis) && parts.HasFlag(WallParts.Budget))
            {
                entry.SlowPartsAt = now;
            }

            Interlocked.Increment(ref _recomputations);
            entry.Publish(snapshot);
            return snapshot;
        }
        finally
        {
            _computing.Release();
        }
    }

    /// <summary>The previous part when nothing in it changed, so screens can tell by reference that there is nothing to redraw.</summary>
    private static T? Keep<T>(T? previous, T? fresh, Func<T, T, bool> same)
        where T : class =>
        fresh is null ? previous : previous is not null && same(previous, fresh) ? previous : fresh;

    public void Dispose()
    {
        _events.Dispose();
        _refresh.Dispose();
    }

    private sealed class ViewEntry(WallView view, TimeProvider time)
    {
        private readonly Lock _lock = new();
        private Action<WallSnapshot>[] _subscribers = [];
        private Task<WallSnapshot>? _first;

        public WallView View { get; } = view;

        public WallSnapshot? Current { get; private set; }

        public DateTime LastUsedAt { get; private set; } = time.GetUtcNow().UtcDateTime;

        public DateTime SlowPartsAt { get; set; }

        public bool BudgetStale { get; set; }

        /// <summary>The start of the period the heatmap was last computed for.</summary>
        public DateTime HeatSince { get; set; }

        public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

        public void Touch(DateTime now) => LastUsedAt = now;

        public Task<WallSnapshot> FirstAsync(Func<Task<WallSnapshot>> compute)
        {
            lock (_lock)
            {
                if (_first is null || _first.IsFaulted || _first.IsCanceled)
                {
                    _first = compute();
                }

                return _first;
            }
        }

        public IDisposable Add(Action<WallSnapshot> subscriber)
        {
            lock (_lock)
            {
                _subscribers = [.. _subscribers, subscriber];
            }

            return new Unsubscriber(this, subscriber);
        }

        public void Publish(WallSnapshot snapshot)
        {
            Current = snapshot;
            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                subscriber(snapshot);
            }
        }

        private void Remove(Action<WallSnapshot> subscriber)
        {
            lock (_lock)
            {
                _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
                LastUsedAt = time.GetUtcNow().UtcDateTime;
            }
        }

        private sealed class Unsubscriber(ViewEntry entry, Action<WallSnapshot> subscriber) : IDisposable
        {
            private int _disposed;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    entry.Remove(subscriber);
                }
            }
        }
    }
}

/// <summary>The parts of a snapshot, and which of them each kind of event can change.</summary>
[Flags]
public enum WallParts
{
    None = 0,
    Counters = 1,
    Heat = 2,
    Ticker = 4,
    Kpis = 8,
    Budget = 16,
    Reports = Counters | Heat | Ticker,
    ClockDriven = Counters | Ticker,
    All = Counters | Heat | Ticker | Kpis | Budget,
}

public static class WallPartRules
{
    /// <summary>
    /// Reports move the counters, the heatmap and the ticker at once; the budget-versus-need chart follows them on the
    /// next refresh (its shares barely move per report and it is the most expensive part), as does the computed
    /// "resolved on time" KPI (the recorder's hourly "measured" event or the slow refresh brings it). A budget line moves
    /// the chart and the computed "budget disbursed" KPI.
    /// </summary>
    public static WallParts Of(string kind) => kind switch
    {
        _ when Reports.ReportEvents.IsReport(kind) => WallParts.Reports,
        Kpis.KpiEvents.Measured => WallParts.Kpis,
        Budget.BudgetEvents.LineChanged => WallParts.Budget | WallParts.Kpis,
        Catalog.CatalogEvents.DatasetUpdated => WallParts.Budget | WallParts.Kpis,
        _ => WallParts.None,
    };
}
