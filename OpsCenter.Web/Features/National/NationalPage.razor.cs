using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.National;

namespace OpsCenter.Web.Features.National;

/// <summary>The national office's comparison; it reloads when any province records something.</summary>
public partial class NationalPage
{
    private IReadOnlyList<ProvinceRollup> provinces = [];
    private DateTime asOf;

    [Inject]
    private NationalRollupQuery Query { get; set; } = default!;

    /// <summary>A burst of reports anywhere reloads the comparison once; every few seconds is live enough for a comparison.</summary>
    protected override TimeSpan MinRenderInterval => TimeSpan.FromSeconds(5);

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        OnEvents(_ => true, _ => LoadAsync());
    }

    private async Task LoadAsync()
    {
        provinces = await Query.LoadAsync();
        asOf = Query.Now;
    }
}
