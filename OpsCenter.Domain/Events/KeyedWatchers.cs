using System.Collections.Concurrent;

namespace OpsCenter.Domain.Events;

/// <summary>
/// Callbacks waiting on a key (a screen, a review session, a token): lock-free to add, remove and notify, so a slow
/// page never blocks the event that announces a change. The one watcher list every live feature uses.
/// </summary>
public sealed class KeyedWatchers<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Action<TValue>[]> _byKey = new();

    public IEnumerable<TKey> Keys => _byKey.Keys;

    public bool IsWatched(TKey key) => _byKey.ContainsKey(key);

    /// <summary>Calls <paramref name="onChange"/> for every <see cref="Notify"/> of <paramref name="key"/> until disposed.</summary>
    public IDisposable Watch(TKey key, Action<TValue> onChange)
    {
        _byKey.AddOrUpdate(key, _ => [onChange], (_, existing) => [.. existing, onChange]);
        return new Subscription(this, key, onChange);
    }

    public void Notify(TKey key, TValue value)
    {
        if (_byKey.TryGetValue(key, out var watchers))
        {
            foreach (var watcher in watchers)
            {
                watcher(value);
            }
        }
    }

    /// <summary>Notifies once and forgets every watcher of the key (a revoked token is not revoked twice).</summary>
    public void NotifyAndForget(TKey key, TValue value)
    {
        if (_byKey.TryRemove(key, out var watchers))
        {
            foreach (var watcher in watchers)
            {
                watcher(value);
            }
        }
    }

    private void Remove(TKey key, Action<TValue> onChange)
    {
        while (_byKey.TryGetValue(key, out var existing))
        {
            var remaining = existing.Where(w => w != onChange).ToArray();
            var replaced = remaining.Length == 0
                ? _byKey.TryRemove(new KeyValuePair<TKey, Action<TValue>[]>(key, existing))
                : _byKey.TryUpdate(key, remaining, existing);
            if (replaced)
            {
                return;
            }
        }
    }

    private sealed class Subscription(KeyedWatchers<TKey, TValue> owner, TKey key, Action<TValue> onChange) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(key, onChange);
            }
        }
    }
}
