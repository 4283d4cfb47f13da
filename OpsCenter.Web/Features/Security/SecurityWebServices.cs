using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Security;

public static class SecurityWebServices
{
    public static IServiceCollection AddSecurityWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SecurityOptions.Section);
        services.Configure<SecurityOptions>(section);
        var options = section.Get<SecurityOptions>() ?? new SecurityOptions();

        services.ConfigureApplicationCookie(cookie => SessionLifetime.Apply(cookie, options));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = options.RevalidationInterval);
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // The security headers send DENY for every response; antiforgery would add a second, weaker SAMEORIGIN.
            o.SuppressXFrameOptionsHeader = true;
        });
        services.Replace(ServiceDescriptor.Scoped<SignInManager<OpsUser>, OpsSignInManager>());
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.Configure<ForwardedHeadersOptions>(o => ConfigureProxies(o, options));
        return services;
    }

    /// <summary>First in the pipeline: the scheme must be the client's (https at the proxy) before cookies are written.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseHubOriginCheck();
        return app;
    }

    /// <summary>
    /// APIs answer 401/403/404 as themselves. Re-executed as the HTML "not found" page, a refused POST turned into a
    /// 400 and a refused PUT into a 405, which tells a client (and the permission matrix) the wrong thing.
    /// </summary>
    public static IApplicationBuilder UseBareApiStatusCodes(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (IsApi(context.Request.Path) && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        return next(context);
    });

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/open311") || path.StartsWithSegments("/media");

    private static void ConfigureProxies(ForwardedHeadersOptions forwarded, SecurityOptions options)
    {
        // Only the proxies named in the settings are believed: trusting loopback by default let any local client (or a
        // proxy that passes X-Forwarded-For through) pick its own address and walk past the per-client rate limit.
        // Empty lists would mean "trust every proxy" to the middleware, so with none named nothing is forwarded at all.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
#pragma warning disable // The obsolete list still holds the default loopback network and is still consulted.
        forwarded.KnownNetworks.Clear();
#pragma warning restore
        forwarded.ForwardedHeaders = options.KnownProxies.Length + options.KnownNetworks.Length == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in options.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in options.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
