using System.Security.Claims;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Proposals;
using OpsCenter.Web.Features.Budget;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Proposals;

public sealed record ProposalInput(string? Title, string? Description, string? AreaCode, string? CategoryCode, string? Phone, string? EvidenceUrl = null);

public sealed record SupportInput(string? Phone);

public sealed record TriageInput(
    string? Action,
    string? Response,
    int? MergeIntoId,
    string? ProjectCode,
    string? ProjectName,
    string? Sector,
    int? OwnerAgencyId,
    int? FiscalYear,
    string? Source,
    decimal? RequestedBaht);

/// <summary>Citizen proposals over HTTP (for LINE bots, kiosks and other front ends); the same service as the pages.</summary>
public static class ProposalsApi
{
    public static IEndpointRouteBuilder MapProposalsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/proposals");
        api.MapGet("/", ListAsync).AllowAnonymous();
        api.MapGet("/similar", SimilarAsync).AllowAnonymous();
        api.MapGet("/track/{code}", TrackAsync).AllowAnonymous();
        api.MapPost("/", SubmitAsync).AllowAnonymous();
        api.MapPost("/{id:int}/supports", SupportAsync).AllowAnonymous();
        api.MapPost("/{id:int}/triage", TriageAsync).RequireApiUser(ProposalPolicy.Triage);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(string? status, string? area, string? sector, string? q, string? sort, ClaimsPrincipal user, CurrentProvince province, ProposalQuery query, CancellationToken ct)
    {
        ProposalStatus? parsed = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ProposalStatus>(status, true, out var s) || !Enum.IsDefined(s))
            {
                return ApiProblems.Field("status", "สถานะไม่ถูกต้อง", "Unknown status");
            }

            parsed = s;
        }

        var rows = await query.ListAsync(await province.CodeForAsync(user, ct), new ProposalFilter(parsed, area, sector, q, sort == "newest"), ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<IResult> SimilarAsync(string? text, string? area, string? category, ClaimsPrincipal user, CurrentProvince province, ProposalQuery query, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return ApiProblems.Field("text", "ต้องระบุข้อความ (ไม่เกิน 4,000 ตัวอักษร)", "text is required (at most 4,000 characters)");
        }

        var rows = await query.SimilarAsync(await province.CodeForAsync(user, ct), text, area ?? "", category ?? "", ct: ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<IResult> TrackAsync(string code, ProposalQuery query, CancellationToken ct) =>
        await query.ByTrackingCodeAsync(code, ct) is { } detail ? TypedResults.Ok(detail) : ApiProblems.NotFound("ไม่พบข้อเสนอตามรหัสติดตามนี้", "No proposal has this tracking code");

    private static async Task<IResult> SubmitAsync(ProposalInput input, HttpContext http, CurrentProvince province, ProposalService service, CancellationToken ct)
    {
        var user = http.User;
        var (result, tracking) = await service.SubmitAsync(
            new NewProposal(await province.CodeForAsync(user, ct), input.Title ?? "", input.Description ?? "", input.AreaCode ?? "", input.CategoryCode ?? "", input.Phone, input.EvidenceUrl),
            SupporterOf(http, input.Phone), ct);
        if (result.Errors.Any(e => e.Field == "rate"))
        {
            return TooMany(result.Errors[0]);
        }

        return result.Succeeded
            ? TypedResults.Created(ProposalPaths.Track(tracking!), new { id = result.Id, trackingCode = tracking, trackUrl = ProposalPaths.Track(tracking!) })
            : BudgetApi.ToResult(result);
    }

    private static async Task<IResult> SupportAsync(int id, SupportInput input, HttpContext http, ProposalService service, CancellationToken ct)
    {
        var (outcome, errors) = await service.SupportAsync(id, SupporterOf(http, input.Phone), ct);
        return outcome switch
        {
            SupportOutcome.Supported => TypedResults.Created(ProposalPaths.Proposal(id), new { supported = true }),
            SupportOutcome.AlreadySupported => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: ApiProblems.Message("คุณสนับสนุนข้อเสนอนี้แล้ว", "You already support this proposal")),
            SupportOutcome.RateLimited => TooMany(new FieldError("phone", "สนับสนุนบ่อยเกินไป กรุณาลองใหม่ภายหลัง", "Too many supports; try again later")),
            SupportOutcome.Closed => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: ApiProblems.Message("ข้อเสนอนี้ปิดรับการสนับสนุนแล้ว", "This proposal no longer takes support")),
            SupportOutcome.NotFound => ApiProblems.NotFound("ไม่พบข้อเสนอ", "No such proposal"),
            _ => BudgetApi.ToResult(new CommandResult(errors)),
        };
    }

    private static async Task<IResult> TriageAsync(int id, TriageInput input, ClaimsPrincipal user, ProposalService service, CancellationToken ct)
    {
        if (!Enum.TryParse<TriageAction>(input.Action, true, out var action) || !Enum.IsDefined(action))
        {
            return ApiProblems.Field("action", "action ต้องเป็น review, accept, decline หรือ merge", "action must be review, accept, decline or merge");
        }

        NewProject? project = null;
        if (action == TriageAction.Accept)
        {
            var source = BudgetTerms.ParseSource(input.Source);
            if (source is null || input.RequestedBaht is not { } baht || baht < 0 || baht > Money.MaxBaht || baht * 100 != decimal.Truncate(baht * 100) || input.FiscalYear is null || input.OwnerAgencyId is null)
            {
                return ApiProblems.Validation()
                    .Add("project", "ต้องระบุ source, requestedBaht, fiscalYear และ ownerAgencyId", "source, requestedBaht, fiscalYear and ownerAgencyId are required")
                    .ToResult();
            }

            project = new NewProject("", input.ProjectCode ?? "", input.ProjectName ?? "", null, input.Sector ?? "", input.OwnerAgencyId.Value, [],
                input.FiscalYear.Value, source.Value, Money.FromBaht(baht), null, null);
        }

        var result = await service.TriageAsync(id, new TriageDecision(action, input.Response, project, input.MergeIntoId), user.ToActor(), ct);
        return BudgetApi.ToResult(result);
    }

    internal static Supporter SupporterOf(HttpContext http, string? phone) =>
        new(http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null, phone, http.Connection.RemoteIpAddress?.ToString());

    private static IResult TooMany(FieldError error) =>
        TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: ApiProblems.Message(error.Thai, error.English));
}
