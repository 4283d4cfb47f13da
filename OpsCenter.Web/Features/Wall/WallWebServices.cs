using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
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
            .AddScheme<AuthenticationSchemeOptions, Security.AccessTokenHandler>(Security.AccessTokenAuthentication.Scheme, null)
            .AddPolicyScheme(ScreenTokenAuthentication.SelectorScheme, null, o => o.ForwardDefaultSelector = ScreenTokenAuthentication.SelectScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = ScreenTokenAuthentication.SelectorScheme;
            o.DefaultAuthenticateScheme = ScreenTokenAuthentication.SelectorScheme;
            o.DefaultChallengeScheme = ScreenTokenAuthentication.SelectorScheme;
            o.DefaultForbidScheme = ScreenTokenAuthentication.SelectorScheme;
        });
        services.ConfigureApplicationCookie(o =>
        {
            var toLogin = o.Events.OnRedirectToLogin;
            var toDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToLogin = context => Plainly(context, StatusCodes.Status401Unauthorized, toLogin);
            o.Events.OnRedirectToAccessDenied = context => Plainly(context, StatusCodes.Status403Forbidden, toDenied);
        });
        services.Configure<AuthorizationOptions>(o =>
        {
            // A screen token opens the wall and nothing else: plain [Authorize] means "a signed-in person".
            o.DefaultPolicy = new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(c => !ScreenTokenAuthentication.IsScreen(c.User))
                .Build();
            Security.FeaturePolicies.AddTo(o);
        });

        // After a network blip every television reconnects at once; keep their circuits rather than reload them all.
        services.Configure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = 1000);
        services.AddSignalR();
        services.AddHostedService<OpsHubForwarder>();
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitCounter>());
        return services;
    }

    private static Task Plainly(RedirectContext<CookieAuthenticationOptions> context, int statusCode, Func<RedirectContext<CookieAuthenticationOptions>, Task> otherwise)
    {
        if (!ScreenTokenAuthentication.IsProgrammatic(context.Request))
        {
            return otherwise(context);
        }

        ScreenTokenAuthentication.AnswerPlainly(context.HttpContext, statusCode);
        return Task.CompletedTask;
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
