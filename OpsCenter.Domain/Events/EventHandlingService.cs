using Microsoft.Extensions.Hosting;

namespace OpsCenter.Domain.Events;

/// <summary>A background part that does its work in answer to the bus's events, from the app's start to its stop.</summary>
public abstract class EventHandlingService(IOpsEventBus bus) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    /// <summary>For services that publish as well as answer.</summary>
    protected IOpsEventBus Bus => bus;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(HandleAsync, GetType().Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract Task HandleAsync(OpsEvent e, CancellationToken cancellationToken);
}
