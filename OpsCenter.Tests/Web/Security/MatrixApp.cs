using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Tests.Web.Security;

/// <summary>
/// Two seeded provinces (Saraburi 19, Pathum Thani 13) and one signed-in session per caller of the permission matrix,
/// plus the seeded Pathum Thani official for the cross-province checks.
/// </summary>
public sealed partial class MatrixApp() : OpsAppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>(SecurityApps.Settings)
{
    ["Demo:Provinces:0"] = "19",
    ["Demo:Provinces:1"] = "13",
})
{
    public const string PathumOfficial = "pte-official";

    /// <summary>The Cookie header each caller sends; none for anonymous.</summary>
    public Dictionary<string, string?> Cookies { get; } = [];

    private DemoRoutes? routes;

    public IReadOnlyDictionary<string, string> Samples => routes!.Samples;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = RawClient();
        Cookies[PermissionMatrix.Anonymous] = null;
        foreach (var (role, user) in DemoRoutes.DemoUserOfRole)
        {
            Cookies[role] = await SignInAsync(client, user);
        }

        var token = await Services.GetRequiredService<ScreenTokens>().CreateAsync("matrix screen", null, TestAdmins.Of("19")) ?? throw new InvalidOperationException("no screen token");
        Cookies[PermissionMatrix.Screen] = "opscenter.screen=" + token.Secret;
        Cookies[PathumOfficial] = await SignInAsync(client, PathumOfficial);
        routes = await DemoRoutes.LoadAsync(Services, "19");
    }

    /// <summary>Signs <paramref name="userName"/> in and returns the Cookie header of the session.</summary>
    public async Task<string> SignInAsync(string userName)
    {
        using var client = RawClient();
        return await SignInAsync(client, userName);
    }

    public HttpClient RawClient() => CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The route with the parameter values its feature understands (Saraburi's seeded records).</summary>
    public string PathFor(string route) => routes!.PathFor(route);

    private async Task<string> SignInAsync(HttpClient client, string userName)
    {
        using var form = await client.GetAsync("/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["_handler"] = "login",
                ["Input.UserName"] = userName,
                ["Input.Password"] = DemoPassword,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("opscenter.auth=", StringComparison.Ordinal)).Split(';')[0];
        return auth + "; " + antiforgery;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();


}
