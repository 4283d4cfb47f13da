
namespace OpsCenter.Web.Features.Operations;

public static class HealthApi
{
    /// <summary>200 "ok" while the database answers; 503 with the reason (no internal names) while it does not.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async Task<IResult> (DatabaseMonitor database, CancellationToken cancellationToken) =>
            await database.ProbeAsync(cancellationToken) is { } problem
                ? TypedResults.Text($"database unreachable: {problem}", statusCode: StatusCodes.Status503ServiceUnavailable)
                : TypedResults.Text("ok")).AllowAnonymous();
        return endpoints;
    }
}
