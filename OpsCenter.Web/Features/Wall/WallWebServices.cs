using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OpsCenter.Web.Realtime;

namespace OpsCenter.Web.Features.Wall;

public static class WallWebServices
{
    public static IServiceCollection AddWallWeb(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ScreenTokenHandler>(ScreenTokenAuthentication.Scheme, null)
            .AddPolicyScheme(ScreenTokenAuthentication.SelectorScheme, null, o => o.ForwardDefaultSelector = ScreenTokenAuthentication.SelectScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = ScreenTokenAuthentication.SelectorScheme;
            o.DefaultAuthenticateScheme = ScreenTokenAuthentication.SelectorScheme;
            o.DefaultChallengeScheme = ScreenTokenAuthentication.SelectorScheme;
            o.DefaultForbidScheme = ScreenTokenAuthentication.SelectorScheme;
        });
        services.Configure<AuthorizationOptions>(o =>
        {
            // A screen token opens the wall and nothing else: plain [Authorize] means "a signed-in person".
            o.DefaultPolicy = new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(c => !ScreenTokenAuthentication.IsScreen(c.User))
                .Build();
            o.AddPolicy(WallPolicies.Viewer, p => p.RequireAuthenticatedUser());
            o.AddPolicy(WallPolicies.Controller, p => p.RequireRole(WallPolicies.ControllerRoles));
        });

        // After a network blip every television reconnects at once; keep their circuits rather than reload them all.
        services.Configure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = 1000);
        services.AddSignalR();
        services.AddHostedService<OpsHubForwarder>();
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitCounter>());
        return services;
    }
}

/// <summary>Open Blazor circuits in this process, for the diagnostics endpoint the benchmarks read.</summary>
public sealed class CircuitCounter : CircuitHandler
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}
