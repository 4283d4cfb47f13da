using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Identity;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Warehouse;

public sealed partial class ExplorePage
{
    private ExploreOutcome? outcome;

    [Parameter]
    public string Slug { get; set; } = "";

    /// <summary>Text, not a number: a mistyped version must read as "no such version", not fail the page.</summary>
    [SupplyParameterFromQuery(Name = "version")]
    public string? VersionNumber { get; set; }

    [SupplyParameterFromQuery(Name = "by")]
    public string? By { get; set; }

    [SupplyParameterFromQuery(Name = "then")]
    public string? Then { get; set; }

    [SupplyParameterFromQuery(Name = "measure")]
    public string? MeasureCode { get; set; }

    [SupplyParameterFromQuery(Name = "of")]
    public string? Of { get; set; }

    [SupplyParameterFromQuery(Name = "where")]
    public string? Where { get; set; }

    [SupplyParameterFromQuery(Name = "is")]
    public string? Is { get; set; }

    [SupplyParameterFromQuery(Name = "per")]
    public string? Per { get; set; }

    [SupplyParameterFromQuery(Name = "perversion")]
    public string? PerVersion { get; set; }

    [SupplyParameterFromQuery(Name = "perof")]
    public string? PerOf { get; set; }

    [Inject]
    private Explorer Explorer { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string Title => outcome?.Detail is { } d ? T(d.Dataset.TitleTh, d.Dataset.TitleEn ?? d.Dataset.TitleTh) : Slug;

    protected override async Task OnParametersSetAsync()
    {
        var viewer = ActorClaims.ToActor(AuthenticationState is null ? null : (await AuthenticationState).User);
        outcome = await Explorer.RunAsync(Slug, ExploreView.Parse(ExploreView.VersionOf(VersionNumber), By, Then, MeasureCode, Of, Where, Is).Joined(Per, PerVersion, PerOf), viewer);
    }

    /// <summary>This view with its version pinned, as a proposal or an evidence pack cites it.</summary>
    private string CitationUrl => outcome?.View is { } view && outcome.Version is { } version
        ? $"/catalog/{Uri.EscapeDataString(Slug)}/explore{(view with { Version = version.Number }).Query()}"
        : "";

    private void Navigate(ExploreView view) => Navigation.NavigateTo($"/catalog/{Uri.EscapeDataString(Slug)}/explore{view.Query()}");
}
