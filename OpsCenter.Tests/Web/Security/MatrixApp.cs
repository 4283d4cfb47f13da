using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Proposals;
using OpsCenter.Domain.Reports;
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

    private static readonly Dictionary<string, string> DemoUserOfRole = new()
    {
        [OpsRoles.Executive] = "governor",
        [OpsRoles.Official] = "official",
        [OpsRoles.AgencyStaff] = "agency",
        [OpsRoles.DataSteward] = "steward",
        [OpsRoles.Presenter] = "presenter",
        [OpsRoles.Admin] = "admin",
        [OpsRoles.National] = "national",
    };

    /// <summary>The Cookie header each caller sends; none for anonymous.</summary>
    public Dictionary<string, string?> Cookies { get; } = [];

    public Dictionary<string, string> Samples { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = RawClient();
        Cookies[PermissionMatrix.Anonymous] = null;
        foreach (var (role, user) in DemoUserOfRole)
        {
            Cookies[role] = await SignInAsync(client, user);
        }

        var token = await Services.GetRequiredService<ScreenTokens>().CreateAsync("matrix screen", null, TestAdmins.Of("19")) ?? throw new InvalidOperationException("no screen token");
        Cookies[PermissionMatrix.Screen] = "opscenter.screen=" + token.Secret;
        Cookies[PathumOfficial] = await SignInAsync(client, PathumOfficial);
        await LoadSamplesAsync();
    }

    /// <summary>Signs <paramref name="userName"/> in and returns the Cookie header of the session.</summary>
    public async Task<string> SignInAsync(string userName)
    {
        using var client = RawClient();
        return await SignInAsync(client, userName);
    }

    public HttpClient RawClient() => CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The route template with its parameters filled from the seeded data (Saraburi's records).</summary>
    public string Resolve(string route) => RouteParameter().Replace(route, m => Samples[m.Groups[1].Value.Split(':')[0].ToLowerInvariant()]);

    private async Task LoadSamplesAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var report = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19").OrderBy(r => r.Id).FirstAsync();
        var project = await db.Set<Project>().Where(p => p.ProvinceCode == "19").OrderBy(p => p.Id).FirstAsync();
        var proposal = await db.Set<CitizenProposal>().Where(p => p.ProvinceCode == "19").OrderBy(p => p.Id).FirstAsync();
        var dataset = await db.Set<Dataset>().Where(d => d.ProvinceCode == "19").OrderBy(d => d.Id).FirstAsync();
        var kpi = await db.Set<Kpi>().Where(k => k.ProvinceCode == "19").OrderBy(k => k.Id).FirstAsync();
        var review = await db.Set<OpsCenter.Domain.Review.ReviewSession>().Where(r => r.ProvinceCode == "19").OrderBy(r => r.Id).FirstAsync();
        var action = await db.Set<OpsCenter.Domain.Review.ActionItem>().Where(a => a.ReviewSessionId == review.Id).OrderBy(a => a.Id).FirstAsync();
        Samples["trackingnumber"] = report.TrackingNumber;
        Samples["id"] = report.Id.ToString(CultureInfo.InvariantCulture);
        Samples["slug"] = "complaints";
        Samples["code"] = "19";
        Samples["culture"] = "en";
        Samples["format"] = "json";
        Samples["action"] = "package_list";
        Samples["number"] = "1";
        Samples["project"] = project.Id.ToString(CultureInfo.InvariantCulture);
        Samples["proposal"] = proposal.Id.ToString(CultureInfo.InvariantCulture);
        Samples["proposaltrack"] = proposal.TrackingCode;
        Samples["dataset"] = dataset.Slug;
        Samples["kpi"] = kpi.Code;
        Samples["reportid"] = report.Id.ToString(CultureInfo.InvariantCulture);
        Samples["review"] = review.Id.ToString(CultureInfo.InvariantCulture);
        Samples["actionid"] = action.Id.ToString(CultureInfo.InvariantCulture);
        Samples["districtcode"] = "1901";
    }

    /// <summary>The route with the parameter values its feature understands.</summary>
    public string PathFor(string route) => route switch
    {
        "/budget/projects/{Id:int}" or "/budget/projects/{Id:int}/evidence" or "/api/budget/projects/{id:int}/evidence.csv" or "/api/budget/projects/{id:int}/evidence"
            => route.Replace("{Id:int}", Samples["project"], StringComparison.Ordinal).Replace("{id:int}", Samples["project"], StringComparison.Ordinal),
        "/proposals/{Id:int}" or "/api/proposals/{id:int}/supports" or "/api/proposals/{id:int}/triage"
            => route.Replace("{Id:int}", Samples["proposal"], StringComparison.Ordinal).Replace("{id:int}", Samples["proposal"], StringComparison.Ordinal),
        "/proposals/track/{Code}" or "/api/proposals/track/{code}" => route.Replace("{Code}", Samples["proposaltrack"], StringComparison.Ordinal).Replace("{code}", Samples["proposaltrack"], StringComparison.Ordinal),
        "/catalog.{format}" => "/catalog.ttl",
        "/catalog/{Slug}" or "/catalog/{slug}.{format}" or "/catalog/{slug}/versions/{number:int}/download" or "/api/catalog/datasets/{slug}/versions" or "/api/catalog/datasets/{slug}"
            => Resolve(route.Replace("{Slug}", Samples["dataset"], StringComparison.Ordinal).Replace("{slug}", Samples["dataset"], StringComparison.Ordinal).Replace("{format}", "ttl", StringComparison.Ordinal)),
        "/kpis/{Code}" or "/api/kpis/{code}/measurements" => route.Replace("{Code}", Samples["kpi"], StringComparison.Ordinal).Replace("{code}", Samples["kpi"], StringComparison.Ordinal),
        _ when route.StartsWith("/reviews/{Id:int}", StringComparison.Ordinal) || route.StartsWith("/api/reviews/{id:int}", StringComparison.Ordinal)
            => Resolve(route.Replace("{Id:int}", Samples["review"], StringComparison.Ordinal).Replace("{id:int}", Samples["review"], StringComparison.Ordinal)),
        // Record-level refusals (another agency's report) are the staff API's own tests; here a number no one has.
        "/api/staff/reports/{trackingNumber}/{action}" => "/api/staff/reports/SRB-2222-2222/take",
        "/api/admin/users/{userName}/tokens" => "/api/admin/users/nobody/tokens",
        "/openapi/{documentName}.json" => "/openapi/v1.json",
        "/api/docs/{documentName?}" => "/api/docs/v1",
        "/budget/areas/{AreaCode}/{Sector}/evidence" => "/budget/areas/1901/water/evidence",
        "/api/budget/areas/{areaCode}/{sector}/evidence.csv" => "/api/budget/areas/1901/water/evidence.csv",
        "/open311/v2/services/{code}.{format}" => "/open311/v2/services/road.json",
        "/open311/v2/service/{code}.{format}" => "/open311/v2/service/road.json",
        "/open311/v2/tokens/{token}.{format}" => "/open311/v2/tokens/NOSUCHTOKEN0.json",
        "/open311/{**rest}" => "/open311/v2/no-such-resource.json",
        "/open311/v2/requests/{id}.{format}" => $"/open311/v2/requests/{Samples["trackingnumber"]}.json",
        "/culture/{culture}" => "/culture/en?redirect=/",
        _ => Resolve(route),
    };

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

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();
}
