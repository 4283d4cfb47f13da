using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

public sealed record DataSubjectReport(
    string TrackingNumber, string ProvinceCode, string Kind, string Category, string Description, string? Address, string Status,
    DateTime ReceivedAt, DateTime? ResolvedAt, string? Name, string? Phone, string? Email, DateTime ConsentAt, string ConsentSource);

public sealed record DataSubjectData(string? Phone, string? Email, DateTime ExportedAt, IReadOnlyList<DataSubjectReport> Reports);

/// <summary>
/// Everything held about one person, found by the phone number or e-mail they gave (PDPA section 30, the right of
/// access). Only an admin runs it, for the reports their own province holds, and every run is audited with the number
/// of records, never the identifiers.
/// </summary>
public sealed class DataSubjectExport(IDbContextFactory<OpsDbContext> dbFactory, IAuditLog audit, TimeProvider time)
{
    public static string Digits(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("66", StringComparison.Ordinal) && digits.Length == 11 ? "0" + digits[2..] : digits;
    }

    public async Task<DataSubjectData> ExportAsync(string? phone, string? email, AuditActor actor, string provinceCode, CancellationToken cancellationToken = default)
    {
        var wantedPhone = Digits(phone);
        var wantedEmail = email?.Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contacts = db.Set<ReporterContact>().AsNoTracking();
        var candidates = new List<ReporterContact>();
        if (wantedPhone.Length >= 9)
        {
            var tail = wantedPhone[^4..];
            candidates.AddRange((await contacts.Where(c => c.Phone != null && c.Phone.Contains(tail)).ToListAsync(cancellationToken))
                .Where(c => Digits(c.Phone) == wantedPhone));
        }

        if (!string.IsNullOrEmpty(wantedEmail))
        {
            // Case-insensitive on both providers: narrow by length in SQL, compare in memory (exports are rare).
            candidates.AddRange((await contacts.Where(c => c.Email != null && c.Email.Length == wantedEmail.Length).ToListAsync(cancellationToken))
                .Where(c => string.Equals(c.Email, wantedEmail, StringComparison.OrdinalIgnoreCase)));
        }

        var byReport = candidates.DistinctBy(c => c.ReportId).ToDictionary(c => c.ReportId);
        var ids = byReport.Keys.ToList();
        var reports = await db.Set<CitizenReport>().AsNoTracking().Where(r => ids.Contains(r.Id) && r.ProvinceCode == provinceCode).OrderBy(r => r.ReceivedAt).ToListAsync(cancellationToken);
        var rows = reports.Select(r =>
        {
            var c = byReport[r.Id];
            return new DataSubjectReport(r.TrackingNumber, r.ProvinceCode, r.Kind.ToString(), r.CategoryCode, r.Description, r.Address, r.Status.ToString(),
                r.ReceivedAt, r.ResolvedAt, c.Name, c.Phone, c.Email, c.ConsentAt, c.ConsentSource);
        }).ToList();

        var what = string.Join('+', new[] { wantedPhone.Length > 0 ? "phone" : null, string.IsNullOrEmpty(wantedEmail) ? null : "email" }.OfType<string>());
        await audit.AppendAsync(actor, AuditActions.DataSubjectExported, "data_subject", what, provinceCode,
            string.Create(CultureInfo.InvariantCulture, $"{rows.Count} reports"), cancellationToken);
        return new DataSubjectData(phone, email, time.GetUtcNow().UtcDateTime, rows);
    }
}
