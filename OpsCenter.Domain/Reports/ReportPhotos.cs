using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports.Workflow;

namespace OpsCenter.Domain.Reports;

public readonly record struct StoredPhoto(byte[] Data, string ContentType, DateTime CreatedAt);

/// <summary>
/// Serves report photos. A photo may show faces or number plates, so it is served only through a signed link we
/// published (the tracking page, Open311 media_url) while its report is not rejected, or to staff of its province.
/// </summary>
public sealed class ReportPhotos(IDbContextFactory<OpsDbContext> dbFactory, ReporterKeys keys)
{
    public async Task<StoredPhoto?> LoadAsync(long id, string? signature, StaffActor? staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var photo = await db.Set<ReportPhoto>().AsNoTracking().Where(p => p.Id == id)
            .Join(db.Set<CitizenReport>(), p => p.ReportId, r => r.Id, (p, r) => new { p.Data, p.ContentType, p.CreatedAt, r.ProvinceCode, r.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (photo is null)
        {
            return null;
        }

        var publicLink = photo.Status != ReportStatus.Rejected && await keys.IsPhotoSignatureAsync(id, signature, cancellationToken);
        var staffOfProvince = staff is not null && ReportPermissions.CanView(staff, photo.ProvinceCode);
        return publicLink || staffOfProvince ? new StoredPhoto(photo.Data, photo.ContentType, photo.CreatedAt) : null;
    }

    /// <summary>The public link of a photo.</summary>
    public async Task<string> UrlAsync(long id, CancellationToken cancellationToken = default) =>
        $"/media/report-photos/{id}?sig={await keys.PhotoSignatureAsync(id, cancellationToken)}";
}
