using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Budget;

/// <summary>
/// One seeded app per provider, built on first use and shared by the tests of a class; the tests add their own rows
/// (unique codes) and never rely on what another test left behind.
/// </summary>
public sealed class BudgetApps : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, OpsAppFactory> _apps = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<OpsAppFactory> ForAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                app = new OpsAppFactory(provider);
                await app.InitializeAsync();
                _ = app.Services;
                _apps[provider] = app;
            }

            return app;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }

        _gate.Dispose();
    }
}

/// <summary>Collects the events the bus publishes while a test runs.</summary>
public sealed class EventRecorder : IDisposable
{
    private readonly ConcurrentQueue<OpsEvent> _events = new();
    private readonly IDisposable _subscription;

    public EventRecorder(IServiceProvider services)
    {
        _subscription = services.GetRequiredService<IOpsEventBus>().Subscribe((e, _) =>
        {
            _events.Enqueue(e);
            return Task.CompletedTask;
        }, nameof(EventRecorder));
    }

    /// <summary>Waits (delivery is asynchronous) until an event matches, or fails after a few seconds.</summary>
    public async Task<OpsEvent> WaitForAsync(Func<OpsEvent, bool> match)
    {
        for (var i = 0; i < 100; i++)
        {
            if (_events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No matching event; saw: {string.Join(", ", _events.Select(e => $"{e.Kind}/{e.SubjectId}"))}");
    }

    public void Dispose() => _subscription.Dispose();
}
