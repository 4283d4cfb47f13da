using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Warehouse;

/// <summary>A steward defines an indicator over a dataset and names the KPI that takes its values.</summary>
public static class IndicatorApi
{
    public sealed record IndicatorRequest(string? Dataset, string? Kpi, string? NameTh, string? NameEn, string? Measure, string? Of, string? FilterColumn, string? FilterValue, string? AreaCode,
        string? NeedInput = null, string? ByAreaLevel = null);

    public static IEndpointRouteBuilder MapIndicatorApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/warehouse/indicators", DefineAsync).RequireAuthorization(CatalogPolicy.Edit).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> DefineAsync(IndicatorRequest request, HttpContext http, IndicatorService indicators, CancellationToken ct)
    {
        Measure? measure = request.Measure switch { "count" or null => Measure.Count, "sum" => Measure.Sum, "avg" => Measure.Average, _ => null };
        if (measure is null)
        {
            return ApiProblems.Field("measure", "ค่าที่วัดต้องเป็น count, sum หรือ avg", "measure must be count, sum or avg");
        }

        AreaLevel? level = request.ByAreaLevel switch { null or "" or "district" => AreaLevel.District, "subdistrict" => AreaLevel.Subdistrict, "province" => AreaLevel.Province, _ => 0 };
        if (level == 0)
        {
            return ApiProblems.Field("byAreaLevel", "ระดับพื้นที่ต้องเป็น district หรือ subdistrict", "byAreaLevel must be district or subdistrict");
        }

        var input = new IndicatorInput(request.Dataset ?? "", request.Kpi, request.NameTh ?? "", request.NameEn, measure.Value, request.Of, request.FilterColumn, request.FilterValue, request.AreaCode,
            request.NeedInput, level);
        var result = await indicators.DefineAsync(input, http.User.ToActor(), ct);
        return result.Succeeded ? TypedResults.Created($"/api/warehouse/indicators/{result.Id}", new { id = result.Id }) : ApiProblems.Of(result);
    }
}
