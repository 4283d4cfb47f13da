using System.Security.Claims;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Security;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Security;

public static class SecurityApi
{
    public const string DataSubjectPath = "/api/admin/data-subject";

    public static IEndpointRouteBuilder MapSecurityApi(this IEndpointRouteBuilder endpoints)
    {
        // POST, so the phone number or e-mail never lands in a URL, an access log or the browser's history.
        endpoints.MapPost(DataSubjectPath, ExportDataSubjectAsync).RequireAuthorization(SecurityPolicy.Administer);
        return endpoints;
    }

    /// <summary>A person's data as a JSON file, found by the phone number or e-mail they gave.</summary>
    private static async Task<IResult> ExportDataSubjectAsync(DataSubjectQuery query, ClaimsPrincipal user, DataSubjectExport export, CurrentProvince province, HttpContext http, CancellationToken ct)
    {
        var (phone, email) = query;
        if (DataSubjectExport.Digits(phone).Length < 9 && string.IsNullOrWhiteSpace(email))
        {
            return ApiProblems.Field("phone", "ระบุหมายเลขโทรศัพท์ (อย่างน้อย 9 หลัก) หรืออีเมลของเจ้าของข้อมูล", "Give the data subject's phone number (at least 9 digits) or e-mail");
        }

        var actor = new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "");
        var data = await export.ExportAsync(phone, email, actor, await province.CodeForAsync(user, ct), ct);
        http.Response.Headers.ContentDisposition = "attachment; filename=data-subject.json";
        return TypedResults.Json(data);
    }
}

public sealed record DataSubjectQuery(string? Phone, string? Email);
