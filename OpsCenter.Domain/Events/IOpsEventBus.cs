namespace OpsCenter.Domain.Events;

/// <summary>The one bus every state change goes through; see <see cref="OpsEventBus"/>.</summary>
public interface IOpsEventBus
{
    /// <summary>Delivers an already-committed event to this process's subscribers.</summary>
    void Publish(OpsEvent opsEvent);

    /// <summary>Subscribes; disposing the result unsubscribes. Each subscriber receives events in publish order, one at a time.</summary>
    IDisposable Subscribe(Func<OpsEvent, CancellationToken, Task> handler, string? name = null);
}
