using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Catalog;

public sealed partial class CatalogPage
{
    private IReadOnlyDictionary<FreshnessState, int> counts = new Dictionary<FreshnessState, int>();
    private CatalogFilter filter = new();
    private IReadOnlyList<Agency> owners = [];
    private string? text;
    private int? agencyId;
    private FreshnessState? freshness;
    private DataClassification? classification;
    private string provinceCode = "";
    private bool ready;

    [Inject]
    private CatalogQuery Catalog { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Scorecards link here with ?agency= and ?freshness= to show one agency's overdue datasets.</summary>
    // Read as text: a value that is not a number (?agency=abc) would otherwise fail the whole page.
    [SupplyParameterFromQuery(Name = "agency")]
    public string? AgencyQueryText { get; set; }

    public int? AgencyQuery
    {
        get => Shared.QueryValues.Int(AgencyQueryText);
        set => AgencyQueryText = value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [SupplyParameterFromQuery(Name = "freshness")]
    public string? FreshnessQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        provinceCode = await CurrentProvince.CodeForAsync(user);
        agencyId = AgencyQuery;
        freshness = Enum.TryParse<FreshnessState>(FreshnessQuery, true, out var state) ? state : null;
        owners = await Catalog.OwnersAsync(provinceCode);
        counts = await Catalog.FreshnessCountsAsync(provinceCode);
        Apply();
        ready = true;
    }

    private int Count(FreshnessState state) => counts.GetValueOrDefault(state);

    /// <summary>A new filter record: the grid sees it differ from the one it showed and reads its first page again.</summary>
    private void Apply() => filter = new CatalogFilter(text, agencyId, freshness, classification);

    private Task<Paged<CatalogRow>> LoadAsync(CatalogFilter shown, PageRequest page, CancellationToken cancellationToken) =>
        Catalog.PageAsync(provinceCode, shown, page, cancellationToken);
}
