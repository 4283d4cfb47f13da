using System.Runtime;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Wall;
using OpsCenter.Web.Realtime;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Wall;

public static class WallApi
{
    /// <summary>The screen cookie outlives any television: it lasts until the token is revoked.</summary>
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(3650);

    public sealed record ControlRequest(string? Command, int? Slide);

    public sealed record ControlState(string Screen, int Slide, int Slides, string Mode, bool AlarmOnly);

    public static IEndpointRouteBuilder MapWallApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/wall/connect", ConnectAsync).AllowAnonymous();
        endpoints.MapPost("/wall/disconnect", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(ScreenTokenAuthentication.CookieName);
            return TypedResults.LocalRedirect("/wall/token");
        }).AllowAnonymous().DisableAntiforgery();
        endpoints.MapPost("/api/wall/screens/{slug}/control", ControlAsync).RequireAuthorization(WallPolicy.Control);
        endpoints.MapHub<OpsHub>(ScreenTokenAuthentication.HubPath);

        if (endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Domain.Wall.WallOptions>>().Value.Diagnostics)
        {
            endpoints.MapGet("/diagnostics/wall", Diagnostics).AllowAnonymous();
        }

        return endpoints;
    }

    private static async Task<RedirectHttpResult> ConnectAsync(string? token, HttpContext http, ScreenTokens tokens, WallScreens screens, TimeProvider time, CancellationToken ct)
    {
        var secret = token?.Trim();
        var screen = await tokens.ValidateAsync(secret, ct);
        if (screen is null)
        {
            return TypedResults.Redirect("/wall/token?error=invalid");
        }

        http.Response.Cookies.Append(ScreenTokenAuthentication.CookieName, secret!, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            Path = "/",
            Expires = time.GetUtcNow() + CookieLifetime,
        });
        var home = screen.ScreenId is { } id && await screens.FindAsync(id, ct) is { } target ? $"/wall/{target.Slug}" : "/wall";
        return TypedResults.Redirect(home);
    }

    private static async Task<IResult> ControlAsync(string slug, ControlRequest request, HttpContext http, WallScreens screens, CurrentProvince province, TimeProvider time, CancellationToken ct)
    {
        var screen = await screens.FindAsync(await province.CodeForAsync(http.User, ct), slug, ct);
        if (screen is null)
        {
            return ApiProblems.NotFound("ไม่พบจอนี้", "No such screen");
        }

        WallScreenInfo? changed;
        if (request.Command == "goto")
        {
            if (request.Slide is not { } slide || slide < 0 || slide >= screen.Slides.Count)
            {
                return ApiProblems.Field("slide", $"ต้องระบุหน้าที่ 0–{screen.Slides.Count - 1}", $"Give a slide from 0 to {screen.Slides.Count - 1}");
            }

            changed = await screens.GoToAsync(screen.Id, slide, http.User.ToActor(), ct);
        }
        else if (WallRotation.TryParse(request.Command, out var command))
        {
            changed = await screens.CommandAsync(screen.Id, command, http.User.ToActor(), ct);
        }
        else
        {
            return ApiProblems.Field("command", "คำสั่งต้องเป็น next, previous, pause, resume, toggle-pause, goto, alarm-only-on, alarm-only-off หรือ toggle-alarm-only",
                "The command must be next, previous, pause, resume, toggle-pause, goto, alarm-only-on, alarm-only-off or toggle-alarm-only");
        }

        if (changed is null)
        {
            return ApiProblems.NotFound("ไม่พบจอนี้", "No such screen");
        }

        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new ControlState(changed.Slug, WallRotation.CurrentSlide(changed.Control, changed.Slides.Count, changed.RotationInterval, now),
            changed.Slides.Count, changed.Control.Mode.ToString(), changed.Control.AlarmOnly));
    }

    /// <summary>Only with Wall:Diagnostics=true (benchmarks): managed memory after a forced full collection, circuits, feed and bus counters.</summary>
    private static IResult Diagnostics(bool? gc, CircuitCounter circuits, WallFeed feed, OpsEventBus bus, OutboxRelay relay)
    {
        if (gc == true)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        return TypedResults.Ok(new
        {
            managedBytes = GC.GetTotalMemory(forceFullCollection: false),
            circuits = circuits.Open,
            wallViews = feed.ActiveViews,
            feedRecomputations = feed.Recomputations,
            busPublished = bus.Published,
            busDropped = bus.Dropped,
            busSubscribers = bus.SubscriberCount,
            relayDelivered = relay.Delivered,
            relayListening = relay.IsListening,
        });
    }

    public static bool MayControl(ClaimsPrincipal user) => WallPolicy.CanControl(user.ToActor());
}
