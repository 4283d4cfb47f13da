using System.Net;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Security;

public sealed partial class SecurityHardeningTests(SecurityKestrelApp app) : IClassFixture<SecurityKestrelApp>
{
    private const string Hostile = "http://evil.example";

    [Theory]
    [InlineData("/login")]
    [InlineData("/report")]
    [InlineData("/healthz")]
    public async Task Responses_CarrySecurityHeadersAndCsp(string path)
    {
        using var client = RawClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*'unsafe-inline'", csp);
    }

    [Fact]
    public async Task SignIn_OverPlainHttpOnLoopback_WorksWithANonSecureCookie()
    {
        using var client = RawClient();

        var cookie = await SignInAsync(client, behindTlsProxy: false);

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_BehindTlsTerminatingProxy_SetsASecureCookie()
    {
        using var client = RawClient();

        var cookie = await SignInAsync(client, behindTlsProxy: true);

        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LoginPost_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = RawClient();
        var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "admin",
            ["Input.Password"] = OpsAppFactory.DemoPassword,
        });

        using var response = await client.PostAsync("/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("opscenter.auth=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/api/proposals/")]
    [InlineData("/api/reports/SRB-AAAA-AAAA/reopen")]
    [InlineData("/open311/v2/requests.json")]
    public async Task PublicWriteEndpoints_RefuseWrongContentAndOversizedBodies_AsClientErrors(string path)
    {
        using var client = RawClient();

        using var wrongType = await client.PostAsync(path, new StringContent("<xml/>", System.Text.Encoding.UTF8, "text/xml"));
        using var oversized = await client.PostAsync(path, Oversized());

        Assert.InRange((int)wrongType.StatusCode, 400, 499);
        Assert.InRange((int)oversized.StatusCode, 400, 499);
    }

    [Fact]
    public async Task ReportIntake_Answers415And413()
    {
        using var client = RawClient();

        using var wrongType = await client.PostAsync("/api/reports", new StringContent("<xml/>", System.Text.Encoding.UTF8, "text/xml"));
        using var oversized = await client.PostAsync("/api/reports", Oversized());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
    }

    [Fact]
    public async Task LogoutPost_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = RawClient();
        var cookie = CookiePair(await SignInAsync(client, behindTlsProxy: false));
        // What another site's auto-submitting form would send.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/logout") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("Cookie", cookie);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("/hubs/ops/negotiate?negotiateVersion=1")]
    public async Task HubNegotiate_FromAnotherOrigin_IsRefused_FromOwnOrigin_Accepted(string path)
    {
        using var client = RawClient();
        var cookie = CookiePair(await SignInAsync(client, behindTlsProxy: false));

        using var hostile = await NegotiateAsync(client, path, cookie, Hostile);
        using var own = await NegotiateAsync(client, path, cookie, app.ServerAddress.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.Forbidden, hostile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task BlazorWebSocket_FromAnotherOrigin_IsRefused_FromOwnOrigin_Opens()
    {
        using var client = RawClient();
        using var negotiate = await NegotiateAsync(client, "/_blazor/negotiate?negotiateVersion=1", null, null);
        var token = ConnectionToken().Match(await negotiate.Content.ReadAsStringAsync()).Groups[1].Value;
        var socketUri = new Uri($"ws://{app.ServerAddress.Authority}/_blazor?id={token}");

        using var hostile = new ClientWebSocket();
        hostile.Options.CollectHttpResponseDetails = true;
        hostile.Options.SetRequestHeader("Origin", Hostile);
        await Assert.ThrowsAsync<WebSocketException>(() => hostile.ConnectAsync(socketUri, CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, hostile.HttpStatusCode);

        using var own = new ClientWebSocket();
        own.Options.SetRequestHeader("Origin", app.ServerAddress.GetLeftPart(UriPartial.Authority));
        await own.ConnectAsync(socketUri, CancellationToken.None);
        Assert.Equal(WebSocketState.Open, own.State);
        await own.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    /// <summary>Signs in through the real form by hand (no cookie container, which would drop Secure cookies over http); returns the auth Set-Cookie.</summary>
    private static async Task<string> SignInAsync(HttpClient client, bool behindTlsProxy)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/login");
        if (behindTlsProxy)
        {
            get.Headers.Add("X-Forwarded-Proto", "https");
        }

        using var form = await client.SendAsync(get);
        var antiforgeryCookie = CookiePair(form.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Antiforgery", StringComparison.Ordinal)));
        if (behindTlsProxy)
        {
            Assert.Contains("; secure", form.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Antiforgery", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        }

        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["_handler"] = "login",
                ["Input.UserName"] = "official",
                ["Input.Password"] = OpsAppFactory.DemoPassword,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        if (behindTlsProxy)
        {
            post.Headers.Add("X-Forwarded-Proto", "https");
        }

        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("opscenter.auth=", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> NegotiateAsync(HttpClient client, string path, string? cookie, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }

    private static ByteArrayContent Oversized() =>
        new(new byte[9 * 1024 * 1024]) { Headers = { ContentType = new("application/json") } };

    private static string CookiePair(string setCookie) => setCookie.Split(';')[0];

    private HttpClient RawClient() =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.ServerAddress };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("\"connectionToken\":\"([^\"]+)\"")]
    private static partial Regex ConnectionToken();
}
