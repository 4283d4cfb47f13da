using System.Security.Claims;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>The JSON intake API (the primary write path for machines), public status, reopening and photos.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/reports", SubmitAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapGet("/api/reports/{trackingNumber}", StatusAsync).AllowAnonymous();
        endpoints.MapPost("/api/reports/{trackingNumber}/reopen", ReopenAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapGet("/media/report-photos/{id:long}", PhotoAsync).AllowAnonymous();
        endpoints.MapGet("/api/reports/export.csv", ReportExport.WriteAsync).RequireAuthorization(ReportPolicy.Queue);
        endpoints.MapGet("/api/reports/import/runs/{id:int}/account.csv", AccountAsync).RequireAuthorization(ReportPolicy.Import);
        endpoints.MapGet("/api/reports/import/community-forum-template.csv", () =>
            TypedResults.Bytes(ReportExport.Utf8WithBom(Domain.Reports.Import.CommunityForumFormat.TemplateHeader + "\n" + Domain.Reports.Import.CommunityForumFormat.TemplateExample),
                "text/csv; charset=utf-8", "community-forum-template.csv")).AllowAnonymous();
        return endpoints;
    }

    /// <summary>Every rejected and flagged row of an import run, with row number and reason.</summary>
    private static async Task<IResult> AccountAsync(int id, ClaimsPrincipal user, Domain.Reports.Import.ImportRunAccounts accounts, CancellationToken ct) =>
        ActorClaims.ToStaffActor(user) is { } actor && await accounts.CsvAsync(id, actor, ct) is { } csv
            ? TypedResults.Bytes(csv, "text/csv; charset=utf-8", $"import-{id}-rejections.csv")
            : ApiProblems.NotFound("ไม่พบรอบการนำเข้านี้", "No such import run");

    private static async Task<IResult> SubmitAsync(HttpContext http, ReportIntakeService intake, IntakeRateLimiter limiter, CancellationToken ct)
    {
        if (limiter.TryAcquire(IntakeRateLimiter.ClientKey(http)) is { } wait)
        {
            return IntakeRateLimiter.TooMany(http, wait);
        }

        if (!RequestBodies.IsJson(http.Request))
        {
            return ReportProblems.UnsupportedMediaType("application/json");
        }

        var (key, invalidKey) = RequestBodies.IdempotencyKey(http.Request);
        if (invalidKey)
        {
            return ApiProblems.Field("Idempotency-Key", "Idempotency-Key ต้องเป็นอักขระ ASCII 1–200 ตัว", "Idempotency-Key must be 1–200 visible ASCII characters");
        }

        var (body, tooLarge) = await RequestBodies.ReadAsync(http.Request, RequestBodies.JsonLimit, ct);
        if (tooLarge)
        {
            return ReportProblems.TooLarge(RequestBodies.JsonLimit);
        }

        var (submission, errors) = ReportJsonReader.Read(body);
        if (submission is null)
        {
            return ApiProblems.Fields(errors);
        }

        var context = new IntakeContext(ReportChannel.Web, "api-v1", key is null ? null : "api:" + key, ReportJsonReader.Hash(body));
        var outcome = await intake.SubmitAsync(submission, context, ct);
        return Answer(http, outcome);
    }

    /// <summary>201 with the receipt (the first answer again on a replay), 400 naming fields, or 422 for a reused key.</summary>
    public static IResult Answer(HttpContext http, IntakeOutcome outcome)
    {
        if (outcome.KeyConflict)
        {
            return ReportProblems.KeyReused();
        }

        if (outcome.Receipt is not { } receipt)
        {
            return ApiProblems.Fields(outcome.Errors);
        }

        if (receipt.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Created($"/api/reports/{receipt.TrackingNumber}", new
        {
            trackingNumber = receipt.TrackingNumber,
            id = receipt.Id,
            status = ReportStatuses.Code(receipt.Status),
            expectedAt = receipt.ExpectedAt,
            reporterKey = receipt.ReporterKey,
            trackingUrl = receipt.TrackUrl,
        });
    }

    private static async Task<IResult> StatusAsync(string trackingNumber, ReportDetails details, ReportReferenceData reference, CancellationToken ct)
    {
        var report = await details.PublicAsync(trackingNumber.Trim().ToUpperInvariant(), ct);
        if (report is null)
        {
            return ApiProblems.NotFound("ไม่พบเลขติดตามนี้", "No report has this tracking number");
        }

        var categories = await reference.CategoriesAsync(ct);
        var setup = await reference.ProvinceAsync(report.ProvinceCode, ct);
        var owner = setup?.Agency(report.OwnerAgencyId);
        return TypedResults.Ok(new
        {
            trackingNumber = report.TrackingNumber,
            kind = report.Kind == ReportKind.Need ? "need" : "complaint",
            category = report.CategoryCode,
            categoryName = categories.GetValueOrDefault(report.CategoryCode)?.NameTh,
            status = ReportStatuses.Code(report.Status),
            statusName = ReportStatuses.ThaiName(report.Status),
            ownerAgency = owner?.NameTh,
            ownerAgencyEn = owner?.NameEn,
            district = setup?.Area(report.DistrictCode)?.NameTh,
            subdistrict = setup?.Area(report.SubdistrictCode)?.NameTh,
            receivedAt = report.ReceivedAt,
            expectedAt = report.ExpectedAt,
            resolvedAt = report.ResolvedAt,
            statusNote = report.StatusNote,
            reporterCount = report.ReporterCount,
            mergedInto = report.MergedInto is { } main
                ? new { trackingNumber = main.TrackingNumber, status = ReportStatuses.Code(main.Status), expectedAt = main.ExpectedAt, reporterCount = main.ReporterCount }
                : null,
            mergedFrom = report.MergedFrom,
            timeline = report.Timeline.Select(t => new { at = t.At, status = ReportStatuses.Code(t.Status), agency = setup?.Agency(t.AgencyId)?.NameTh, note = t.Note }),
        });
    }

    private static async Task<IResult> ReopenAsync(string trackingNumber, HttpContext http, ReportWorkflowService workflow, IntakeRateLimiter limiter, CancellationToken ct)
    {
        if (limiter.TryAcquire(IntakeRateLimiter.ClientKey(http)) is { } wait)
        {
            return IntakeRateLimiter.TooMany(http, wait);
        }

        if (!RequestBodies.IsJson(http.Request))
        {
            return ReportProblems.UnsupportedMediaType("application/json");
        }

        var (body, tooLarge) = await RequestBodies.ReadAsync(http.Request, 64 * 1024, ct);
        if (tooLarge)
        {
            return ReportProblems.TooLarge(64 * 1024);
        }

        var (key, reason, error) = ReopenBody.Read(body!);
        if (error is not null)
        {
            return ApiProblems.Fields([error]);
        }

        var failure = await workflow.ReopenByReporterAsync(trackingNumber.Trim().ToUpperInvariant(), key, reason, ct);
        return failure is null
            ? TypedResults.Ok(new { trackingNumber, status = ReportStatuses.Code(ReportStatus.Received) })
            : ApiProblems.Field(failure.Field, failure.Thai, failure.English);
    }

    private static async Task<IResult> PhotoAsync(long id, string? sig, ClaimsPrincipal user, ReportPhotos photos, CancellationToken ct)
    {
        var photo = await photos.LoadAsync(id, sig, ActorClaims.ToStaffActor(user), ct);
        if (photo is null)
        {
            return ApiProblems.NotFound("ไม่พบรูปภาพ", "No such photo");
        }

        return TypedResults.File(photo.Value.Data, photo.Value.ContentType, lastModified: photo.Value.CreatedAt);
    }
}
