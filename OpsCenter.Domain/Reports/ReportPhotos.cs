using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

public readonly record struct StoredPhoto(byte[] Data, string ContentType, DateTime CreatedAt);

/// <summary>
/// Serves report photos. A photo may show faces or number plates: it is personal data
/// (<see cref="ReportFieldClassification"/>), served to staff cleared for the report's personal fields, or through a
/// signed link handed to an Open311 partner app (media_url) while its report is not rejected.
/// </summary>
public sealed class ReportPhotos(IDbContextFactory<OpsDbContext> dbFactory, ReporterKeys keys)
{
    public async Task<StoredPhoto?> LoadAsync(long id, string? signature, Actor? staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var photo = await db.Set<ReportPhoto>().AsNoTracking().Where(p => p.Id == id)
            .Join(db.Set<CitizenReport>(), p => p.ReportId, r => r.Id, (p, r) => new { p.Data, p.ContentType, p.CreatedAt, r.ProvinceCode, r.OwnerAgencyId, r.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (photo is null)
        {
            return null;
        }

        var publicLink = photo.Status != ReportStatus.Rejected && await keys.IsPhotoSignatureAsync(id, signature, cancellationToken);
        var cleared = staff is not null && ReportFieldClassification.CanSee(ReportField.Photo, staff, photo.ProvinceCode, photo.OwnerAgencyId);
        return publicLink || cleared ? new StoredPhoto(photo.Data, photo.ContentType, photo.CreatedAt) : null;
    }

    /// <summary>The signed link of a photo, for those cleared to see it who cannot sign in (partner apps).</summary>
    public async Task<string> UrlAsync(long id, CancellationToken cancellationToken = default) =>
        $"/media/report-photos/{id}?sig={await keys.PhotoSignatureAsync(id, cancellationToken)}";
}
