using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Maps;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared;
using OpsCenter.Web.Shared.Maps;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Maps;

/// <summary>
/// The drill-down map: the province's districts at /map, a district's subdistricts at /map/{code}, and one subdistrict
/// in the side panel at /map/{code}?subdistrict={code}. Every choice lives in the URL (subdistrict, metric, category,
/// period, state, layer), so reloading or sharing the link reproduces the view.
/// </summary>
public partial class MapPage
{
    private MapView? view;
    private MapFilter filter = new();
    private MapState state = new();
    private IReadOnlyList<ReportCategory> categories = [];
    private bool staff;
    private bool notFound;
    private (string? District, MapFilter Filter)? loadedFor;
    private string? builtForLayer;
    private string? focusedFor;

    [Inject]
    private MapQuery Query { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private AreaBoundaries Boundaries { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private Microsoft.Extensions.Options.IOptions<Domain.Maps.MapsOptions> MapsOptions { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter]
    public string? DistrictCode { get; set; }

    [SupplyParameterFromQuery(Name = "subdistrict")]
    public string? Subdistrict { get; set; }

    [SupplyParameterFromQuery(Name = "metric")]
    public string? Metric { get; set; }

    [SupplyParameterFromQuery(Name = "category")]
    public string? Category { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [SupplyParameterFromQuery(Name = "state")]
    public string? State { get; set; }

    /// <summary>heat, points or none.</summary>
    [SupplyParameterFromQuery(Name = "layer")]
    public string? Layer { get; set; }

    private string ScopeName => view is null ? "" : T(view.Scope.NameTh, view.Scope.NameEn);

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        staff = ReportPolicy.Rules.Admits(ReportPolicy.Queue, user.ToActor());
        categories = (await Reference.CategoriesAsync()).Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    protected override async Task OnParametersSetAsync()
    {
        filter = MapFilter.Parse(Metric, Category, Period, State);
        var subdistrict = DistrictCode is null ? null : Subdistrict;
        if (view is not null && loadedFor == (DistrictCode, filter))
        {
            // A subdistrict clicked (or the layer switched) on the same map: the areas, heat and points stay as they
            // are; only the side panel is queried, and the map state is kept, so the map only moves its outline.
            if (focusedFor != subdistrict)
            {
                view = await Query.FocusAsync(view, subdistrict);
                focusedFor = subdistrict;
            }

            if (builtForLayer != Layer)
            {
                state = BuildState(view);
            }

            return;
        }

        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        var scope = DistrictCode ?? await CurrentProvince.CodeForAsync(user);
        var loaded = await Query.LoadAsync(scope, filter, subdistrict);
        notFound = loaded is null || (DistrictCode is not null && loaded.Scope.Level != Domain.Areas.AreaLevel.District);
        view = notFound ? null : loaded;
        loadedFor = (DistrictCode, filter);
        focusedFor = subdistrict;
        if (view is not null)
        {
            state = BuildState(view);
        }
    }

    private MapState BuildState(MapView current)
    {
        var (styles, legend) = MapMetricText.Choropleth(current.Areas, filter.Metric);
        builtForLayer = Layer;
        var layer = Layer ?? "heat";
        var max = current.Heat.Count == 0 ? 1 : current.Heat.Max(c => c.Count);
        return new MapState
        {
            // Shapes simplified to half a pixel one zoom deeper than the level is usually viewed at; never full detail.
            BoundariesUrl = $"/api/areas/{current.Scope.Code}/children.geojson?v={Boundaries.Version}&z={(current.Scope.Level == Domain.Areas.AreaLevel.Province ? 10 : 12)}",
            AreaStyles = styles,
            Legend = legend,
            Heat = layer == "heat" ? new HeatLayer(current.Heat.Select(c => new[] { c.Lat, c.Lon, c.Count }).ToList(), Max: Math.Max(1, max * 0.6)) : null,
            Markers = layer == "points"
                ? current.Points.Select(p => new MapMarker(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Lat, p.Lon, p.Open ? OpsTheme.Alarm : "#2e7d32", CategoryName(p.CategoryCode))).ToList()
                : null,
            Cluster = true,
            TileUrl = MapsOptions.Value.TileUrl,
            Attribution = MapsOptions.Value.TileAttribution,
            Language = IsThai ? "th" : "en",
            ShowLabels = true,
        };
    }

    private string CategoryName(string code) =>
        categories.FirstOrDefault(c => c.Code == code) is { } c ? T(c.NameTh, c.NameEn) : code;

    /// <summary>A district opens its subdistricts; a subdistrict goes into the side panel, or back out when clicked again.</summary>
    private void AreaClicked(string code)
    {
        if (view is null)
        {
            return;
        }

        Navigation.NavigateTo(view.Scope.Level == Domain.Areas.AreaLevel.Province
            ? Link(code)
            : Link(view.Scope.Code, view.Focus?.Code == code ? null : code));
    }

    private void PointClicked(string id)
    {
        var point = view?.Points.FirstOrDefault(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
        if (point is not null)
        {
            // Staff see the full report; everyone else the public tracking page, where personal data is masked.
            Navigation.NavigateTo(staff ? $"/reports/{point.Id}" : $"/track/{point.TrackingNumber}");
        }
    }

    private void Navigate((MapFilter Filter, string Layer) choice)
    {
        filter = choice.Filter;
        Layer = choice.Layer;
        Navigation.NavigateTo(view?.Scope.Level == Domain.Areas.AreaLevel.District ? Link(view.Scope.Code, view.Focus?.Code) : Link(null));
    }

    private string Link(string? district, string? subdistrict = null) => MapLinks.For(district, filter, Layer, subdistrict);
}
