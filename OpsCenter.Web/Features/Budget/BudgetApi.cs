using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Budget.Import;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Budget;

public sealed record BudgetLineInput(decimal? Requested, decimal? Approved, decimal? Disbursed);

public sealed record EvidenceLinkInput(string? Kind, string? TargetId, string? Note);

/// <summary>The budget feature over HTTP, for the wall, the maps, spreadsheets and other systems; same services as the pages.</summary>
public static class BudgetApi
{
    /// <summary>Uploads larger than this are refused before they are read.</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapBudgetApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/budget").RequireApiUser(BudgetPolicy.Read);
        api.MapGet("/versus-need", VersusNeedAsync);
        api.MapGet("/map-metrics", MapMetricsAsync);
        api.MapGet("/projects/{id:int}/evidence.csv", EvidenceCsvAsync);
        api.MapGet("/areas/{areaCode}/{sector}/evidence.csv", AreaEvidenceCsvAsync);
        api.MapGet("/projects/import-template.csv", TemplateAsync);
        // Uploads from scripts carry no antiforgery token; the sign-in cookie is SameSite=Lax, so another site's form
        // cannot post with it anyway.
        api.MapPost("/projects/import", ImportProjectsAsync).RequireApiUser(BudgetPolicy.Import).DisableAntiforgery();
        api.MapPost("/indicators/{code}/import", ImportIndicatorAsync).RequireApiUser(BudgetPolicy.Import).DisableAntiforgery();
        api.MapPut("/lines/{id:int}", UpdateLineAsync).RequireApiUser(BudgetPolicy.Edit);
        api.MapPost("/projects/{id:int}/evidence", LinkEvidenceAsync).RequireApiUser(BudgetPolicy.Edit);
        api.MapDelete("/evidence/{id:long}", UnlinkEvidenceAsync).RequireApiUser(BudgetPolicy.Edit);
        return endpoints;
    }

    private static async Task<IResult> VersusNeedAsync(int? fy, ClaimsPrincipal user, CurrentProvince province, IBudgetVersusNeedSource source, TimeProvider time, CancellationToken ct)
    {
        if (fy is < ProjectImportValidator.MinFiscalYear or > ProjectImportValidator.MaxFiscalYear)
        {
            return ApiProblems.Field("fy", "ปีงบประมาณต้องเป็น พ.ศ. เช่น 2570", "fy must be a Buddhist-era fiscal year, e.g. 2570");
        }

        var year = fy ?? ThaiCalendar.FiscalYearOf(time.GetUtcNow().UtcDateTime);
        var rows = await source.ByDistrictAsync(await province.CodeForAsync(user, ct), year, ct);
        return TypedResults.Ok(rows.Select(r => new
        {
            r.DistrictCode, r.NameTh, r.NameEn, r.Population, r.NeedShare, r.BudgetShare, BudgetBaht = r.Budget.Baht, r.NeedIndex, r.NeedPoints, r.OpenReports,
            BudgetToNeedRatio = double.IsFinite(r.BudgetToNeedRatio) ? r.BudgetToNeedRatio : (double?)null,
        }));
    }

    private static async Task<IResult> MapMetricsAsync(int? fy, string? level, string? district, ClaimsPrincipal user, CurrentProvince province, BudgetMapMetrics metrics, TimeProvider time, CancellationToken ct)
    {
        var problems = ApiProblems.Validation();
        if (fy is < ProjectImportValidator.MinFiscalYear or > ProjectImportValidator.MaxFiscalYear)
        {
            problems.Add("fy", "ปีงบประมาณต้องเป็น พ.ศ. เช่น 2570", "fy must be a Buddhist-era fiscal year, e.g. 2570");
        }

        AreaLevel? areaLevel = level switch { null or "district" => AreaLevel.District, "subdistrict" => AreaLevel.Subdistrict, _ => null };
        if (areaLevel is null)
        {
            problems.Add("level", "level ต้องเป็น district หรือ subdistrict", "level must be district or subdistrict");
        }

        if (district is not null && AreaCodes.LevelOf(district) != AreaLevel.District)
        {
            problems.Add("district", "รหัสอำเภอต้องมี 4 หลัก", "district must be a 4-digit district code");
        }

        if (problems.HasErrors)
        {
            return problems.ToResult();
        }

        var rows = await metrics.ForAsync(await province.CodeForAsync(user, ct), fy ?? ThaiCalendar.FiscalYearOf(time.GetUtcNow().UtcDateTime), areaLevel!.Value, AreaCodes.Normalize(district), cancellationToken: ct);
        return TypedResults.Ok(rows.Select(r => new
        {
            r.AreaCode, r.NameTh, r.NameEn, r.Population, r.NeedIndex, BudgetBaht = r.Budget.Baht, r.BudgetPerResident,
            BudgetToNeedRatio = double.IsFinite(r.BudgetToNeedRatio) ? r.BudgetToNeedRatio : (double?)null,
        }));
    }

    private static async Task<IResult> EvidenceCsvAsync(int id, int? fy, ClaimsPrincipal user, EvidencePackQuery packs, CancellationToken ct)
    {
        if (!EvidencePackQuery.IsKnownYear(fy))
        {
            return ApiProblems.Field("fy", "ปีงบประมาณต้องเป็น พ.ศ. เช่น 2570", "fy must be a Buddhist-era fiscal year, e.g. 2570");
        }

        var pack = await packs.LoadAsync(id, fy, ct);
        if (pack is null || pack.Detail.Project.ProvinceCode != Domain.Identity.OpsClaims.ProvinceOf(user))
        {
            return ApiProblems.NotFound("ไม่พบโครงการ", "No such project");
        }

        return TypedResults.File(EvidencePackCsv.Write(pack), "text/csv; charset=utf-8", $"evidence-{pack.Detail.Project.Code}.csv");
    }

    private static async Task<IResult> AreaEvidenceCsvAsync(string areaCode, string sector, int? fy, ClaimsPrincipal user, EvidencePackQuery packs, CancellationToken ct)
    {
        if (!EvidencePackQuery.IsKnownYear(fy))
        {
            return ApiProblems.Field("fy", "ปีงบประมาณต้องเป็น พ.ศ. เช่น 2570", "fy must be a Buddhist-era fiscal year, e.g. 2570");
        }

        var province = Domain.Identity.OpsClaims.ProvinceOf(user);
        var pack = province is null ? null : await packs.LoadForAreaAsync(province, areaCode, sector, fy, ct);
        if (pack is null)
        {
            return ApiProblems.NotFound("ไม่พบพื้นที่หรือด้านนี้ในจังหวัดของคุณ", "No such area or sector in your province");
        }

        return TypedResults.File(EvidencePackCsv.Write(pack), "text/csv; charset=utf-8", $"evidence-{pack.Detail.Project.AreaCode}-{pack.Detail.Project.Sector}-{pack.FiscalYear}.csv");
    }

    /// <summary>The import file's header and two example rows using this province's own agency and area codes.</summary>
    private static async Task<IResult> TemplateAsync(ClaimsPrincipal user, CurrentProvince province, ProjectQueries queries, TimeProvider time, CancellationToken ct)
    {
        var code = await province.CodeForAsync(user, ct);
        var (agency, area) = await queries.TemplateCodesAsync(code, ct);
        var fy = ThaiCalendar.FiscalYearOf(time.GetUtcNow().UtcDateTime) + 1;
        var header = string.Join(',', ProjectImportValidator.Columns.Select(c => c.Name));
        var rows = new[]
        {
            $"EX-{fy}-001,โครงการขุดลอกคลองระบายน้ำ,Canal dredging,water,{agency},{area},{fy},province,2500000,,,proposed,,ป้องกันน้ำท่วมซ้ำซาก",
            $"EX-{fy}-002,โครงการติดตั้งไฟส่องสว่าง,,โครงสร้างพื้นฐาน,{agency},{area},{fy},งบกลุ่มจังหวัด,\"1,200,000.50\",1000000,0,อนุมัติแล้ว,,",
        };
        var text = "\uFEFF" + header + "\r\n" + string.Join("\r\n", rows) + "\r\n";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", "projects-template.csv");
    }

    private static async Task<IResult> ImportProjectsAsync(IFormFile? file, ClaimsPrincipal user, ProjectImporter importer, CancellationToken ct)
    {
        if (CheckUpload(file) is { } problem)
        {
            return problem;
        }

        await using var stream = file!.OpenReadStream();
        var report = await importer.ImportAsync(stream, user.ToActor(), ct);
        return report.FileRejected ? ImportProblem(report) : TypedResults.Ok(report);
    }

    private static async Task<IResult> ImportIndicatorAsync(string code, IFormFile? file, [FromForm] string? areaColumn, [FromForm] string? valueColumn, [FromForm] int? year,
        ClaimsPrincipal user, IndicatorImporter importer, CancellationToken ct)
    {
        if (CheckUpload(file) is { } problem)
        {
            return problem;
        }

        await using var stream = file!.OpenReadStream();
        var layout = new IndicatorFileLayout(areaColumn ?? "area_code", valueColumn ?? "value", "year", year);
        var (report, outside) = await importer.ImportAsync(stream, code, layout, file.FileName, user.ToActor(), ct);
        return report.FileRejected ? ImportProblem(report) : TypedResults.Ok(new { report, outsideInstallation = outside });
    }

    private static async Task<IResult> UpdateLineAsync(int id, BudgetLineInput input, ClaimsPrincipal user, ProjectService service, CancellationToken ct)
    {
        var problems = ApiProblems.Validation();
        Money? Amount(string field, decimal? baht)
        {
            if (baht is null || baht * 100 != decimal.Truncate(baht.Value * 100))
            {
                problems.Add(field, "ต้องเป็นจำนวนเงินบาท ทศนิยมไม่เกิน 2 ตำแหน่ง", "Must be an amount in baht with at most two decimals");
                return null;
            }

            if (Math.Abs(baht.Value) > Money.MaxBaht)
            {
                problems.Add(field, "จำนวนเงินเกินกว่าที่ระบบรับได้", $"The amount is beyond {Money.MaxBaht:N0} baht");
                return null;
            }

            return Money.FromBaht(baht.Value);
        }

        var (requested, approved, disbursed) = (Amount("requested", input.Requested), Amount("approved", input.Approved), Amount("disbursed", input.Disbursed));
        if (problems.HasErrors)
        {
            return problems.ToResult();
        }

        return ToResult(await service.UpdateBudgetLineAsync(id, requested!.Value, approved!.Value, disbursed!.Value, user.ToActor(), ct));
    }

    private static async Task<IResult> LinkEvidenceAsync(int id, EvidenceLinkInput input, ClaimsPrincipal user, ProjectService service, CancellationToken ct)
    {
        if (!Enum.TryParse<EvidenceKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return ApiProblems.Field("kind", "kind ต้องเป็น report, dataset, kpi, proposal, needcell หรือ explorerview", "kind must be report, dataset, kpi, proposal, needcell or explorerview");
        }

        // An explorer view is cited by its address, which is longer than any id.
        var maxLength = kind == EvidenceKind.ExplorerView ? Domain.Warehouse.ExplorerLink.MaxLength : 40;
        if (string.IsNullOrWhiteSpace(input.TargetId) || input.TargetId.Length > maxLength)
        {
            return ApiProblems.Field("targetId", "ต้องระบุสิ่งที่อ้างถึง", $"targetId is required (at most {maxLength} characters)");
        }

        var result = await service.LinkEvidenceAsync(id, kind, input.TargetId, input.Note, user.ToActor(), ct);
        return result.Succeeded ? TypedResults.Created($"/api/budget/evidence/{result.Id}", new { id = result.Id }) : ToResult(result);
    }

    private static async Task<IResult> UnlinkEvidenceAsync(long id, ClaimsPrincipal user, ProjectService service, CancellationToken ct) =>
        ToResult(await service.UnlinkEvidenceAsync(id, user.ToActor(), ct));

    private static IResult? CheckUpload(IFormFile? file) => file switch
    {
        null => ApiProblems.Field("file", "กรุณาแนบไฟล์ CSV", "Attach a CSV file"),
        { Length: 0 } => ApiProblems.Field("file", "ไฟล์ว่างเปล่า", "The file is empty"),
        { Length: > MaxUploadBytes } => ApiProblems.Field("file", "ไฟล์ใหญ่เกิน 10 MB", "The file is larger than 10 MB"),
        _ => null,
    };

    private static IResult ImportProblem(ImportReport report)
    {
        var problems = ApiProblems.Validation();
        foreach (var issue in report.Issues.Where(i => i.Row == 0))
        {
            problems.Add(issue.Field.Length == 0 ? "file" : issue.Field, issue.Thai, issue.English);
        }

        return problems.ToResult();
    }

    internal static IResult ToResult(CommandResult result)
    {
        if (result.Succeeded)
        {
            return TypedResults.Ok(new { id = result.Id });
        }

        return ApiProblems.Of(result);
    }
}
