using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Budget;

/// <summary>The seeded apps the budget tests share (see <see cref="ProviderApps"/>).</summary>
public sealed class BudgetApps() : ProviderApps();

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
