using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>Version downloads (the CKAN resource URLs), uploads, metadata edits, and CKAN import (DCAT is DcatApi).</summary>
public static class CatalogApi
{
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/catalog/{slug}/versions/{number:int}/download", DownloadAsync).AllowAnonymous();
        endpoints.MapPost("/api/catalog/datasets/{slug}/versions", UploadAsync).RequireAuthorization(CatalogPolicy.Edit).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
        endpoints.MapPut("/api/catalog/datasets/{slug}", EditAsync).RequireAuthorization(CatalogPolicy.Edit).DisableAntiforgery();
        endpoints.MapPost("/api/catalog/import", ImportAsync).RequireAuthorization(CatalogPolicy.Import).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string slug, int number, HttpContext http, IDbContextFactory<OpsDbContext> dbFactory, DatasetUploadService uploads, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.Set<Dataset>().AsNoTracking().Where(d => d.Slug == slug)
            .Join(db.Set<DatasetVersion>().Where(v => v.Number == number), d => d.Id, v => v.DatasetId, (d, v) => new { Dataset = d, Version = v })
            .FirstOrDefaultAsync(ct);
        if (found is null || (!found.Version.HasContent && found.Version.ExternalUrl is null))
        {
            return ApiProblems.NotFound("ไม่พบข้อมูลฉบับนี้", "No such version");
        }

        if (!CatalogPolicy.CanSeeContent(found.Dataset, ActorClaims.ToActor(http.User)))
        {
            return http.User.Identity?.IsAuthenticated == true
                ? TypedResults.Problem(statusCode: 403, title: ApiProblems.Message("ชั้นข้อมูลนี้ไม่เปิดให้บทบาทของคุณ", "Your role may not read data of this classification"))
                : TypedResults.Problem(statusCode: 401, title: ApiProblems.Message("ต้องเข้าสู่ระบบ", "Sign in to read this data"));
        }

        if (!found.Version.HasContent)
        {
            return TypedResults.Redirect(found.Version.ExternalUrl!);
        }

        http.Response.ContentType = CkanPackages.MediaType(found.Version.Format);
        http.Response.ContentLength = found.Version.SizeBytes;
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = found.Version.FileName, DispositionType = "attachment" }.ToString();
        await uploads.CopyContentAsync(found.Version.Id, http.Response.Body, ct);
        return TypedResults.Empty;
    }

    /// <summary>The file is the request body (or a multipart "file" field); ?fileName= names a raw body; ?dryRun=true only checks.</summary>
    private static async Task<IResult> UploadAsync(string slug, string? fileName, bool? dryRun, HttpContext http, IDbContextFactory<OpsDbContext> dbFactory, DatasetUploadService uploads, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Slug == slug, ct);
        if (dataset is null)
        {
            return ApiProblems.NotFound("ไม่พบชุดข้อมูล", "No such dataset");
        }

        if (!CatalogPolicy.CanUpload(dataset.OwnerAgencyId, ActorClaims.ToActor(http.User)))
        {
            return TypedResults.Problem(statusCode: 403, title: ApiProblems.Message("เฉพาะผู้ดูแลข้อมูลของหน่วยงานเจ้าของ", "Only the owning agency's data stewards may upload"));
        }

        Stream body = http.Request.Body;
        var name = fileName;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
            {
                return ApiProblems.Field("file", "ไม่พบไฟล์ในช่อง file", "No file in the form field \"file\"");
            }

            body = file.OpenReadStream();
            name = file.FileName;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return ApiProblems.Field("fileName", "ต้องระบุชื่อไฟล์ (.csv หรือ .xlsx)", "Name the file (.csv or .xlsx)");
        }

        var (check, version) = await uploads.UploadAsync(dataset.Id, body, name, http.User.FindFirstValue(ClaimTypes.NameIdentifier), OpsClaims.DisplayNameOf(http.User), dryRun == true, ct);
        if (!check.CanPublish)
        {
            var problems = ApiProblems.Validation();
            foreach (var issue in check.Issues.Where(i => i.Blocking))
            {
                problems.Add("file", issue.Thai, issue.English);
            }

            return problems.ToResult();
        }

        var report = new UploadReport(version?.Number, check.FileName, check.Format, check.SizeBytes, check.Profile.RowCount, check.Profile.Columns, check.Changes, check.Issues,
            CatalogPolicy.CanSeeContent(dataset, ActorClaims.ToActor(http.User)) ? check.Profile.Preview : null);
        return Results.Content(JsonSerializer.Serialize(report, Json), "application/json; charset=utf-8", System.Text.Encoding.UTF8, version is null ? 200 : 201);
    }

    private static async Task<IResult> EditAsync(string slug, DatasetMetadataEdit edit, HttpContext http, IDbContextFactory<OpsDbContext> dbFactory, CatalogService catalog, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Slug == slug, ct);
        if (dataset is null)
        {
            return ApiProblems.NotFound("ไม่พบชุดข้อมูล", "No such dataset");
        }

        if (!CatalogPolicy.CanUpload(dataset.OwnerAgencyId, ActorClaims.ToActor(http.User)))
        {
            return TypedResults.Problem(statusCode: 403, title: ApiProblems.Message("เฉพาะผู้ดูแลข้อมูลของหน่วยงานเจ้าของ", "Only the owning agency's data stewards may edit"));
        }

        var errors = CatalogService.Validate(edit);
        if (errors.Count > 0)
        {
            var problems = ApiProblems.Validation();
            foreach (var (field, message) in errors)
            {
                problems.Add(field, message.Thai, message.English);
            }

            return problems.ToResult();
        }

        await catalog.UpdateMetadataAsync(dataset.Id, edit, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Body: a CKAN package_show or package_search JSON dump. ?agencyId= (administrators only; stewards import into their own agency), ?dryRun=true.</summary>
    private static async Task<IResult> ImportAsync(int? agencyId, bool? dryRun, HttpContext http, CatalogService catalog, CurrentProvince province, CancellationToken ct)
    {
        var viewer = ActorClaims.ToActor(http.User);
        if (!CatalogPolicy.CanImport(viewer))
        {
            return TypedResults.Problem(statusCode: 403, title: ApiProblems.Message("เฉพาะผู้ดูแลข้อมูล", "Only data stewards may import"));
        }

        var target = viewer.IsIn(OpsRoles.Admin) ? agencyId ?? viewer.AgencyId : viewer.AgencyId;
        if (target is null)
        {
            return ApiProblems.Field("agencyId", "ต้องระบุหน่วยงานเจ้าของ", "Name the owning agency");
        }

        using var reader = new StreamReader(http.Request.Body);
        var json = await reader.ReadToEndAsync(ct);
        try
        {
            var outcomes = await catalog.ImportCkanAsync(json, await province.CodeForAsync(http.User, ct), target.Value, dryRun == true, ct);
            var report = outcomes.Select(o => new { name = o.Package.Name, title = o.Package.Title, action = o.Action, errors = o.Package.Errors, warnings = o.Package.Warnings });
            return Results.Content(JsonSerializer.Serialize(new { dryRun = dryRun == true, packages = report }, Json), "application/json; charset=utf-8");
        }
        catch (FormatException ex)
        {
            return ApiProblems.Field("body", ex.Message, "The body is not a CKAN package dump");
        }
    }

    private sealed record UploadReport(
        int? Version, string FileName, string Format, long SizeBytes, long RowCount, IReadOnlyList<ColumnProfile> Columns,
        SchemaChanges? SchemaChanges, IReadOnlyList<UploadIssue> Issues, IReadOnlyList<IReadOnlyList<string>>? Preview);
}
