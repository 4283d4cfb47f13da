using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>A citizen who asked to hear no more about their report; kept as the PDPA record of the withdrawal.</summary>
public sealed class NotificationOptOut
{
    public long ReportId { get; set; }

    public DateTime At { get; set; }

    /// <summary>How it was asked: "link" (the mail's one-click link) or "list-unsubscribe" (the mail client's button).</summary>
    public required string Source { get; set; }
}

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> builder)
    {
        builder.ToTable("notification_opt_outs");
        builder.HasKey(o => o.ReportId);
        builder.Property(o => o.ReportId).ValueGeneratedNever();
        builder.Property(o => o.Source).HasMaxLength(40);
    }
}

public enum UnsubscribeOutcome
{
    Done,
    AlreadyDone,
    Invalid,
}

/// <summary>
/// One-click unsubscribe for citizens: the link carries a token signed with the app's data-protection keys naming the
/// report, so it needs no sign-in and cannot be forged for somebody else's report.
/// </summary>
public sealed class CitizenUnsubscribe(IDataProtectionProvider protection, IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    private const string Prefix = "report:";

    private readonly IDataProtector _protector = protection.CreateProtector("OpsCenter.Notifications.Unsubscribe.v1");

    public string TokenFor(long reportId) => _protector.Protect(Prefix + reportId.ToString(CultureInfo.InvariantCulture));

    public long? ReportOf(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var value = _protector.Unprotect(token);
            return value.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(value.AsSpan(Prefix.Length), CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Records the withdrawal and cancels what was still waiting to go to that citizen.</summary>
    public async Task<UnsubscribeOutcome> UnsubscribeAsync(string? token, string source, CancellationToken ct = default)
    {
        if (ReportOf(token) is not { } reportId)
        {
            return UnsubscribeOutcome.Invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<NotificationOptOut>().AnyAsync(o => o.ReportId == reportId, ct))
        {
            return UnsubscribeOutcome.AlreadyDone;
        }

        db.Add(new NotificationOptOut { ReportId = reportId, At = time.GetUtcNow().UtcDateTime, Source = source });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the other one recorded it.
            return UnsubscribeOutcome.AlreadyDone;
        }

        await db.Set<Notification>().Where(n => n.CitizenReportId == reportId && n.Status == NotificationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Cancelled)
                .SetProperty(n => n.LastError, "ผู้รับยกเลิกการรับข่าวสาร / the recipient unsubscribed"), ct);
        return UnsubscribeOutcome.Done;
    }
}
