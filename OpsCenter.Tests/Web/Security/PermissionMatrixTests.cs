using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Features.Security;
using OpsCenter.Web.Shared;
using Xunit.Abstractions;

namespace OpsCenter.Tests.Web.Security;

public sealed class PermissionMatrixTests(MatrixApp app, ITestOutputHelper output) : IClassFixture<MatrixApp>
{
    private const char RecordSeparator = '\u001e';

    [Fact]
    public async Task EveryCell_OfTheMatrix_MatchesTheRunningApp()
    {
        var wrong = new List<string>();
        var checkedCells = 0;
        foreach (var permission in PermissionMatrix.Entries)
        {
            foreach (var caller in PermissionMatrix.Callers)
            {
                var (allowed, status) = await TryAsync(permission, app.Cookies[caller]);
                checkedCells++;
                if (status >= 500)
                {
                    wrong.Add($"{permission.Method} {permission.Route} as {caller}: {status}");
                }
                else if (allowed != permission.Allows(caller))
                {
                    wrong.Add($"{permission.Method} {permission.Route} as {caller}: expected {(permission.Allows(caller) ? "allowed" : "denied")}, got {status}");
                }
            }
        }

        output.WriteLine($"{checkedCells} permission-matrix cells checked ({PermissionMatrix.Entries.Count} routes × {PermissionMatrix.Callers.Count} callers)");
        wrong.ForEach(output.WriteLine);
        Assert.Equal(PermissionMatrix.CellCount, checkedCells);
        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryMappedRoute_HasARowInTheMatrix()
    {
        var mapped = app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !r.StartsWith("/_", StringComparison.Ordinal) && !r.StartsWith("/hubs/", StringComparison.Ordinal) && !StaticAsset(r))
            .Distinct();
        var inMatrix = PermissionMatrix.Entries.Select(e => e.Route).ToHashSet();

        Assert.Empty(mapped.Where(r => !inMatrix.Contains(r)).Order());
    }

    [Fact]
    public void EveryRoute_AnswersToItsRowsFeatureRule_AndToNoBareRoleOrPlainAuthorize()
    {
        var endpoints = app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ToList();
        var wrong = new List<string>();
        foreach (var row in PermissionMatrix.Entries.Where(r => r.Surface != Surface.Hub))
        {
            var matching = endpoints.Where(e => "/" + e.RoutePattern.RawText!.TrimStart('/') == row.Route &&
                (row.Surface == Surface.Page || e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(row.Method) != false)).ToList();
            if (matching.Count == 0)
            {
                wrong.Add($"{row.Method} {row.Route}: no such route");
            }

            foreach (var endpoint in matching)
            {
                var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
                var rules = authorize.Select(a => a.Policy).Concat(endpoint.Metadata.GetOrderedMetadata<AccessRuleMetadata>().Select(m => m.Rule)).ToList();
                if (authorize.Any(a => a.Roles is not null || a.Policy is null))
                {
                    wrong.Add($"{row.Method} {row.Route}: a bare role list or plain [Authorize] instead of a feature rule");
                }
                else if (row.Rule == AccessRule.Public.Name ? rules.Count > 0 : !rules.Contains(row.Rule))
                {
                    wrong.Add($"{row.Method} {row.Route}: the matrix says {row.Rule}, the route answers to [{string.Join(", ", rules)}]");
                }
                else if (rules.FirstOrDefault(r => !FeaturePolicies.All.Any(a => a.Name == r)) is { } unknown)
                {
                    wrong.Add($"{row.Method} {row.Route}: {unknown} is no feature's rule");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void EachFeatureRule_IsRegisteredAsAnAuthorizationPolicy_OfTheSameName()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;

        Assert.NotEmpty(FeaturePolicies.All);
        Assert.All(FeaturePolicies.All, rule => Assert.NotNull(options.GetPolicy(rule.Name)));
        Assert.Equal(FeaturePolicies.All.Count, FeaturePolicies.All.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public async Task PathumThaniOfficial_CannotReadSaraburisReport()
    {
        using var client = app.RawClient();

        using var refused = await SendAsync(client, HttpMethod.Get, $"/reports/{app.Samples["reportid"]}", app.Cookies[MatrixApp.PathumOfficial]);
        var html = await refused.Content.ReadAsStringAsync();
        var own = await GetStringAsync(client, $"/reports/{app.Samples["reportid"]}", app.Cookies["Official"]);

        // Another province's report is "not found" in status as in words.
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("ไม่พบหน้าที่ต้องการ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Samples["trackingnumber"], html, StringComparison.Ordinal);
        Assert.Contains(app.Samples["trackingnumber"], own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathumThaniOfficial_ExportAndScreensAndProjects_HoldNothingOfSaraburi()
    {
        using var client = app.RawClient();
        var pte = app.Cookies[MatrixApp.PathumOfficial];

        var csv = await GetStringAsync(client, "/api/reports/export.csv", pte);
        Assert.DoesNotContain("SRB-", csv, StringComparison.Ordinal);
        Assert.Contains("PTE-", await GetStringAsync(client, "/api/reports/export.csv", pte), StringComparison.Ordinal);

        var wall = await GetStringAsync(client, "/wall/complaints", pte);
        Assert.DoesNotContain("สระบุรี", wall, StringComparison.Ordinal);
        Assert.Contains("สระบุรี", await GetStringAsync(client, "/wall/complaints", app.Cookies[PermissionMatrix.Screen]), StringComparison.Ordinal);

        var project = await GetStringAsync(client, $"/budget/projects/{app.Samples["project"]}", pte);
        Assert.DoesNotContain("data-testid=\"project-name\"", project, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"project-name\"", await GetStringAsync(client, $"/budget/projects/{app.Samples["project"]}", app.Cookies["Official"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathumThaniOfficial_OnTheHub_HearsNoSaraburiEvent()
    {
        using var client = app.RawClient();
        using var posted = await client.PostAsJsonAsync("/api/reports", new { kind = "complaint", category = "road", description = "ถนนชำรุด (ทดสอบสิทธิ์ข้ามจังหวัด)", lat = 14.53, @long = 100.91 });
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());

        var saraburi = await CatchUpAsync(app.Cookies["Official"]);
        var pathum = await CatchUpAsync(app.Cookies[MatrixApp.PathumOfficial]);

        Assert.Contains(saraburi!.Value.EnumerateArray(), e => e.GetProperty("provinceCode").GetString() == "19");
        Assert.DoesNotContain(pathum!.Value.EnumerateArray(), e => e.GetProperty("provinceCode").GetString() != "13");
    }

    private async Task<(bool Allowed, int Status)> TryAsync(Permission permission, string? cookie)
    {
        using var client = app.RawClient();
        if (permission.Surface == Surface.Hub)
        {
            using var negotiate = await SendAsync(client, HttpMethod.Post, permission.Route + "/negotiate?negotiateVersion=1", cookie);
            var status = (int)negotiate.StatusCode;
            if (permission.Method == "NEGOTIATE" || !negotiate.IsSuccessStatusCode)
            {
                return (negotiate.IsSuccessStatusCode, status);
            }

            return (await CatchUpAsync(cookie) is not null, status);
        }

        using var response = await SendAsync(client, new HttpMethod(permission.Method), app.PathFor(permission.Route), cookie);
        return (!IsDenied(response), (int)response.StatusCode);
    }

    private static bool IsDenied(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return true;
        }

        var location = response.Headers.Location?.OriginalString ?? "";
        return (int)response.StatusCode is >= 300 and < 400
               && (location.Contains("/login", StringComparison.Ordinal) || location.Contains("/forbidden", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? cookie)
    {
        using var request = new HttpRequestMessage(method, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (path.EndsWith("/import", StringComparison.Ordinal))
        {
            // Uploads bind a form; an empty one lets the request reach the access check rather than fail binding.
            request.Content = new MultipartFormDataContent { { new StringContent("matrix"), "note" } };
        }
        else if (method != HttpMethod.Get && method != HttpMethod.Delete)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> GetStringAsync(HttpClient client, string path, string? cookie)
    {
        using var response = await SendAsync(client, HttpMethod.Get, path, cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Invokes the hub's CatchUp(0) over a real WebSocket in the SignalR JSON protocol; the result, or null when refused.</summary>
    private async Task<JsonElement?> CatchUpAsync(string? cookie)
    {
        var ws = app.Server.CreateWebSocketClient();
        ws.ConfigureRequest = r =>
        {
            if (cookie is not null)
            {
                r.Headers.Cookie = cookie;
            }
        };
        WebSocket socket;
        try
        {
            var uri = new UriBuilder(app.Server.BaseAddress) { Scheme = "ws", Path = "hubs/ops" }.Uri;
            socket = await ws.ConnectAsync(uri, CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or WebSocketException)
        {
            return null;
        }

        using (socket)
        {
            await SendFrameAsync(socket, """{"protocol":"json","version":1}""");
            await SendFrameAsync(socket, """{"type":1,"invocationId":"1","target":"CatchUp","arguments":[0]}""");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var buffer = new StringBuilder();
            var chunk = new byte[64 * 1024];
            while (true)
            {
                var received = await socket.ReceiveAsync(chunk, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                buffer.Append(Encoding.UTF8.GetString(chunk, 0, received.Count));
                foreach (var frame in buffer.ToString().Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
                {
                    using var doc = JsonDocument.Parse(frame);
                    if (doc.RootElement.TryGetProperty("type", out var type) && type.GetInt32() == 3)
                    {
                        return doc.RootElement.TryGetProperty("result", out var result) ? result.Clone() : null;
                    }
                }

                if (buffer.Length > 0 && buffer[^1] != RecordSeparator)
                {
                    continue;
                }

                buffer.Clear();
            }
        }
    }

    private static Task SendFrameAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Files served by MapStaticAssets (scripts, styles, fonts): public by nature, not rows of the matrix.</summary>
    private static bool StaticAsset(string route)
    {
        if (route.Contains(":file}", StringComparison.Ordinal))
        {
            return true;
        }

        var last = route[(route.LastIndexOf('/') + 1)..];
        return last.Contains('.', StringComparison.Ordinal) && !route.Contains('{', StringComparison.Ordinal)
               && !route.StartsWith("/api/", StringComparison.Ordinal);
    }
}
