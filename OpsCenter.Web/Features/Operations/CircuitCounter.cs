using Microsoft.AspNetCore.Components.Server.Circuits;
using OpsCenter.Domain.Operations;

namespace OpsCenter.Web.Features.Operations;

/// <summary>Counts open Blazor circuits (desks and wall screens) for the metrics.</summary>
public sealed class CircuitCounter(OpsMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
