using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Audit;

/// <summary>Who is acting: a signed-in user's id and name.</summary>
public sealed record AuditActor(string? UserId, string UserName);

/// <summary>Writes audit entries. Only adds: nothing in the application updates or deletes them.</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry to <paramref name="db"/>'s unit of work, so it commits with whatever it describes.</summary>
    void Add(OpsDbContext db, AuditActor actor, string action, string subjectType, string subjectId, string? provinceCode, string? detail = null);

    /// <summary>Adds and commits an entry on its own, for reads and exports that change nothing else.</summary>
    Task AppendAsync(AuditActor actor, string action, string subjectType, string subjectId, string? provinceCode, string? detail = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default);
}

public sealed class AuditLog(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time) : IAuditLog
{
    public void Add(OpsDbContext db, AuditActor actor, string action, string subjectType, string subjectId, string? provinceCode, string? detail = null) =>
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            ProvinceCode = provinceCode,
            Detail = detail is { Length: > 400 } ? detail[..400] : detail,
        });

    public async Task AppendAsync(AuditActor actor, string action, string subjectType, string subjectId, string? provinceCode, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Add(db, actor, action, subjectType, subjectId, provinceCode, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.SubjectType == subjectType && a.SubjectId == subjectId)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }
}

public static class AuditDomainServices
{
    public static IServiceCollection AddAuditDomain(this IServiceCollection services) => services.AddSingleton<IAuditLog, AuditLog>().AddSingleton<AuditQuery>();
}
