using Microsoft.Extensions.Options;
using OpsCenter.Web.Features.Wall;

namespace OpsCenter.Web.Features.Security;

/// <summary>
/// Refuses cross-site WebSocket hijacking: a page on another origin cannot open the Blazor circuit or the ops hub with
/// the user's cookie. Requests without an Origin header come from programs, not browsers, and carry no ambient cookie risk.
/// </summary>
public static class HubOriginCheck
{
    public const string BlazorHubPath = "/_blazor";

    public static bool IsHubRequest(PathString path) =>
        path.StartsWithSegments(BlazorHubPath) || path.StartsWithSegments(ScreenTokenAuthentication.HubPath);

    public static bool IsAllowed(string? origin, string scheme, HostString host, IReadOnlyCollection<string> allowedOrigins)
    {
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var own = $"{scheme}://{host.Value}";
        return string.Equals(origin.TrimEnd('/'), own, StringComparison.OrdinalIgnoreCase)
               || allowedOrigins.Any(a => string.Equals(a.TrimEnd('/'), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }

    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (IsHubRequest(request.Path) && !IsAllowed(request.Headers.Origin, request.Scheme, request.Host, options.AllowedOrigins))
            {
                ScreenTokenAuthentication.AnswerPlainly(context, StatusCodes.Status403Forbidden);
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
