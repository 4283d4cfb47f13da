using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Audit;

/// <summary>What the admin's audit viewer asks for; empty fields do not filter. Dates are whole UTC days, both ends included.</summary>
public sealed record AuditFilter(string? User = null, string? Action = null, DateOnly? From = null, DateOnly? To = null);

public sealed class AuditQuery(IDbContextFactory<OpsDbContext> dbFactory)
{
    /// <summary>The columns the log sorts by, named as <see cref="AuditEntry"/>'s properties; newest first when none is named.</summary>
    public static readonly SortColumns<AuditEntry> Columns = SortColumns<AuditEntry>.Create(nameof(AuditEntry.At), true, a => a.Id)
        .By(nameof(AuditEntry.At), a => a.Id)
        .By(nameof(AuditEntry.UserName), a => a.UserName)
        .By(nameof(AuditEntry.Action), a => a.Action)
        .By(nameof(AuditEntry.SubjectType), a => a.SubjectType);

    /// <summary>
    /// For the province's administrators: the entries about its records and people, and installation-wide runs such as
    /// retention, newest first. Nobody else reads the audit log.
    /// </summary>
    public async Task<Paged<AuditEntry>> FindAsync(Actor actor, AuditFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Columns.Check(page) is { } error ? Paged<AuditEntry>.Refused(error)
        : AuditPolicy.Rules.Admits(AuditPolicy.Read, actor) && actor.ProvinceCode is { } province ? await FindAsync(province, filter, page, cancellationToken)
        : Paged<AuditEntry>.Empty;

    internal async Task<Paged<AuditEntry>> FindAsync(string provinceCode, AuditFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode || a.ProvinceCode == null);
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            entries = entries.Where(a => a.UserName == user || a.UserId == user);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            entries = entries.Where(a => a.Action == filter.Action);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.At < end);
        }

        return await Columns.PageAsync(entries, page, a => a, cancellationToken);
    }
}
