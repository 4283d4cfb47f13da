using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpsCenter.Web.Features.ApiDocs;

/// <summary>Request and response bodies the generator cannot infer: Open311's form post and the catalog's RDF.</summary>
internal static class ApiBodies
{
    public static OpenApiRequestBody PostBody()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "service_code" },
            Properties = new[]
            {
                "api_key", "jurisdiction_id", "service_code", "lat", "long", "address_string", "address_id", "description", "first_name", "last_name",
                "phone", "email", "media_url", "attribute[kind]", "attribute[district_code]",
            }.ToDictionary(n => n, n => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.String }),
            Description = "Location: lat and long, or address_string (placed among the province's districts and subdistricts), or address_id. "
                          + "api_key may also go on the query string. description is optional.",
        };
        var example = new JsonObject
        {
            ["api_key"] = "o311_…", ["service_code"] = "road", ["address_string"] = "หน้าตลาด ต.ตาลเดี่ยว อ.แก่งคอย", ["description"] = "ถนนชำรุดเป็นหลุมลึก",
        };
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/x-www-form-urlencoded"] = new() { Schema = schema, Example = example },
                ["multipart/form-data"] = new() { Schema = schema },
            },
        };
    }

    public static OpenApiResponse Rdf() => new()
    {
        Description = "DCAT-AP 3",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/turtle"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String }, Example = "<https://province.example/catalog> a dcat:Catalog ." },
            ["application/rdf+xml"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            ["application/ld+json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
        },
    };
}
