using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OpsCenter.Web.Features.Security;

/// <summary>
/// Response headers every page and API answer carries. The CSP is as tight as Blazor Server, MudBlazor, plotly and Leaflet
/// allow: scripts only from this origin (no eval, and no inline script but the page's import map, allowed by its hash);
/// inline styles are allowed because Blazor, MudBlazor and plotly set them at run time.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Inline event handlers that exist in the markup, allowed by hash rather than by 'unsafe-inline'.</summary>
    public static readonly IReadOnlyList<string> AllowedInlineHandlers = ["window.print()"];

    /// <summary>HttpContext.Items key: inline scripts one response carries, allowed for that response alone by their hashes.</summary>
    public const string InlineScriptHashesKey = "csp.inline-script-hashes";

    public static string ContentSecurityPolicy(SecurityOptions options)
    {
        var handlerHashes = string.Join(' ', AllowedInlineHandlers.Select(HashOf));
        var images = string.Join(' ', new[] { "'self'", "data:", "blob:" }.Concat(options.ExtraImageSources));
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'unsafe-hashes' {handlerHashes}",
            "style-src 'self' 'unsafe-inline'",
            $"img-src {images}",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    public static string HashOf(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var csp = ContentSecurityPolicy(options);
        return app.Use((context, next) =>
        {
            // Written as the response starts, so a component or filter that set its own value earlier is overruled.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = context.Items[InlineScriptHashesKey] is string hashes
                    ? csp.Replace("script-src 'self'", "script-src 'self' " + hashes, StringComparison.Ordinal)
                    : csp;
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
