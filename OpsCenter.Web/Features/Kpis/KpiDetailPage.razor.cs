using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Kpis;

public sealed partial class KpiDetailPage
{
    private KpiDetail? detail;
    private DatasetFreshness? source;
    private bool notFound;
    private IReadOnlyList<KpiOwnerView> enterableOwners = [];

    [Parameter]
    public string Code { get; set; } = "";

    [Inject]
    private KpiBoardQuery Board { get; set; } = default!;

    [Inject]
    private CatalogQuery Catalog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    /// <summary>The joint figure once every part is in; before that the reported parts' figure, marked partial.</summary>
    private string JointValue => detail!.Joint switch
    {
        { Value: { } whole } => KpiText.Value(whole, KpiText.Unit(detail.Card.Kpi)),
        { Partial: { } partial } => KpiText.Value(partial, KpiText.Unit(detail.Card.Kpi)) + T(" (บางส่วน)", " (partial)"),
        _ => "-",
    };

    private IEnumerable<string> Awaited => detail!.Card.Owners
        .Where(o => detail.Joint.Missing.Contains(o.Agency.Id))
        .Select(o => T(o.Agency.NameTh, o.Agency.NameEn));

    private async Task LoadAsync()
    {
        var actor = (await AuthenticationState).User.ToActor();
        detail = await Board.DetailAsync(Code, actor);
        notFound = detail is null;
        if (detail is null)
        {
            return;
        }

        source = detail.Card.Kpi.SourceDatasetId is { } sourceId ? await Catalog.SourceAsync(sourceId) : null;

        // Staff enter their own agency's part (the lead alone for a lead-reported KPI); an administrator may enter any.
        // Nobody enters a computed KPI.
        enterableOwners = detail.Card.Kpi.IsComputed ? [] : detail.Card.Owners
            .Where(o => detail.Card.Kpi.Aggregation != KpiAggregation.LeadValue || o.Owner.IsLead)
            .Where(o => KpiPolicy.CanReportFor(actor, o.Owner.AgencyId))
            .ToList();
    }
}
