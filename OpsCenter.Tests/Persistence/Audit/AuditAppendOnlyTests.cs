using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Persistence.Migrations;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Audit;

public sealed class AuditAppendOnlyTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEntries_CannotBeUpdatedOrDeleted_ByTheAppsOwnConnection(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
        }

        var log = new AuditLog(DbContexts.FactoryFor(database), TestClock.Provider);
        await log.AppendAsync(new AuditActor("u1", "official"), AuditActions.ReporterContactRead, "citizen_report", "42", "19");

        await using (var db = DbContexts.For(database))
        {
            var update = await Assert.ThrowsAnyAsync<Exception>(() =>
                db.Set<AuditEntry>().ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "someone-else")));
            Assert.Contains(AuditAppendOnly.Message, update.ToString(), StringComparison.Ordinal);

            var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Set<AuditEntry>().ExecuteDeleteAsync());
            Assert.Contains(AuditAppendOnly.Message, delete.ToString(), StringComparison.Ordinal);

            // Through change tracking too, the way application code would try it.
            var entry = await db.Set<AuditEntry>().SingleAsync();
            db.Remove(entry);
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

            if (provider == DatabaseProvider.Postgres)
            {
                var truncate = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries"));
                Assert.Contains(AuditAppendOnly.Message, truncate.ToString(), StringComparison.Ordinal);
            }
        }

        var kept = await log.ForSubjectAsync("citizen_report", "42");
        Assert.Equal("official", Assert.Single(kept).UserName);
        await log.AppendAsync(new AuditActor("u1", "official"), AuditActions.ReportsExported, "report_queue", "19", "19");
        Assert.Equal(2, (await new AuditQuery(DbContexts.FactoryFor(database)).FindAsync("19", new AuditFilter("official", null, null, null), new PageRequest())).Total);
    }
}
