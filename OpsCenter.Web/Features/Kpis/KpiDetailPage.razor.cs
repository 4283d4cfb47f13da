using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Web.Features.Kpis;

public sealed partial class KpiDetailPage
{
    private KpiDetail? detail;
    private bool notFound;
    private IReadOnlyList<KpiOwnerView> enterableOwners = [];

    [Parameter]
    public string Code { get; set; } = "";

    [Inject]
    private KpiBoardQuery Board { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        detail = await Board.DetailAsync(Code);
        notFound = detail is null;
        if (detail is null)
        {
            return;
        }

        // Staff enter their own agency's part (the lead alone for a lead-reported KPI); an administrator may enter any.
        var user = (await AuthenticationState).User;
        var agency = OpsClaims.AgencyOf(user);
        var admin = user.IsInRole(OpsRoles.Admin);
        enterableOwners = detail.Card.Owners
            .Where(o => detail.Card.Kpi.Aggregation != KpiAggregation.LeadValue || o.Owner.IsLead)
            .Where(o => admin || o.Owner.AgencyId == agency)
            .ToList();
    }
}
