using OpsCenter.Domain.Operations;

namespace OpsCenter.Web.Features.Operations;

public static class HealthApi
{
    /// <summary>
    /// 200 "ok" while the database answers; 503 with the reason (no internal names) while it does not. With a read
    /// connection configured, a second line gives the replica's replay lag (or that reads went to the primary).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async Task<IResult> (DatabaseMonitor database, ReplicaLagProbe replica, CancellationToken cancellationToken) =>
        {
            if (await database.ProbeAsync(cancellationToken) is { } problem)
            {
                return TypedResults.Text($"database unreachable: {problem}", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            return await replica.StateAsync(cancellationToken) is { } state
                ? TypedResults.Text($"ok\n{state.Describe()}")
                : TypedResults.Text("ok");
        }).AllowAnonymous();
        return endpoints;
    }
}
