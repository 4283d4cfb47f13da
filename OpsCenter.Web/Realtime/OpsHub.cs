using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Wall;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Realtime;

/// <summary>An event as non-Blazor clients receive it: ids only, like everything on the bus.</summary>
public sealed record OpsEventMessage(string Kind, string ProvinceCode, string SubjectId, DateTime OccurredAt, long Sequence)
{
    public static OpsEventMessage From(OpsEvent e) => new(e.Kind, e.ProvinceCode, e.SubjectId, e.OccurredAt, e.Sequence);
}

/// <summary>
/// The bus for clients that are not Blazor circuits (dashboards in other tools, signage players, scripts). Read-only:
/// a connection joins its province's group and receives "event" messages; the only method reads the outbox, so a client
/// that was away can ask for what it missed. Blazor components never use this hub; they subscribe to the bus directly.
/// </summary>
[Authorize(Policy = WallPolicy.View)]
public sealed class OpsHub(OutboxReader outbox, CurrentProvince currentProvince) : Hub
{
    public const string EventMethod = "event";

    /// <summary>At most this many events per catch-up call; a client further behind should reload its state instead.</summary>
    public const int MaxCatchUp = 500;

    public static string GroupFor(string provinceCode) => "province:" + provinceCode;

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupFor(await ProvinceAsync()));
        await base.OnConnectedAsync();
    }

    /// <summary>The province's events after <paramref name="afterSequence"/>, oldest first, from the outbox (kept for days).</summary>
    public async Task<IReadOnlyList<OpsEventMessage>> CatchUp(long afterSequence)
    {
        var events = await outbox.AfterAsync(Math.Max(0, afterSequence), MaxCatchUp, await ProvinceAsync(), Context.ConnectionAborted);
        return events.Select(OpsEventMessage.From).ToList();
    }

    private async Task<string> ProvinceAsync() =>
        OpsClaims.ProvinceOf(Context.User!) ?? await currentProvince.CodeForAsync(Context.User, Context.ConnectionAborted);
}

/// <summary>Forwards every bus event to the hub group of its province.</summary>
public sealed class OpsHubForwarder(IOpsEventBus bus, IHubContext<OpsHub> hub, ILogger<OpsHubForwarder> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(ForwardAsync, nameof(OpsHubForwarder));
        return Task.CompletedTask;
    }

    private async Task ForwardAsync(OpsEvent opsEvent, CancellationToken ct)
    {
        try
        {
            await hub.Clients.Group(OpsHub.GroupFor(opsEvent.ProvinceCode)).SendAsync(OpsHub.EventMethod, OpsEventMessage.From(opsEvent), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not forward {Kind} to hub clients", opsEvent.Kind);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
