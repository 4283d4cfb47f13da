using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;

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

    [Inject]
    private IDbContextFactory<OpsDbContext> DbFactory { get; set; } = default!;

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

        var viewer = Viewer.From(AuthenticationState is null ? null : (await AuthenticationState).User);
        canSeeContent = DatasetAccess.CanSeeContent(detail.Dataset, viewer);
        canUpload = DatasetAccess.CanUpload(detail.Dataset.OwnerAgencyId, viewer);
        onTime = FreshnessHistory.OnTimeShare(detail.History);
        preview = canSeeContent && detail.Versions.FirstOrDefault(v => v.HasContent) is { } latest ? await PreviewAsync(latest) : null;
    }

    /// <summary>The first rows: a CSV needs only its first chunk; a workbook is read whole (it is compressed, so small).</summary>
    private async Task<TableProfile> PreviewAsync(DatasetVersion version)
    {
        using var content = new MemoryStream();
        if (version.Format == "CSV")
        {
            await using var db = await DbFactory.CreateDbContextAsync();
            var first = await db.Set<DatasetVersionChunk>().Where(c => c.VersionId == version.Id && c.Index == 0).Select(c => c.Bytes).FirstAsync();
            await content.WriteAsync(first);
            content.Position = 0;
            return CsvTableReader.Profile(content);
        }

        await Uploads.CopyContentAsync(version.Id, content);
        content.Position = 0;
        return XlsxTableReader.Profile(content);
    }
}
