using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Security;

namespace OpsCenter.Tests.Web.National;

/// <summary>The national office on an installation with Saraburi and Pathum Thani: compares them, opens either, changes nothing.</summary>
public sealed partial class NationalOfficeTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task Rollup_ComparesBothProvinces_AndOnlyTheNationalOfficeSeesIt()
    {
        using var client = app.RawClient();

        var json = await GetAsync(client, "/api/national/rollup", app.Cookies[OpsRoles.National]);
        var page = await GetAsync(client, "/national", app.Cookies[OpsRoles.National]);
        using var governor = await SendAsync(client, HttpMethod.Get, "/api/national/rollup", app.Cookies[OpsRoles.Executive]);

        var provinces = JsonDocument.Parse(json).RootElement.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(["13", "19"], provinces.Select(p => p.GetProperty("code").GetString()));
        Assert.All(provinces, p => Assert.True(p.GetProperty("sla").GetProperty("received").GetInt32() > 0));
        Assert.Contains("data-testid=\"national-row-13\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"national-row-19\"", page, StringComparison.Ordinal);
        Assert.Contains("ปทุมธานี", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, governor.StatusCode);

        var outlines = JsonDocument.Parse(await GetAsync(client, "/api/national/provinces.geojson", app.Cookies[OpsRoles.National])).RootElement;
        Assert.Equal(["13", "19"], outlines.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("code").GetString()));
        Assert.Contains("data-testid=\"national-map\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningPathumThani_ScopesEveryPageToIt_AndIsAuditedInItsLog()
    {
        var cookie = await NewNationalUserAsync();
        using var client = app.RawClient();

        using var opened = await OpenAsync(client, cookie, "13", "/budget");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/budget", opened.Headers.Location!.OriginalString);
        var refreshed = Refreshed(cookie, opened);

        var home = await GetAsync(client, "/", refreshed);
        Assert.Contains("จังหวัดปทุมธานี", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"national-bar\"", home, StringComparison.Ordinal);
        var budget = await GetAsync(client, "/api/budget/versus-need", refreshed);
        Assert.Contains("\"13", budget, StringComparison.Ordinal);
        Assert.DoesNotContain("\"19", budget, StringComparison.Ordinal);

        var audit = await app.Services.GetRequiredService<AuditQuery>().FindAsync("13", new AuditFilter(null, AuditActions.ProvinceOpenedNationally, null, null), new PageRequest());
        Assert.Contains(audit.Rows, e => e.SubjectId == "13");
        var saraburi = await app.Services.GetRequiredService<AuditQuery>().FindAsync("19", new AuditFilter(null, AuditActions.ProvinceOpenedNationally, null, null), new PageRequest());
        Assert.DoesNotContain(saraburi.Rows, e => e.SubjectId == "13");
    }

    [Fact]
    public async Task SigningIn_TheNationalOfficeStartsFromTheComparison_OthersFromHome()
    {
        using var national = app.CreateBrowserLikeClient();
        using var governor = app.CreateBrowserLikeClient();

        using var nationalSignIn = await national.SignInAsync("national", OpsCenter.Tests.Infrastructure.OpsAppFactory.DemoPassword);
        using var governorSignIn = await governor.SignInAsync("governor", OpsCenter.Tests.Infrastructure.OpsAppFactory.DemoPassword);

        Assert.Equal("/national", new Uri(new Uri("http://localhost"), nationalSignIn.Headers.Location!).AbsolutePath);
        Assert.Equal("/", new Uri(new Uri("http://localhost"), governorSignIn.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task OpeningAProvinceNotInTheInstallation_IsAProblemNamingTheField()
    {
        var cookie = await NewNationalUserAsync();
        using var client = app.RawClient();

        using var response = await OpenAsync(client, cookie, "99", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("province", out _));
    }

    [Fact]
    public async Task NationalOffice_ReadsButNeverChanges_AndSeesNoPersonalData()
    {
        using var client = app.RawClient();
        var national = app.Cookies[OpsRoles.National];

        using var queue = await SendAsync(client, HttpMethod.Get, $"/reports/{app.Samples["reportid"]}", national);
        using var export = await SendAsync(client, HttpMethod.Get, "/api/reports/export.csv", national);
        using var line = await SendAsync(client, HttpMethod.Put, "/api/budget/lines/1", national, JsonContent.Create(new { approved = 1 }));
        using var progress = await SendAsync(client, HttpMethod.Post, $"/api/reviews/actions/{app.Samples["actionid"]}/progress", national, JsonContent.Create(new { status = "done" }));
        var kpis = await GetAsync(client, "/kpis", national);

        Assert.True(IsRefused(queue), queue.StatusCode.ToString());
        Assert.True(IsRefused(export), export.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, line.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, progress.StatusCode);
        Assert.Contains("สระบุรี", kpis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPageOpenToTheNationalOffice_Renders()
    {
        using var client = app.RawClient();
        var pages = OpsCenter.Web.Features.Security.PermissionMatrix.Entries
            .Where(p => p.Surface == OpsCenter.Web.Features.Security.Surface.Page && p.Allows(OpsRoles.National)).ToList();

        var failures = new List<string>();
        foreach (var permission in pages)
        {
            var path = app.PathFor(permission.Route);
            using var response = await SendAsync(client, HttpMethod.Get, path, app.Cookies[OpsRoles.National]);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{path}: {(int)response.StatusCode}");
            }
        }

        Assert.True(pages.Count > 20, $"{pages.Count} pages");
        Assert.Empty(failures);
    }

    private async Task<string> NewNationalUserAsync()
    {
        var name = "n" + Guid.NewGuid().ToString("N")[..10];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
            var user = new OpsUser { UserName = name, DisplayName = "ส่วนกลาง " + name, ProvinceCode = "19" };
            Assert.True((await users.CreateAsync(user, OpsCenter.Tests.Infrastructure.OpsAppFactory.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, OpsRoles.National);
        }

        return await app.SignInAsync(name);
    }

    /// <summary>Posts the national bar's form the way the browser does: the page's antiforgery token with the session's cookies.</summary>
    private static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string cookie, string province, string returnUrl)
    {
        var page = await GetAsync(client, "/national", cookie);
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["province"] = province,
            ["returnUrl"] = returnUrl,
        });
        return await SendAsync(client, HttpMethod.Post, "/national/open", cookie, form);
    }

    /// <summary>The session's cookies with the re-issued sign-in cookie in place of the old one.</summary>
    private static string Refreshed(string cookie, HttpResponseMessage response)
    {
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("opscenter.auth=", StringComparison.Ordinal)).Split(';')[0];
        return string.Join("; ", cookie.Split("; ").Select(c => c.StartsWith("opscenter.auth=", StringComparison.Ordinal) ? auth : c));
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/forbidden", StringComparison.Ordinal))
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/login", StringComparison.Ordinal));

    private static async Task<string> GetAsync(HttpClient client, string path, string? cookie)
    {
        using var response = await SendAsync(client, HttpMethod.Get, path, cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? cookie, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
