using System.Security.Claims;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Wall;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Review;

public static class ReviewApi
{
    public sealed record SessionRequest(string? Title, DateTime? HeldAt, string? ChairName, string? Attendees);

    public sealed record PresentRequest(string? Command, int? ItemId);

    public sealed record PresentState(int Session, int? CurrentItemId, int Index, int Items, string Status, bool Spotlight);

    public sealed record DecisionRequest(string? Text, string? LinkKind, string? LinkRef, string? ActionText, int? OwnerAgencyId, string? OwnerPersonName, DateOnly? DueAt);

    public sealed record FollowRequest(bool Follow);

    public sealed record ProgressRequest(string? Status, int? ProgressPercent, string? Note);

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/reviews");
        api.MapPost("/", CreateAsync).RequireAuthorization(ReviewPolicy.Manage);
        api.MapPost("/{id:int}/present", PresentAsync).RequireAuthorization(ReviewPolicy.Present);
        api.MapPost("/{id:int}/end", EndAsync).RequireAuthorization(ReviewPolicy.Present);
        api.MapPost("/{id:int}/decisions", DecideAsync).RequireAuthorization(ReviewPolicy.Present);
        api.MapPost("/{id:int}/screens/{slug}/follow", FollowAsync).RequireAuthorization(ReviewPolicy.Present);
        api.MapGet("/{id:int}/minutes.csv", MinutesCsvAsync).RequireAuthorization(ReviewPolicy.Read);
        api.MapPost("/actions/{actionId:int}/progress", ProgressAsync).RequireAuthorization(ReviewPolicy.ReportProgress);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(SessionRequest request, HttpContext http, ReviewService reviews, CancellationToken ct)
    {
        var (session, errors) = await reviews.CreateAsync(http.User.ToActor(),
            new ReviewSessionInput(request.Title ?? "", request.HeldAt ?? default, request.ChairName ?? "", request.Attendees), ct);
        return session is null ? ApiProblems.Fields(errors) : TypedResults.Created($"/reviews/{session.Id}", new { id = session.Id });
    }

    private static async Task<IResult> PresentAsync(int id, PresentRequest request, HttpContext http, ReviewService reviews, ReviewLive live, CurrentProvince province, CancellationToken ct)
    {
        if (!ReviewNavigation.TryParse(request.Command, out var command))
        {
            return ApiProblems.Field("command", "คำสั่งต้องเป็น next, previous, first, last, goto หรือ spotlight", "The command must be next, previous, first, last, goto or spotlight");
        }

        if (await OwnSessionAsync(id, http.User, live, province, ct) is not { } stage)
        {
            return NoSession();
        }

        if (command == ReviewCommand.GoTo && (request.ItemId is not { } target || stage.Items.All(i => i.Id != target)))
        {
            return ApiProblems.Field("itemId", "ต้องระบุวาระที่อยู่ในการประชุมนี้", "Give an agenda item of this session");
        }

        if (stage.Status == ReviewSessionStatus.Closed)
        {
            return ApiProblems.Field("session", "การประชุมนี้ปิดแล้ว", "This session is closed");
        }

        await reviews.PresentAsync(id, command, http.User.ToActor(), request.ItemId, ct);
        var now = await live.RefreshAsync(id, ct);
        return TypedResults.Ok(new PresentState(id, now?.CurrentItemId, now?.CurrentIndex ?? -1, now?.Items.Count ?? 0, now?.Status.ToString() ?? "", now?.Spotlight ?? false));
    }

    private static async Task<IResult> EndAsync(int id, HttpContext http, ReviewService reviews, ReviewLive live, CurrentProvince province, CancellationToken ct)
    {
        if (await OwnSessionAsync(id, http.User, live, province, ct) is null)
        {
            return NoSession();
        }

        await reviews.EndAsync(id, http.User.ToActor(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DecideAsync(int id, DecisionRequest request, HttpContext http, ReviewService reviews, ReviewLive live, CurrentProvince province, CancellationToken ct)
    {
        if (await OwnSessionAsync(id, http.User, live, province, ct) is null)
        {
            return NoSession();
        }

        var kind = ReviewLinkKind.None;
        if (!string.IsNullOrWhiteSpace(request.LinkKind) && (!Enum.TryParse(request.LinkKind, ignoreCase: true, out kind) || int.TryParse(request.LinkKind, out _)))
        {
            return ApiProblems.Field("linkKind", "ประเภทต้องเป็น kpi, report, project หรือ dataset", "The link kind must be kpi, report, project or dataset");
        }

        var input = new ReviewDecisionInput(request.Text ?? "", kind, request.LinkRef, request.ActionText, request.OwnerAgencyId, request.OwnerPersonName,
            request.DueAt?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var (decision, errors) = await reviews.DecideAsync(id, input, http.User.ToActor(), ct);
        return decision is null ? ApiProblems.Fields(errors) : TypedResults.Created($"/reviews/{id}/minutes", new { id = decision.Id, figures = decision.Snapshot.Figures.Count });
    }

    private static async Task<IResult> FollowAsync(int id, string slug, FollowRequest request, HttpContext http, ReviewService reviews, ReviewLive live, WallScreens screens, CurrentProvince province, CancellationToken ct)
    {
        var stage = await OwnSessionAsync(id, http.User, live, province, ct);
        var screen = stage is null ? null : await screens.FindAsync(stage.ProvinceCode, slug, ct);
        if (stage is null || screen is null)
        {
            return stage is null ? NoSession() : ApiProblems.NotFound("ไม่พบจอนี้", "No such screen");
        }

        var errors = await reviews.FollowAsync(id, screen.Id, request.Follow, http.User.ToActor(), ct);
        return errors.Count > 0 ? ApiProblems.Fields(errors) : TypedResults.NoContent();
    }

    private static async Task<IResult> MinutesCsvAsync(int id, HttpContext http, ReviewQueries queries, CurrentProvince province, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(http.User.ToActor(), id, ct);
        return detail is null ? NoSession() : TypedResults.File(ReviewMinutesCsv.Write(detail), "text/csv; charset=utf-8", $"review-{id}-minutes.csv");
    }

    private static async Task<IResult> ProgressAsync(int actionId, ProgressRequest request, HttpContext http, ReviewService reviews, CancellationToken ct)
    {
        if (!Enum.TryParse<ActionItemStatus>(request.Status, ignoreCase: true, out var status) || int.TryParse(request.Status, out _))
        {
            return ApiProblems.Field("status", "สถานะต้องเป็น open, inprogress, done หรือ cancelled", "The status must be open, inprogress, done or cancelled");
        }

        var errors = await reviews.ReportProgressAsync(actionId, http.User.ToActor(), new ActionProgressInput(status, request.ProgressPercent ?? 0, request.Note), ct);
        return errors.Count > 0 ? ApiProblems.Fields(errors) : TypedResults.NoContent();
    }


    private static async Task<ReviewStage?> OwnSessionAsync(int id, ClaimsPrincipal user, ReviewLive live, CurrentProvince province, CancellationToken ct)
    {
        var stage = await live.GetAsync(id, ct);
        return stage is not null && stage.ProvinceCode == await province.CodeForAsync(user, ct) ? stage : null;
    }

    private static IResult NoSession() => ApiProblems.NotFound("ไม่พบการประชุมนี้", "No such review session");
}
