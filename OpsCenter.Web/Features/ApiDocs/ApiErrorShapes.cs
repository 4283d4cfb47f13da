using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpsCenter.Web.Features.ApiDocs;

/// <summary>
/// Gives each operation its protocol's tag, its error answers in that protocol's shape (503 included: the database
/// can be down) and, where the body is not JSON, the media types it really serves or reads, with an example.
/// </summary>
public sealed class ApiErrorShapes : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + (context.Description.RelativePath ?? "").TrimStart('/');
        var method = context.Description.HttpMethod ?? "GET";
        operation.Responses ??= new OpenApiResponses();
        operation.Tags ??= new HashSet<OpenApiTagReference>();
        if (path.StartsWith("/open311", StringComparison.Ordinal))
        {
            operation.Tags.Add(new OpenApiTagReference("Open311 GeoReport v2"));
            foreach (var status in new[] { 400, 403, 404, 503 })
            {
                operation.Responses.TryAdd(Code(status), Errors(status, ApiDocumentDescription.Open311Errors, "application/json", "text/xml"));
            }

            if (method == "POST")
            {
                operation.RequestBody = ApiBodies.PostBody();
            }

            operation.Description ??= "{format} is json or xml. jurisdiction_id (optional) is a served province's DOPA code, e.g. 19.";
        }
        else if (path.StartsWith("/api/3/action", StringComparison.Ordinal) || path.StartsWith("/api/action", StringComparison.Ordinal))
        {
            operation.Tags.Add(new OpenApiTagReference("CKAN Action API"));
            foreach (var status in new[] { 400, 404, 409, 503 })
            {
                operation.Responses.TryAdd(Code(status), Errors(status, ApiDocumentDescription.CkanError, "application/json"));
            }

            operation.Description ??= "CKAN 2.10 actions by name: status_show, package_list, package_search, package_show, resource_show, organization_list, "
                                      + "organization_show, group_list, tag_list, license_list, help_show, current_package_list_with_resources. GET or POST (JSON body).";
        }
        else
        {
            operation.Tags.Add(new OpenApiTagReference(TagOf(path)));
            if (path.StartsWith("/catalog", StringComparison.Ordinal) && path.Contains(".{format}", StringComparison.Ordinal))
            {
                operation.Responses[Code(200)] = ApiBodies.Rdf();
                operation.Description ??= "{format}: ttl (text/turtle), rdf or xml (application/rdf+xml), jsonld (application/ld+json). "
                                          + "The same IRIs without the extension answer RDF to an Accept header that prefers it. ?page= pages by 100 with hydra:next.";
            }

            operation.Responses.TryAdd(Code(400), Errors(400, ApiDocumentDescription.ValidationProblem, "application/problem+json"));
            foreach (var status in new[] { 404, 503 })
            {
                operation.Responses.TryAdd(Code(status), Errors(status, ApiDocumentDescription.Problem, "application/problem+json"));
            }
        }

        return Task.CompletedTask;
    }

    private static string TagOf(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
    {
        ["api", "wall", ..] => "Wall control",
        ["api", "staff", ..] or ["api", "reports", ..] or ["media", ..] => "Citizen reports",
        ["api", "catalog", ..] => "Data catalog and DCAT-AP",
        [var first, ..] when first.StartsWith("catalog", StringComparison.Ordinal) => "Data catalog and DCAT-AP",
        ["api", var feature, ..] => char.ToUpperInvariant(feature[0]) + feature[1..],
        _ => "Operations",
    };

    private static string Code(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static OpenApiResponse Errors(int status, string schema, params string[] mediaTypes) => new()
    {
        Description = status switch
        {
            400 => "Bad input, named by field",
            403 => "Not allowed for this key or role",
            404 => "Not found",
            409 => "Validation error (CKAN's status for bad parameters)",
            _ => "The database is unavailable; retry after Retry-After seconds",
        },
        Content = mediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = new OpenApiSchemaReference(schema) }),
    };
}
