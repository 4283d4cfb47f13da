using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>An import run's full account (every rejected and flagged row) as CSV, for the stewards of a province the run touched.</summary>
public sealed class ImportRunAccounts(IDbContextFactory<OpsDbContext> dbFactory)
{
    /// <summary>The CSV bytes, or null when the run does not exist or belongs to another province.</summary>
    /// <summary>The latest import runs with their counts (not their rows), newest first, for the import page's history.</summary>
    public async Task<List<ReportImportRun>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ReportImportRun>().AsNoTracking().OrderByDescending(r => r.Id).Take(count)
            .Select(r => new ReportImportRun
            {
                Id = r.Id, ProvinceCode = r.ProvinceCode, Source = r.Source, FileName = r.FileName, StartedBy = r.StartedBy,
                StartedAt = r.StartedAt, Accepted = r.Accepted, Updated = r.Updated, Rejected = r.Rejected, Flagged = r.Flagged,
            })
            .ToListAsync(cancellationToken);
    }

    public async Task<byte[]?> CsvAsync(int runId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsIn(OpsRoles.DataSteward) && !actor.IsIn(OpsRoles.Admin))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.Set<ReportImportRun>().AsNoTracking()
            .Where(r => r.Id == runId && r.ProvinceCode == actor.ProvinceCode)
            .Select(r => new { r.RejectionsJson })
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : ImportAccount.Csv(ImportAccount.FromJson(json.RejectionsJson));
    }
}
