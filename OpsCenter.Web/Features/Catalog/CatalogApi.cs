using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Identity;
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

    private static async Task<IResult> DownloadAsync(string slug, int number, HttpContext http, DatasetUploadService uploads, CancellationToken ct)
    {
        var target = await uploads.FindDownloadAsync(slug, number, http.User.ToActor(), ct);
        switch (target.Answer)
        {
            case DownloadAnswer.NotFound:
                return ApiProblems.NotFound("ไม่พบข้อมูลฉบับนี้", "No such version");
            case DownloadAnswer.NotCleared:
                return TypedResults.Problem(statusCode: 403, title: ApiProblems.Message("ชั้นข้อมูลนี้ไม่เปิดให้บทบาทของคุณ", "Your role may not read data of this classification"));
            case DownloadAnswer.SignInFirst:
                return TypedResults.Problem(statusCode: 401, title: ApiProblems.Message("ต้องเข้าสู่ระบบ", "Sign in to read this data"));
            case DownloadAnswer.External:
                return TypedResults.Redirect(target.Version!.ExternalUrl!);
        }

        var version = target.Version!;
        http.Response.ContentType = CkanPackages.MediaType(version.Format);
        http.Response.ContentLength = version.SizeBytes;
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = version.FileName, DispositionType = "attachment" }.ToString();
        await uploads.CopyContentAsync(version.Id, http.Response.Body, ct);
        return TypedResults.Empty;
    }

    /// <summary>The file is the request body (or a multipart "file" field); ?fileName= names a raw body; ?dryRun=true only checks.</summary>
    private static async Task<IResult> UploadAsync(string slug, string? fileName, bool? dryRun, HttpContext http, DatasetUploadService uploads, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var may = await uploads.MayUploadAsync(slug, actor, ct);
        if (!may.Succeeded)
        {
            return ApiProblems.Of(may);
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

        var (check, version, maySee) = await uploads.UploadAsync((int)may.Id!.Value, body, name, actor, dryRun == true, ct);
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
            maySee ? check.Profile.Preview : null);
        return Results.Content(JsonSerializer.Serialize(report, Json), "application/json; charset=utf-8", System.Text.Encoding.UTF8, version is null ? 200 : 201);
    }

    private static async Task<IResult> EditAsync(string slug, DatasetMetadataEdit edit, HttpContext http, CatalogService catalog, CancellationToken ct) =>
        await catalog.UpdateMetadataAsync(slug, edit, http.User.ToActor(), ct) is { Succeeded: false } refused ? ApiProblems.Of(refused) : TypedResults.NoContent();

    /// <summary>Body: a CKAN package_show or package_search JSON dump. ?agencyId= (administrators only; stewards import into their own agency), ?dryRun=true.</summary>
    private static async Task<IResult> ImportAsync(int? agencyId, bool? dryRun, HttpContext http, CatalogService catalog, CancellationToken ct)
    {
        using var reader = new StreamReader(http.Request.Body);
        var json = await reader.ReadToEndAsync(ct);
        try
        {
            var (result, outcomes) = await catalog.ImportCkanAsync(json, agencyId, dryRun == true, http.User.ToActor(), ct);
            if (!result.Succeeded)
            {
                return ApiProblems.Of(result);
            }

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
