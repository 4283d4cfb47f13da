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
        endpoints.MapGet("/api/areas/{code}/subdistricts.geojson", (string code, HttpContext http, AreaBoundaries boundaries, CancellationToken ct) =>
            ServeAsync(code, self: false, http, boundaries, ct, subdistricts: true)).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string code, bool self, HttpContext http, AreaBoundaries boundaries, CancellationToken ct, bool subdistricts = false)
    {
        int? zoom = null;
        if (http.Request.Query.TryGetValue("z", out var z))
        {
            if (!int.TryParse(z, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed > 30)
            {
                return Shared.ApiProblems.Field("z", "ระดับซูม z ต้องเป็นจำนวนเต็ม 0–30", "The zoom z must be a whole number from 0 to 30");
            }

            zoom = parsed;
        }

        var json = subdistricts ? await boundaries.SubdistrictsGeoJsonAsync(code, ct, zoom) : await boundaries.GeoJsonAsync(code, self, ct, zoom);
        if (json is null)
        {
            return Shared.ApiProblems.NotFound("ไม่พบพื้นที่รหัสนี้", "No area has this code");
        }

        http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("v") ? "public, max-age=86400, immutable" : "no-cache";
        return TypedResults.Text(json, "application/geo+json");
    }
}
