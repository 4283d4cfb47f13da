using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.National;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Proposals;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Web.Features.Security;

public enum Surface
{
    Page,
    Endpoint,
    Hub,
}

/// <summary>
/// One row of the matrix: who may reach <see cref="Route"/> (the route template as mapped) with <see cref="Method"/>,
/// under which feature access <see cref="Rule"/>.
/// </summary>
public sealed record Permission(Surface Surface, string Method, string Route, string Rule, IReadOnlyList<string> Allowed)
{
    public bool Allows(string caller) => Allowed.Contains(caller);
}

/// <summary>
/// Who may reach what, in one place: every page, endpoint and hub of the app × every kind of caller (anonymous, a
/// wall screen's token, each role). Each row names the feature's access rule (<see cref="FeaturePolicies"/>) and the
/// callers follow from it; the route must carry that same rule. Tests walk every cell against the running app, fail
/// when a route is added without a row, and fail when a route's rule differs from its row's. Within what a caller may
/// reach, records are scoped to the caller's province and agency by the features' own services (tested separately).
/// </summary>
public static class PermissionMatrix
{
    public const string Anonymous = "anonymous";
    public const string Screen = "screen";

    private static readonly string Public = AccessRule.Public.Name;

    public static readonly IReadOnlyList<string> Callers = [Anonymous, Screen, .. OpsRoles.All];

    /// <summary>Record-level: admins, and the data steward of the dataset's own agency (the sample dataset belongs to another).</summary>
    private static readonly string[] Admins = [OpsRoles.Admin];

    public static readonly IReadOnlyList<Permission> Entries =
    [
        Page("/", Public),
        Page("/login", Public),
        Page("/account", IdentityPolicy.SignedIn),
        Page("/forbidden", Public),
        Page("/not-found", Public),
        Page("/error", Public),
        Page("/report", Public),
        Page("/notifications", NotificationPolicy.Read),
        Page("/notifications/preferences", NotificationPolicy.Read),
        Page("/admin/notifications", NotificationPolicy.Administer),
        Page("/admin/webhooks", NotificationPolicy.Administer),
        Page("/track", Public),
        Page("/track/{TrackingNumber}", Public),
        Page("/reports", ReportPolicy.Queue),
        Page("/reports/{Id:long}", ReportPolicy.Queue),
        Page("/reports/import", ReportPolicy.Import),
        Page("/wall", WallPolicy.View),
        Page("/wall/token", Public),
        Page("/wall/blank", Public),
        Page("/wall/{Slug}", WallPolicy.View),
        Page("/wall/{Slug}/remote", WallPolicy.Control),
        Page("/admin/wall", WallPolicy.Administer),
        Page("/admin/users", SecurityPolicy.Administer),
        Page("/admin/audit", AuditPolicy.Read),
        Page("/budget", BudgetPolicy.Read),
        Page("/budget/import", BudgetPolicy.Import),
        Page("/budget/plans", BudgetPolicy.Read),
        Page("/budget/projects", BudgetPolicy.Read),
        Page("/budget/projects/{Id:int}", BudgetPolicy.Read),
        Page("/budget/projects/{Id:int}/evidence", BudgetPolicy.Read),
        Page("/budget/areas/{AreaCode}/{Sector}/evidence", BudgetPolicy.Read),
        Page("/proposals", Public),
        Page("/proposals/new", Public),
        Page("/proposals/track", Public),
        Page("/proposals/track/{Code}", Public),
        Page("/proposals/{Id:int}", Public),
        Page("/catalog", Public),
        Page("/catalog/gaps", CatalogPolicy.Read),
        Page("/catalog/import", CatalogPolicy.Import),
        Page("/catalog/indicators", CatalogPolicy.Edit),
        Page("/catalog/scorecards", CatalogPolicy.Read),
        Page("/catalog/{Slug}", Public),
        Page("/catalog/{Slug}/explore", Public),
        Page("/kpis", KpiPolicy.Read),
        Page("/kpis/{Code}", KpiPolicy.Read),
        Page("/map", Public),
        Page("/map/{DistrictCode}", Public),
        Page("/admin/boundaries", AreaPolicy.ManageBoundaries),
        Page("/reviews", ReviewPolicy.Read),
        Page("/reviews/actions", ReviewPolicy.Read),
        Page("/reviews/{Id:int}", ReviewPolicy.Read),
        Page("/reviews/{Id:int}/minutes", ReviewPolicy.Read),
        Page("/reviews/{Id:int}/present", ReviewPolicy.Present),
        Page("/reviews/{Id:int}/screen", WallPolicy.View),
        Page("/national", NationalPolicy.View),
        Page("/help", Public),
        Page("/help/print", Public),
        Page("/help/{Role}", Public),

        Api("GET", "/healthz", Public),
        // Metrics carry no personal data; the endpoint answers loopback and Operations:MetricsNetworks only.
        Api("GET", "/metrics", Public),
        Api("GET", "/culture/{culture}", Public),
        Api("POST", "/logout", Public),
        Api("GET", "/api/areas/{code}/children.geojson", Public),
        Api("GET", "/api/areas/{code}/subdistricts.geojson", Public),
        Api("GET", "/api/areas/{code}/boundary.geojson", Public),
        Api("POST", "/api/reports", Public),
        Api("GET", "/api/reports/{trackingNumber}", Public),
        Api("POST", "/api/reports/{trackingNumber}/reopen", Public),
        Api("GET", "/media/report-photos/{id:long}", Public),
        Api("GET", "/api/reports/export.csv", ReportPolicy.Queue),
        Api("POST", "/api/staff/reports/{trackingNumber}/{action}", ReportPolicy.Queue),
        Api("GET", "/openapi/{documentName}.json", Public),
        Api("POST", "/api/admin/users/{userName}/tokens", SecurityPolicy.Administer),
        Api("DELETE", "/api/admin/tokens/{id:int}", SecurityPolicy.Administer),
        Api("GET", "/api/reports/import/community-forum-template.csv", Public),
        Api("GET", "/api/reports/import/runs/{id:int}/account.csv", ReportPolicy.Import),
        Api("GET", "/open311/v2/discovery.{format}", Public),
        Api("GET", "/open311/v2/services.{format}", Public),
        Api("GET", "/open311/v2/services/{code}.{format}", Public),
        Api("GET", "/open311/v2/requests.{format}", Public),
        Api("GET", "/open311/v2/requests/{id}.{format}", Public),
        Api("POST", "/open311/v2/requests.{format}", Public),
        Api("GET", "/open311/v2/tokens/{token}.{format}", Public),
        Api("GET", "/open311/v2/service/{code}.{format}", Public),
        Api("GET", "/open311/{**rest}", Public),
        Api("GET", "/api/docs/{documentName?}", Public),
        Api("GET", "/api/docs/scalar.js", Public),
        Api("GET", "/api/docs/scalar.aspnetcore.js", Public),
        Api("GET", "/api/docs/favicon.svg", Public),
        Api("GET", "/wall/connect", Public),
        Api("POST", "/wall/disconnect", Public),
        Api("POST", "/api/wall/screens/{slug}/control", WallPolicy.Control),
        Api("GET", "/api/budget/versus-need", BudgetPolicy.Read),
        Api("GET", "/api/budget/map-metrics", BudgetPolicy.Read),
        Api("GET", "/api/budget/projects/{id:int}/evidence.csv", BudgetPolicy.Read),
        Api("GET", "/api/budget/areas/{areaCode}/{sector}/evidence.csv", BudgetPolicy.Read),
        Api("GET", "/api/budget/projects/import-template.csv", BudgetPolicy.Read),
        Api("POST", "/api/budget/projects/import", BudgetPolicy.Import),
        Api("POST", "/api/budget/indicators/{code}/import", BudgetPolicy.Import),
        Api("PUT", "/api/budget/lines/{id:int}", BudgetPolicy.Edit),
        Api("POST", "/api/budget/projects/{id:int}/evidence", BudgetPolicy.Edit),
        Api("DELETE", "/api/budget/evidence/{id:long}", BudgetPolicy.Edit),
        Api("GET", "/api/proposals/", Public),
        Api("GET", "/api/proposals/similar", Public),
        Api("GET", "/api/proposals/track/{code}", Public),
        Api("POST", "/api/proposals/", Public),
        Api("POST", "/api/proposals/{id:int}/supports", Public),
        Api("POST", "/api/proposals/{id:int}/triage", ProposalPolicy.Triage),
        Api("GET", "/notifications/unsubscribe/{token}", Public),
        Api("POST", "/notifications/unsubscribe/{token}", Public),
        Api("POST", "/api/line/webhook", Public),
        Api("GET", "/api/3/action/{action}", Public),
        Api("GET", "/api/action/{action}", Public),
        Api("GET", "/catalog/{slug}/versions/{number:int}/download", Public),
        Api("GET", "/catalog.{format}", Public),
        Api("GET", "/catalog/{slug}.{format}", Public),
        Api("GET", "/catalog/{slug}/explore.csv", Public),
        Api("POST", "/api/warehouse/indicators", CatalogPolicy.Edit),
        Api("POST", "/api/catalog/datasets/{slug}/versions", CatalogPolicy.Edit, only: Admins),
        Api("PUT", "/api/catalog/datasets/{slug}", CatalogPolicy.Edit, only: Admins),
        Api("POST", "/api/catalog/import", CatalogPolicy.Import),
        Api("GET", "/api/kpis", KpiPolicy.Read),
        Api("POST", "/api/kpis/{code}/measurements", KpiPolicy.Report),
        Api("POST", "/api/admin/data-subject", SecurityPolicy.Administer),
        Api("POST", "/api/reviews/", ReviewPolicy.Manage),
        Api("POST", "/api/reviews/{id:int}/present", ReviewPolicy.Present),
        Api("POST", "/api/reviews/{id:int}/decisions", ReviewPolicy.Present),
        Api("POST", "/api/reviews/{id:int}/screens/{slug}/follow", ReviewPolicy.Present),
        Api("POST", "/api/reviews/{id:int}/end", ReviewPolicy.Present),
        Api("GET", "/api/reviews/{id:int}/minutes.csv", ReviewPolicy.Read),
        Api("POST", "/api/reviews/actions/{actionId:int}/progress", ReviewPolicy.ReportProgress),
        Api("GET", "/api/national/rollup", NationalPolicy.View),
        Api("GET", "/api/national/provinces.geojson", NationalPolicy.View),
        Api("POST", "/national/open", NationalPolicy.View),

        Hub("NEGOTIATE", "/_blazor", Public),
        Hub("NEGOTIATE", "/hubs/ops", WallPolicy.View),
        Hub("CatchUp", "/hubs/ops", WallPolicy.View),
    ];

    public static int CellCount => Entries.Count * Callers.Count;

    private static Permission Page(string route, string rule, string[]? only = null) => Row(Surface.Page, "GET", route, rule, only);

    private static Permission Api(string method, string route, string rule, string[]? only = null) => Row(Surface.Endpoint, method, route, rule, only);

    private static Permission Hub(string method, string route, string rule) => Row(Surface.Hub, method, route, rule, null);

    /// <summary>A row whose callers are those the rule admits, narrowed by <paramref name="only"/> where the record decides.</summary>
    private static Permission Row(Surface surface, string method, string route, string rule, string[]? only)
    {
        var access = FeaturePolicies.Named(rule);
        return new(surface, method, route, rule, Callers.Where(c => access.Admits(ActorOf(c)) && (only is null || only.Contains(c))).ToList());
    }

    /// <summary>A caller of the matrix as the rules see them: of the demo province, with the caller's one role.</summary>
    public static Actor ActorOf(string caller) => caller switch
    {
        Anonymous => Actor.Anonymous,
        Screen => Actor.Screen("19"),
        _ => Actor.Staff(caller, caller, "19", null, caller),
    };
}
