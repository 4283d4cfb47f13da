using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Events;

namespace OpsCenter.Web.Shared;

/// <summary>
/// The base of every component that updates itself: it follows live sources (the event bus, the wall feed, anything with
/// a subscribe-returns-IDisposable shape), applies only the latest value of each on the renderer's thread, re-renders at
/// most once per <see cref="MinRenderInterval"/> however fast the sources change, and disposes every subscription with
/// the component, so a closed tab or a dropped television leaves nothing behind.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<IPendingUpdate> _pending = [];
    private readonly Lock _lock = new();

    // Live updates arrive on pool threads, whose culture is not the viewer's: without this a Thai wall would switch to
    // English on its first update. Components are created while the circuit renders, in the viewer's culture.
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private ITimer? _timer;
    private long _lastFlush;
    private bool _scheduled;
    private bool _disposed;

    [Inject]
    private IOpsEventBus Bus { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>At most this many renders per second for live updates: four is smooth on a wall and cheap on the server.</summary>
    protected virtual TimeSpan MinRenderInterval => TimeSpan.FromMilliseconds(250);

    protected bool IsDisposed => _disposed;

    /// <summary>Keeps a subscription until the component is disposed.</summary>
    protected T Track<T>(T subscription)
        where T : IDisposable
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _subscriptions.Add(subscription);
                return subscription;
            }
        }

        subscription.Dispose();
        return subscription;
    }

    /// <summary>
    /// Follows a source that pushes values from any thread: <paramref name="apply"/> runs on the renderer with the newest
    /// value only, then the component re-renders (throttled).
    /// </summary>
    protected void Follow<T>(Func<Action<T>, IDisposable> subscribe, Action<T> apply)
    {
        var slot = new PendingUpdate<T>(apply);
        lock (_lock)
        {
            _pending.Add(slot);
        }

        Track(subscribe(value =>
        {
            slot.Set(value);
            RequestRender();
        }));
    }

    /// <summary>Coalesced bus events matching <paramref name="filter"/>; <paramref name="onBurst"/> runs on the renderer, then the component re-renders.</summary>
    protected void OnEvents(Func<OpsEvent, bool> filter, Func<IReadOnlyList<OpsEvent>, Task> onBurst) =>
        Track(Bus.SubscribeCoalesced(filter, MinRenderInterval, async (burst, _) =>
        {
            await InvokeAsync(async () =>
            {
                UseViewerCulture();
                await onBurst(burst);
                RequestRender();
            });
        }, name: GetType().Name));

    /// <summary>Asks for a render soon: at once if the last one was long enough ago, otherwise when the interval has passed.</summary>
    protected void RequestRender()
    {
        TimeSpan wait;
        lock (_lock)
        {
            if (_disposed || _scheduled)
            {
                return;
            }

            _scheduled = true;
            wait = _lastFlush == 0 ? TimeSpan.Zero : MinRenderInterval - Time.GetElapsedTime(_lastFlush);
            if (wait > TimeSpan.Zero)
            {
                _timer ??= Time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _timer.Change(wait, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        Flush();
    }

    private void Flush()
    {
        lock (_lock)
        {
            _scheduled = false;
            _lastFlush = Time.GetTimestamp();
            if (_disposed)
            {
                return;
            }
        }

        _ = FlushAsync();
    }

    private async Task FlushAsync()
    {
        try
        {
            await InvokeAsync(() =>
            {
                UseViewerCulture();
                IPendingUpdate[] pending;
                lock (_lock)
                {
                    pending = [.. _pending];
                }

                foreach (var update in pending)
                {
                    update.ApplyIfChanged();
                }

                if (!_disposed)
                {
                    StateHasChanged();
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the update and the render; there is nobody left to show it to.
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private void UseViewerCulture()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    public void Dispose()
    {
        IDisposable[] subscriptions;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            subscriptions = [.. _subscriptions];
            _subscriptions.Clear();
            _pending.Clear();
        }

        _timer?.Dispose();
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>For subclasses that own more than subscriptions.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private interface IPendingUpdate
    {
        void ApplyIfChanged();
    }

    private sealed class PendingUpdate<T>(Action<T> apply) : IPendingUpdate
    {
        private readonly Lock _lock = new();
        private T? _value;
        private bool _changed;

        public void Set(T value)
        {
            lock (_lock)
            {
                _value = value;
                _changed = true;
            }
        }

        public void ApplyIfChanged()
        {
            T? value;
            lock (_lock)
            {
                if (!_changed)
                {
                    return;
                }

                value = _value;
                _changed = false;
            }

            apply(value!);
        }
    }
}
