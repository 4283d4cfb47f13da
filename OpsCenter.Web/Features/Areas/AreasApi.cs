using OpsCenter.Domain.Areas.Boundaries;

namespace OpsCenter.Web.Features.Areas;

public static class AreasApi
{
    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder endpoints)
    {
        // Administrative boundaries are public facts; anyone may fetch them, and browsers may cache them per version.
        endpoints.MapGet("/api/areas/{code}/children.geojson", (string code, HttpContext http, AreaBoundaries boundaries, CancellationToken ct) =>
            ServeAsync(code, self: false, http, boundaries, ct)).AllowAnonymous();
        endpoints.MapGet("/api/areas/{code}/boundary.geojson", (string code, HttpContext http, AreaBoundaries boundaries, CancellationToken ct) =>
            ServeAsync(code, self: true, http, boundaries, ct)).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string code, bool self, HttpContext http, AreaBoundaries boundaries, CancellationToken ct)
    {
        var json = await boundaries.GeoJsonAsync(code, self, ct);
        if (json is null)
        {
            return Shared.ApiProblems.NotFound("ไม่พบพื้นที่รหัสนี้", "No area has this code");
        }

        http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("v") ? "public, max-age=86400, immutable" : "no-cache";
        return TypedResults.Text(json, "application/geo+json");
    }
}
