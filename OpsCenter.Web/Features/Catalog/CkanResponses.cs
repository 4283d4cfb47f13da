using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>CKAN's envelope: <c>{"help", "success", "result"}</c>, or <c>"error"</c> with its <c>__type</c> and CKAN's status code.</summary>
public static class CkanResponses
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IResult Success(string help, JsonNode result) =>
        Respond(200, new JsonObject { ["help"] = help, ["success"] = true, ["result"] = result });

    public static IResult NotFound(string help, string message = "Not found") =>
        Error(help, 404, "Not Found Error", new JsonObject { ["message"] = message });

    public static IResult NotAuthorized(string help, string message) =>
        Error(help, 403, "Authorization Error", new JsonObject { ["message"] = message });

    public static IResult ValidationError(string help, string field, string problem) =>
        Error(help, 409, "Validation Error", new JsonObject { [field] = new JsonArray(problem) });

    public static IResult BadRequest(string help, string message) =>
        Error(help, 400, "Bad Request", new JsonObject { ["message"] = $"Bad request - {message}" });

    public static IResult Error(string help, int status, string type, JsonObject error)
    {
        error["__type"] = type;
        return Respond(status, new JsonObject { ["help"] = help, ["success"] = false, ["error"] = error });
    }

    private static IResult Respond(int status, JsonObject body) =>
        Results.Content(body.ToJsonString(Json), "application/json; charset=utf-8", System.Text.Encoding.UTF8, status);
}
