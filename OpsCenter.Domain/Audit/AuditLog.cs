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
    void Add(OpsDbContext db, AuditActor actor, string action, string subjectType, string subjectId, string? provinceCode);

    Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default);
}

public sealed class AuditLog(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time) : IAuditLog
{
    public void Add(OpsDbContext db, AuditActor actor, string action, string subjectType, string subjectId, string? provinceCode) =>
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            ProvinceCode = provinceCode,
        });

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
    public static IServiceCollection AddAuditDomain(this IServiceCollection services) => services.AddSingleton<IAuditLog, AuditLog>();
}
