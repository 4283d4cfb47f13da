using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Security;

public enum Surface
{
    Page,
    Endpoint,
    Hub,
}

/// <summary>One row of the matrix: who may reach <see cref="Route"/> (the route template as mapped) with <see cref="Method"/>.</summary>
public sealed record Permission(Surface Surface, string Method, string Route, IReadOnlyList<string> Allowed)
{
    public bool Allows(string caller) => Allowed.Contains(caller);
}

/// <summary>
/// Who may reach what, in one place: every page, endpoint and hub of the app × every kind of caller (anonymous, a
/// wall screen's token, each role). The attributes and policies on the routes enforce it; a test walks every cell
/// against the running app and another fails when a route is added without a row here. Within what a caller may
/// reach, records are scoped to the caller's province by the features' own queries (tested separately).
/// </summary>
public static class PermissionMatrix
{
    public const string Anonymous = "anonymous";
    public const string Screen = "screen";

    public static readonly IReadOnlyList<string> Callers = [Anonymous, Screen, .. OpsRoles.All];

    private static readonly string[] People = [.. OpsRoles.All];

    /// <summary>A province's own people: everyone signed in but the national office, which reads and changes nothing.</summary>
    private static readonly string[] Staff = [.. OpsRoles.ProvinceRoles];
    private static readonly string[] NationalOffice = [OpsRoles.National];
    private static readonly string[] Everyone = [Anonymous, Screen, .. People];
    private static readonly string[] Viewers = [Screen, .. People];
    private static readonly string[] Admins = [OpsRoles.Admin];
    private static readonly string[] QueueRoles = [OpsRoles.Executive, OpsRoles.Official, OpsRoles.AgencyStaff, OpsRoles.Admin];
    private static readonly string[] ReportImporters = [OpsRoles.DataSteward, OpsRoles.Admin];
    private static readonly string[] CatalogImporters = [OpsRoles.DataSteward, OpsRoles.Admin];
    private static readonly string[] BudgetImporters = [OpsRoles.Official, OpsRoles.Admin, OpsRoles.DataSteward];
    private static readonly string[] Triagers = [OpsRoles.Official, OpsRoles.Executive, OpsRoles.Admin];
    /// <summary>Record-level: admins, and the data steward of the dataset's own agency (the sample dataset belongs to another).</summary>
    private static readonly string[] DatasetEditors = [OpsRoles.Admin];

    /// <summary>Staff who report KPI values; which KPI and agency they may report for is checked per record by KpiService.</summary>
    private static readonly string[] KpiReporters = [OpsRoles.Executive, OpsRoles.Official, OpsRoles.AgencyStaff, OpsRoles.Presenter, OpsRoles.Admin];
    private static readonly string[] ReviewManagers = [OpsRoles.Presenter, OpsRoles.Official, OpsRoles.Executive, OpsRoles.Admin];
    private static readonly string[] Presenters = [OpsRoles.Presenter, OpsRoles.Admin];
    private static readonly string[] WallControllers = [OpsRoles.Executive, OpsRoles.Official, OpsRoles.Presenter, OpsRoles.Admin];

    public static readonly IReadOnlyList<Permission> Entries =
    [
        Page("/", Everyone),
        Page("/login", Everyone),
        Page("/account", People),
        Page("/forbidden", Everyone),
        Page("/not-found", Everyone),
        Page("/error", Everyone),
        Page("/report", Everyone),
        Page("/track", Everyone),
        Page("/track/{TrackingNumber}", Everyone),
        Page("/reports", QueueRoles),
        Page("/reports/{Id:long}", QueueRoles),
        Page("/reports/import", ReportImporters),
        Page("/wall", Viewers),
        Page("/wall/token", Everyone),
        Page("/wall/blank", Everyone),
        Page("/wall/{Slug}", Viewers),
        Page("/wall/{Slug}/remote", WallControllers),
        Page("/admin/wall", Admins),
        Page("/admin/users", Admins),
        Page("/admin/audit", Admins),
        Page("/budget", People),
        Page("/budget/import", BudgetImporters),
        Page("/budget/plans", People),
        Page("/budget/projects", People),
        Page("/budget/projects/{Id:int}", People),
        Page("/budget/projects/{Id:int}/evidence", People),
        Page("/budget/areas/{AreaCode}/{Sector}/evidence", People),
        Page("/proposals", Everyone),
        Page("/proposals/new", Everyone),
        Page("/proposals/track", Everyone),
        Page("/proposals/track/{Code}", Everyone),
        Page("/proposals/{Id:int}", Everyone),
        Page("/catalog", Everyone),
        Page("/catalog/gaps", People),
        Page("/catalog/import", CatalogImporters),
        Page("/catalog/scorecards", People),
        Page("/catalog/{Slug}", Everyone),
        Page("/kpis", People),
        Page("/kpis/{Code}", People),
        Page("/map", Everyone),
        Page("/map/{DistrictCode}", Everyone),
        Page("/admin/boundaries", Admins),
        Page("/reviews", People),
        Page("/reviews/actions", People),
        Page("/reviews/{Id:int}", People),
        Page("/reviews/{Id:int}/minutes", People),
        Page("/reviews/{Id:int}/present", Presenters),
        Page("/reviews/{Id:int}/screen", Viewers),
        Page("/national", NationalOffice),

        Api("GET", "/healthz", Everyone),
        // Metrics carry no personal data; the endpoint answers loopback and Operations:MetricsNetworks only.
        Api("GET", "/metrics", Everyone),
        Api("GET", "/culture/{culture}", Everyone),
        Api("POST", "/logout", Everyone),
        Api("GET", "/api/areas/{code}/children.geojson", Everyone),
        Api("GET", "/api/areas/{code}/boundary.geojson", Everyone),
        Api("POST", "/api/reports", Everyone),
        Api("GET", "/api/reports/{trackingNumber}", Everyone),
        Api("POST", "/api/reports/{trackingNumber}/reopen", Everyone),
        Api("GET", "/media/report-photos/{id:long}", Everyone),
        Api("GET", "/api/reports/export.csv", QueueRoles),
        Api("POST", "/api/staff/reports/{trackingNumber}/{action}", QueueRoles),
        Api("GET", "/openapi/{documentName}.json", Everyone),
        Api("POST", "/api/admin/users/{userName}/tokens", Admins),
        Api("DELETE", "/api/admin/tokens/{id:int}", Admins),
        Api("GET", "/api/reports/import/community-forum-template.csv", Everyone),
        Api("GET", "/api/reports/import/runs/{id:int}/account.csv", ReportImporters),
        Api("GET", "/open311/v2/discovery.{format}", Everyone),
        Api("GET", "/open311/v2/services.{format}", Everyone),
        Api("GET", "/open311/v2/services/{code}.{format}", Everyone),
        Api("GET", "/open311/v2/requests.{format}", Everyone),
        Api("GET", "/open311/v2/requests/{id}.{format}", Everyone),
        Api("POST", "/open311/v2/requests.{format}", Everyone),
        Api("GET", "/open311/v2/tokens/{token}.{format}", Everyone),
        Api("GET", "/open311/v2/service/{code}.{format}", Everyone),
        Api("GET", "/open311/{**rest}", Everyone),
        Api("GET", "/api/docs/{documentName?}", Everyone),
        Api("GET", "/api/docs/scalar.js", Everyone),
        Api("GET", "/api/docs/scalar.aspnetcore.js", Everyone),
        Api("GET", "/api/docs/favicon.svg", Everyone),
        Api("GET", "/wall/connect", Everyone),
        Api("POST", "/wall/disconnect", Everyone),
        Api("POST", "/api/wall/screens/{slug}/control", WallControllers),
        Api("GET", "/api/budget/versus-need", People),
        Api("GET", "/api/budget/map-metrics", People),
        Api("GET", "/api/budget/projects/{id:int}/evidence.csv", People),
        Api("GET", "/api/budget/areas/{areaCode}/{sector}/evidence.csv", People),
        Api("GET", "/api/budget/projects/import-template.csv", People),
        Api("POST", "/api/budget/projects/import", BudgetImporters),
        Api("POST", "/api/budget/indicators/{code}/import", BudgetImporters),
        Api("PUT", "/api/budget/lines/{id:int}", Staff),
        Api("POST", "/api/budget/projects/{id:int}/evidence", Staff),
        Api("DELETE", "/api/budget/evidence/{id:long}", Staff),
        Api("GET", "/api/proposals/", Everyone),
        Api("GET", "/api/proposals/similar", Everyone),
        Api("GET", "/api/proposals/track/{code}", Everyone),
        Api("POST", "/api/proposals/", Everyone),
        Api("POST", "/api/proposals/{id:int}/supports", Everyone),
        Api("POST", "/api/proposals/{id:int}/triage", Triagers),
        Api("GET", "/api/3/action/{action}", Everyone),
        Api("GET", "/api/action/{action}", Everyone),
        Api("GET", "/catalog/{slug}/versions/{number:int}/download", Everyone),
        Api("GET", "/catalog.{format}", Everyone),
        Api("GET", "/catalog/{slug}.{format}", Everyone),
        Api("POST", "/api/catalog/datasets/{slug}/versions", DatasetEditors),
        Api("PUT", "/api/catalog/datasets/{slug}", DatasetEditors),
        Api("POST", "/api/catalog/import", CatalogImporters),
        Api("GET", "/api/kpis", People),
        Api("POST", "/api/kpis/{code}/measurements", KpiReporters),
        Api("POST", "/api/admin/data-subject", Admins),
        Api("POST", "/api/reviews/", ReviewManagers),
        Api("POST", "/api/reviews/{id:int}/present", Presenters),
        Api("POST", "/api/reviews/{id:int}/decisions", Presenters),
        Api("POST", "/api/reviews/{id:int}/screens/{slug}/follow", Presenters),
        Api("POST", "/api/reviews/{id:int}/end", Presenters),
        Api("GET", "/api/reviews/{id:int}/minutes.csv", People),
        Api("POST", "/api/reviews/actions/{actionId:int}/progress", Staff),
        Api("GET", "/api/national/rollup", NationalOffice),
        Api("GET", "/api/national/provinces.geojson", NationalOffice),
        Api("POST", "/national/open", NationalOffice),

        new(Surface.Hub, "NEGOTIATE", "/_blazor", Everyone),
        new(Surface.Hub, "NEGOTIATE", "/hubs/ops", Viewers),
        new(Surface.Hub, "CatchUp", "/hubs/ops", Viewers),
    ];

    public static int CellCount => Entries.Count * Callers.Count;

    private static Permission Page(string route, string[] allowed) => new(Surface.Page, "GET", route, allowed);

    private static Permission Api(string method, string route, string[] allowed) => new(Surface.Endpoint, method, route, allowed);
}
