using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OpsCenter.Web.Shared;

/// <summary>Thai first, English second, chosen by a cookie; Thai keeps the Gregorian calendar so parsing never shifts years by 543.</summary>
public static class Localization
{
    public const string Thai = "th-TH";
    public const string English = "en-US";

    public static CultureInfo ThaiCulture()
    {
        var culture = new CultureInfo(Thai);
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        return culture;
    }

    public static IServiceCollection AddOpsLocalization(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = new[] { ThaiCulture(), new CultureInfo(English) };
            options.DefaultRequestCulture = new RequestCulture(cultures[0], cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;

            // Only the cookie decides; a browser's Accept-Language must not flip a Thai wall screen to English.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

    public static WebApplication UseOpsLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    public static IEndpointRouteBuilder MapCultureApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{culture}", (string culture, string? redirect, HttpContext context, TimeProvider time) =>
        {
            var chosen = culture == English ? English : Thai;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return TypedResults.LocalRedirect(SafeLocalPath(redirect));
        }).AllowAnonymous();
        return endpoints;
    }

    public static string SafeLocalPath(string? path) =>
        !string.IsNullOrEmpty(path) && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal)
            ? path
            : "/";
}
