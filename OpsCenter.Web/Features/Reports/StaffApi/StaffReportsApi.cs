using System.Security.Claims;
using System.Text.Json;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Domain.Security.Tokens;
using OpsCenter.Domain.Security;
using OpsCenter.Web.Features.Reports.Api;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Reports.StaffApi;

/// <summary>
/// The staff workflow for agencies' own systems: the same actions as the report page, through the same service,
/// signed in by the browser session or by a personal access token an administrator issued to a person.
/// </summary>
public static class StaffReportsApi
{
    public static IEndpointRouteBuilder MapStaffReportsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/staff/reports/{trackingNumber}/{action}", ApplyAsync)
            .RequireAuthorization(ReportPolicy.Queue)
            .DisableAntiforgery()
            .WithTags("Staff workflow")
            .WithSummary("Take, assign, forward, start, resolve, reject or merge a report (body: note, agency, target)")
            .WithDescription("Signed in by the browser session or by \"Authorization: Bearer ops_pat_…\", a personal access token an administrator issues. "
                             + "agency is an agency code or id; target is the tracking number of the report to merge into. Answers 200 with the new status, "
                             + "400 naming the field, 403 for another agency's report, 404 for a number your province does not have.")
            .Accepts<StaffCommandBody>("application/json")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapPost("/api/admin/users/{userName}/tokens", IssueAsync).RequireAuthorization(SecurityPolicy.Administer).DisableAntiforgery();
        endpoints.MapDelete("/api/admin/tokens/{id:int}", RevokeAsync).RequireAuthorization(SecurityPolicy.Administer);
        return endpoints;
    }

    private static async Task<IResult> ApplyAsync(string trackingNumber, string action, HttpContext http, ClaimsPrincipal user, ReportWorkflowService workflow, CancellationToken ct)
    {
        // A JSON body only: a cross-site form cannot send one, so the browser session needs no antiforgery token here.
        if (http.Request.ContentLength is > 0 or null && !RequestBodies.IsJson(http.Request))
        {
            return ReportProblems.UnsupportedMediaType("application/json");
        }

        var (body, tooLarge) = await RequestBodies.ReadAsync(http.Request, 64 * 1024, ct);
        if (tooLarge)
        {
            return ReportProblems.TooLarge(64 * 1024);
        }

        if (!TryRead(body, action, out var command))
        {
            return ApiProblems.Field("body", "ข้อมูล JSON ไม่ถูกต้อง", "The body is not a JSON object of note, agency and target");
        }

        var actor = ActorClaims.ToStaffActor(user)!;
        var result = await workflow.ApplyAsync(trackingNumber.Trim().ToUpperInvariant(), command, actor, ct);
        return result.Outcome switch
        {
            StaffCommandOutcome.Done => TypedResults.Ok(new { trackingNumber = trackingNumber.Trim().ToUpperInvariant(), action = action.ToLowerInvariant(), status = ReportStatuses.Code(result.Status!.Value) }),
            StaffCommandOutcome.NotFound => ApiProblems.NotFound(result.Error!.Thai, result.Error.English),
            StaffCommandOutcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"{result.Error!.Thai} / {result.Error.English}"),
            _ => ApiProblems.Field(result.Error!.Field, result.Error.Thai, result.Error.English),
        };
    }

    /// <summary>The body as documented; it is read by hand so a malformed one answers with a field error, not a binding failure.</summary>
    public sealed record StaffCommandBody(string? Note, string? Agency, string? Target);

    private static bool TryRead(byte[]? body, string action, out StaffCommand command)
    {
        command = new StaffCommand(action);
        if (body is null || body.Length == 0)
        {
            return true;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            string? Text(string name) => json.RootElement.TryGetProperty(name, out var v)
                ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => null }
                : null;
            command = new StaffCommand(action, Text("note"), Text("agency"), Text("target"));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<IResult> IssueAsync(string userName, HttpContext http, ClaimsPrincipal user, PersonalAccessTokens tokens, CancellationToken ct)
    {
        var (body, _) = await RequestBodies.ReadAsync(http.Request, 16 * 1024, ct);
        string? name = null;
        try
        {
            if (body is { Length: > 0 })
            {
                using var json = JsonDocument.Parse(body);
                name = json.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            }
        }
        catch (JsonException)
        {
        }

        var admin = ActorClaims.ToStaffActor(user)!;
        var issued = await tokens.IssueAsync(userName, name ?? "", admin, ct);
        return issued is null
            ? ApiProblems.Field("name", "ระบุชื่อโทเคน (ไม่เกิน 200 ตัวอักษร) ให้ผู้ใช้ที่ใช้งานอยู่ในจังหวัดของคุณ", "Name the token (at most 200 characters), for an enabled user of your province")
            : TypedResults.Created($"/api/admin/tokens/{issued.Id}", new { id = issued.Id, name = issued.Name, prefix = issued.Prefix, expiresAt = issued.ExpiresAt, token = issued.Secret });
    }

    private static async Task<IResult> RevokeAsync(int id, ClaimsPrincipal user, PersonalAccessTokens tokens, CancellationToken ct)
    {
        var admin = ActorClaims.ToStaffActor(user)!;
        return await tokens.RevokeAsync(id, admin, ct)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("ไม่พบโทเคนนี้", "No such live token");
    }
}
