using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Catalog;

public sealed partial class DatasetPage
{
    private DatasetDetail? detail;
    private TableProfile? preview;
    private double? onTime;
    private bool notFound;
    private bool canSeeContent;
    private bool canUpload;

    [Parameter]
    public string Slug { get; set; } = "";

    [Inject]
    private CatalogQuery Catalog { get; set; } = default!;

    [Inject]
    private DatasetUploadService Uploads { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        detail = await Catalog.DetailAsync(Slug);
        notFound = detail is null;
        if (detail is null)
        {
            return;
        }

        var viewer = ActorClaims.ToActor(AuthenticationState is null ? null : (await AuthenticationState).User);
        canSeeContent = CatalogPolicy.CanSeeContent(detail.Dataset, viewer);
        canUpload = CatalogPolicy.CanUpload(detail.Dataset.OwnerAgencyId, viewer);
        onTime = FreshnessHistory.OnTimeShare(detail.History);
        preview = canSeeContent && detail.Versions.FirstOrDefault(v => v.HasContent) is { } latest ? await Uploads.PreviewAsync(latest) : null;
    }
}
