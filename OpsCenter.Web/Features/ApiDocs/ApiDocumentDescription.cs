using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpsCenter.Web.Features.ApiDocs;

/// <summary>The document's title, the protocols as tags, and the three error shapes every operation points at.</summary>
public sealed class ApiDocumentDescription : IOpenApiDocumentTransformer
{
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "HttpValidationProblemDetails";
    public const string Open311Errors = "Open311Errors";
    public const string CkanError = "CkanError";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "OpsCenter API",
            Version = "v1",
            Description = "ศูนย์ปฏิบัติการจังหวัด / Provincial operations center. Open311 GeoReport v2 for partner apps, the CKAN Action API and "
                          + "DCAT-AP 3 for the Government Data Catalog, and the JSON APIs of the reports, catalog, budget, reviews and the wall. "
                          + "Errors answer in each protocol's own shape: problem+json (RFC 9457) naming the field, Open311's error array, CKAN's error envelope.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        AddOrExemplify(document.Components.Schemas, Problem, ProblemSchema(withErrors: false));
        AddOrExemplify(document.Components.Schemas, ValidationProblem, ProblemSchema(withErrors: true));
        document.Components.Schemas.TryAdd(Open311Errors, new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "GeoReport v2 errors: the same list as <errors><error><code/><description/></error></errors> in XML.",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["code"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    ["description"] = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            },
            Examples = [new JsonArray(new JsonObject { ["code"] = 400, ["description"] = "lat: ต้องระบุ lat และ long หรือ address_string หรือ address_id / Give lat and long, or address_string, or address_id" })],
        });
        document.Components.Schemas.TryAdd(CkanError, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "CKAN's envelope: success false, error with __type and message, and the field by name.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["help"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["success"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
                ["error"] = new OpenApiSchema { Type = JsonSchemaType.Object },
            },
            Examples =
            [
                new JsonObject
                {
                ["help"] = "https://province.example/api/3/action/help_show?name=package_show",
                ["success"] = false,
                ["error"] = new JsonObject { ["__type"] = "Not Found Error", ["message"] = "ไม่พบชุดข้อมูล / Not found" },
                },
            ],
        });
        return Task.CompletedTask;
    }

    /// <summary>The generator already adds the problem schemas for endpoints that declare ProducesProblem; those get the example.</summary>
    private static void AddOrExemplify(IDictionary<string, IOpenApiSchema> schemas, string name, OpenApiSchema schema)
    {
        if (!schemas.TryAdd(name, schema) && schemas[name] is OpenApiSchema existing && (existing.Examples is null || existing.Examples.Count == 0))
        {
            existing.Examples = schema.Examples;
        }
    }

    private static OpenApiSchema ProblemSchema(bool withErrors)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details; title in Thai then English.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            },
            Examples =
            [
                new JsonObject
                {
                    ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                    ["title"] = "ไม่พบชุดข้อมูล / No such dataset",
                    ["status"] = 404,
                },
            ],
        };
        if (withErrors)
        {
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
            schema.Examples =
            [
                new JsonObject
                {
                    ["title"] = "ข้อมูลไม่ถูกต้อง / The request has invalid fields",
                    ["status"] = 400,
                    ["errors"] = new JsonObject { ["lat"] = new JsonArray("ละติจูดต้องอยู่ระหว่าง -90 ถึง 90 / Latitude must be between -90 and 90") },
                },
            ];
        }

        return schema;
    }
}
