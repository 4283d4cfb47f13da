using Scalar.AspNetCore;

namespace OpsCenter.Web.Features.ApiDocs;

/// <summary>
/// The OpenAPI document of every programmatic endpoint at /openapi/v1.json, and Scalar's reader for it at /api/docs.
/// Scalar's script is the copy embedded in the Scalar.AspNetCore package, served from this server: the page works on
/// a network that reaches nothing outside the province, and loads no third-party code into a staff member's browser.
/// Its default web fonts would come from Scalar's font server, so the page uses the browser's own.
/// </summary>
public static class ApiDocsWebServices
{
    public const string DocsPath = "/api/docs";

    public static IServiceCollection AddApiDocsWeb(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiDocumentDescription>();
            options.AddOperationTransformer<ApiErrorShapes>();
        });

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().AllowAnonymous();
        endpoints.MapScalarApiReference(DocsPath, options => options
            .WithTitle("OpsCenter API")
            .DisableDefaultFonts()
            // Scalar's own cloud features (AI agent, MCP, telemetry, the deploy/SDK toolbar) would send a partner to
            // outside servers the site's policy blocks; the reference stands on this server alone.
            .HideDeveloperTools()
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        return endpoints;
    }
}
