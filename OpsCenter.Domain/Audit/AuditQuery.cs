using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Audit;

/// <summary>What the admin's audit viewer asks for; empty fields do not filter. Dates are whole UTC days, both ends included.</summary>
public sealed record AuditFilter(string? User, string? Action, DateOnly? From, DateOnly? To, int Page = 1)
{
    public const int PageSize = 50;
}

public sealed record AuditResults(IReadOnlyList<AuditEntry> Entries, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
}

public sealed class AuditQuery(IDbContextFactory<OpsDbContext> dbFactory)
{
    /// <summary>
    /// For the province's administrators: the entries about its records and people, and installation-wide runs such as
    /// retention, newest first. Nobody else reads the audit log.
    /// </summary>
    public async Task<AuditResults> FindAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken = default) =>
        AuditPolicy.Rules.Admits(AuditPolicy.Read, actor) && actor.ProvinceCode is { } province
            ? await FindAsync(province, filter, cancellationToken)
            : new AuditResults([], 0, filter.Page);

    internal async Task<AuditResults> FindAsync(string provinceCode, AuditFilter filter, CancellationToken cancellationToken = default)
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

        var total = await entries.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + AuditFilter.PageSize - 1) / AuditFilter.PageSize));
        var rows = await entries.OrderByDescending(a => a.Id)
            .Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .ToListAsync(cancellationToken);
        return new AuditResults(rows, total, page);
    }
}
