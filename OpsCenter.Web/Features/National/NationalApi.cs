using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.National;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.National;

public static class NationalApi
{
    public const string OpenProvincePath = "/national/open";

    public static IEndpointRouteBuilder MapNationalApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/national/rollup", RollupAsync).RequireAuthorization(NationalPolicy.View);
        endpoints.MapGet("/api/national/provinces.geojson", ProvincesAsync).RequireAuthorization(NationalPolicy.View);

        // A form post with the antiforgery token, so another site cannot switch what the national office is looking at.
        endpoints.MapPost(OpenProvincePath, OpenProvinceAsync).RequireAuthorization(NationalPolicy.View).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> RollupAsync(NationalRollupQuery query, CancellationToken ct) =>
        TypedResults.Json(new { asOf = query.Now, provinces = await query.LoadAsync(ct) });

    /// <summary>The outlines of the provinces taking part, for the comparison map.</summary>
    private static async Task<IResult> ProvincesAsync(NationalRollupQuery query, AreaBoundaries boundaries, CancellationToken ct)
    {
        var codes = (await query.ProvincesAsync(ct)).Select(p => p.Code).ToList();
        return TypedResults.Text(await boundaries.ProvincesGeoJsonAsync(codes, ct), "application/geo+json");
    }

    /// <summary>
    /// Opens one province for the national office: every province page and API then shows that province, read-only,
    /// because the province is the one in the sign-in cookie. The opening is audited in the province's own log.
    /// </summary>
    private static async Task<IResult> OpenProvinceAsync(
        HttpContext http, IAntiforgery antiforgery, NationalRollupQuery query, UserManager<OpsUser> users,
        SignInManager<OpsUser> signIn, IAuditLog audit, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ApiProblems.Field("__RequestVerificationToken", "แบบฟอร์มหมดอายุ กรุณาโหลดหน้าใหม่", "The form has expired; reload the page");
        }

        var form = await http.Request.ReadFormAsync(ct);
        var code = form["province"].ToString();
        var provinces = await query.ProvincesAsync(ct);
        if (provinces.All(p => p.Code != code))
        {
            return ApiProblems.Field("province", "ไม่มีจังหวัดนี้ในระบบ", "No such province in this installation");
        }

        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        if (user.ProvinceCode != code)
        {
            user.ProvinceCode = code;
            if (!(await users.UpdateAsync(user)).Succeeded)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: ApiProblems.Message("เปลี่ยนจังหวัดไม่สำเร็จ กรุณาลองใหม่", "Could not switch province; try again"));
            }

            await signIn.RefreshSignInAsync(user);
            await audit.AppendAsync(new AuditActor(user.Id, user.UserName ?? ""), AuditActions.ProvinceOpenedNationally, "province", code, code, cancellationToken: ct);
        }

        var returnUrl = form["returnUrl"].ToString();
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
