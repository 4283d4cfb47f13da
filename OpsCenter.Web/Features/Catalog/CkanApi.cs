using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>
/// A read-only CKAN Action API (as CKAN 2.10/2.11 answers it) over one province's catalog, for the GD Catalog's
/// ckanext-harvest, ckanapi and portal front ends: GET with a query string, POST with a JSON object or a form, at
/// /api/3/action/* and /api/action/*; answers and errors in CKAN's envelope and status codes.
/// </summary>
public static class CkanApi
{
    public static IEndpointRouteBuilder MapCkanApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/api/3/action/{action}", ["GET", "POST"], HandleAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapMethods("/api/action/{action}", ["GET", "POST"], HandleAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(string action, HttpContext http, CatalogQuery catalog, WarehouseReader warehouse, CurrentProvince currentProvince, CancellationToken ct)
    {
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var help = $"{baseUrl}/api/3/action/help_show?name={Uri.EscapeDataString(action)}";
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.ContentLength > 0 && !Operations.RequestGuards.IsJson(http.Request) && !http.Request.HasFormContentType)
        {
            return CkanResponses.Error(help, 415, "Unsupported Media Type", new() { ["message"] = "Bad request - send the parameters as a JSON object (application/json) or a form" });
        }

        if (!CkanActions.Known.Contains(action))
        {
            return CkanResponses.BadRequest(help, $"Action name not known: {action}");
        }

        CkanParameters parameters;
        try
        {
            parameters = await CkanParameters.ReadAsync(http.Request, ct);
        }
        catch (JsonException)
        {
            return CkanResponses.BadRequest(help, "JSON Error: could not parse the request body");
        }

        // ckanapi and the harvesters send an API token in Authorization: a personal access token clears its holder as a
        // sign-in would; a token that is unknown or revoked is refused, not silently read as anonymous.
        var caller = http.User;
        if (Security.AccessTokenAuthentication.SecretOf(http.Request) is not null)
        {
            var token = await http.AuthenticateAsync(Security.AccessTokenAuthentication.Scheme);
            if (!token.Succeeded)
            {
                return CkanResponses.Error(help, 403, "Authorization Error", new() { ["message"] = "Access denied: the API token is unknown, revoked or expired" });
            }

            caller = token.Principal;
        }

        // One province's catalog per request, as each province publishes its own: ?province= (DOPA code) or, without
        // it, the caller's province (the installation's default for harvesters that do not sign in).
        var province = parameters.Text("province") ?? await currentProvince.CodeForAsync(caller, ct);
        if (!await catalog.HasProvinceAsync(province, ct))
        {
            return CkanResponses.ValidationError(help, "province", "No such province in this catalog");
        }

        var request = new CkanRequest(action, help, parameters, await catalog.EntriesAsync(province, ct), ActorClaims.ToActor(caller), baseUrl, catalog.Now, province)
        {
            Path = $"{http.Request.PathBase}{http.Request.Path}",
            Query = http.Request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())).ToList(),
        };
        return await CkanActions.RunAsync(request, catalog, warehouse, ct);
    }
}
