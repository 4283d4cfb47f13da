using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Shared;

public static class CircuitActor
{
    /// <summary>The actor of a component's circuit, from its cascading authentication state; anonymous when there is none.</summary>
    public static async Task<Actor> ActorAsync(this Task<AuthenticationState>? state) =>
        state is null ? Actor.Anonymous : (await state).User.ToActor();
}
