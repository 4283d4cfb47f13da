using System.Globalization;
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

namespace OpsCenter.Tests.Infrastructure;

/// <summary>Every route template of the app with its parameters filled from one province's seeded demo records.</summary>
public sealed partial class DemoRoutes
{
    private DemoRoutes()
    {
    }

    /// <summary>The seeded demo account that holds each role.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemoUserOfRole = new Dictionary<string, string>
    {
        [OpsRoles.Executive] = "governor",
        [OpsRoles.Official] = "official",
        [OpsRoles.AgencyStaff] = "agency",
        [OpsRoles.DataSteward] = "steward",
        [OpsRoles.Presenter] = "presenter",
        [OpsRoles.Admin] = "admin",
        [OpsRoles.National] = "national",
    };

    public Dictionary<string, string> Samples { get; } = [];

    /// <summary>The route template with its parameters filled from the seeded data (Saraburi's records).</summary>
    public string Resolve(string route) => RouteParameter().Replace(route, m => Samples[m.Groups[1].Value.Split(':')[0].ToLowerInvariant()]);

    public static async Task<DemoRoutes> LoadAsync(IServiceProvider services, string province)
    {
        var routes = new DemoRoutes();
        var samples = routes.Samples;
        await using var db = await services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var report = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == province).OrderBy(r => r.Id).FirstAsync();
        var project = await db.Set<Project>().Where(p => p.ProvinceCode == province).OrderBy(p => p.Id).FirstAsync();
        var proposal = await db.Set<CitizenProposal>().Where(p => p.ProvinceCode == province).OrderBy(p => p.Id).FirstAsync();
        var dataset = await db.Set<Dataset>().Where(d => d.ProvinceCode == province).OrderBy(d => d.Id).FirstAsync();
        var kpi = await db.Set<Kpi>().Where(k => k.ProvinceCode == province).OrderBy(k => k.Id).FirstAsync();
        var review = await db.Set<OpsCenter.Domain.Review.ReviewSession>().Where(r => r.ProvinceCode == province).OrderBy(r => r.Id).FirstAsync();
        var action = await db.Set<OpsCenter.Domain.Review.ActionItem>().Where(a => a.ReviewSessionId == review.Id).OrderBy(a => a.Id).FirstAsync();
        samples["trackingnumber"] = report.TrackingNumber;
        samples["id"] = report.Id.ToString(CultureInfo.InvariantCulture);
        samples["slug"] = "complaints";
        samples["code"] = province;
        samples["culture"] = "en";
        samples["format"] = "json";
        samples["action"] = "package_list";
        samples["number"] = "1";
        samples["project"] = project.Id.ToString(CultureInfo.InvariantCulture);
        samples["proposal"] = proposal.Id.ToString(CultureInfo.InvariantCulture);
        samples["proposaltrack"] = proposal.TrackingCode;
        samples["dataset"] = dataset.Slug;
        samples["kpi"] = kpi.Code;
        samples["reportid"] = report.Id.ToString(CultureInfo.InvariantCulture);
        samples["review"] = review.Id.ToString(CultureInfo.InvariantCulture);
        samples["actionid"] = action.Id.ToString(CultureInfo.InvariantCulture);
        samples["districtcode"] = province + "01";
        samples["role"] = "citizen";
        return routes;
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
            or "/catalog/{Slug}/explore" or "/catalog/{slug}/explore.csv"
            => Resolve(route.Replace("{Slug}", Samples["dataset"], StringComparison.Ordinal).Replace("{slug}", Samples["dataset"], StringComparison.Ordinal).Replace("{format}", "ttl", StringComparison.Ordinal)),
        "/kpis/{Code}" or "/api/kpis/{code}/measurements" => route.Replace("{Code}", Samples["kpi"], StringComparison.Ordinal).Replace("{code}", Samples["kpi"], StringComparison.Ordinal),
        _ when route.StartsWith("/reviews/{Id:int}", StringComparison.Ordinal) || route.StartsWith("/api/reviews/{id:int}", StringComparison.Ordinal)
            => Resolve(route.Replace("{Id:int}", Samples["review"], StringComparison.Ordinal).Replace("{id:int}", Samples["review"], StringComparison.Ordinal)),
        // Record-level refusals (another agency's report) are the staff API's own tests; here a number no one has.
        "/api/staff/reports/{trackingNumber}/{action}" => "/api/staff/reports/SRB-2222-2222/take",
        "/api/admin/users/{userName}/tokens" => "/api/admin/users/nobody/tokens",
        "/openapi/{documentName}.json" => "/openapi/v1.json",
        "/api/docs/{documentName?}" => "/api/docs/v1",
        "/budget/areas/{AreaCode}/{Sector}/evidence" => $"/budget/areas/{Samples["districtcode"]}/water/evidence",
        "/api/budget/areas/{areaCode}/{sector}/evidence.csv" => $"/api/budget/areas/{Samples["districtcode"]}/water/evidence.csv",
        "/open311/v2/services/{code}.{format}" => "/open311/v2/services/road.json",
        "/open311/v2/service/{code}.{format}" => "/open311/v2/service/road.json",
        "/open311/v2/tokens/{token}.{format}" => "/open311/v2/tokens/NOSUCHTOKEN0.json",
        "/open311/{**rest}" => "/open311/v2/no-such-resource.json",
        "/open311/v2/requests/{id}.{format}" => $"/open311/v2/requests/{Samples["trackingnumber"]}.json",
        "/culture/{culture}" => "/culture/en?redirect=/",
        "/notifications/unsubscribe/{token}" => "/notifications/unsubscribe/not-a-signed-token",
        _ => Resolve(route),
    };

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();
}
