using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

public sealed record ContactView(string? Name, string? Phone, string? Email, DateTime ConsentAt, string ConsentSource, bool Masked);

/// <summary>The only way to read a reporter's contact: masked for anyone, in clear for the roles that call back, with an audit entry per reading.</summary>
public sealed class ReporterContacts(IDbContextFactory<OpsDbContext> dbFactory, IAuditLog audit)
{
    public async Task<ContactView?> MaskedAsync(long reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<ReporterContact>().AsNoTracking().FirstOrDefaultAsync(c => c.ReportId == reportId, cancellationToken);
        return contact is null ? null : Mask(contact);
    }

    /// <summary>The contact in clear, or null when there is none or the actor may not read it. Every reading is audited.</summary>
    public async Task<ContactView?> RevealAsync(long reportId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Set<CitizenReport>().AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new { r.ProvinceCode, r.OwnerAgencyId }).FirstOrDefaultAsync(cancellationToken);
        if (report is null || !ReportPolicy.CanReadContact(actor, report.ProvinceCode, report.OwnerAgencyId))
        {
            return null;
        }

        var contact = await db.Set<ReporterContact>().AsNoTracking().FirstOrDefaultAsync(c => c.ReportId == reportId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        audit.Add(db, actor.ForAudit, AuditActions.ReporterContactRead, "citizen_report", reportId.ToString(CultureInfo.InvariantCulture), report.ProvinceCode);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactView(contact.Name, contact.Phone, contact.Email, contact.ConsentAt, contact.ConsentSource, Masked: false);
    }

    public static ContactView Mask(ReporterContact c) =>
        new(ContactMask.Name(c.Name), ContactMask.Phone(c.Phone), ContactMask.Email(c.Email), c.ConsentAt, c.ConsentSource, Masked: true);
}
