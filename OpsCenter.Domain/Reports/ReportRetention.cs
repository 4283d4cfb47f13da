using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// Anonymises closed reports past the retention period: the reporter's contact and photos are deleted, the address
/// cleared and contact details scrubbed from the description. What remains (category, place, dates, status) keeps
/// the statistics whole. Each batch is audited.
/// </summary>
public sealed class ReportRetention(IDbContextFactory<OpsDbContext> dbFactory, IAuditLog audit, TimeProvider time, IOptions<RetentionOptions> options)
{
    private const int BatchSize = 500;

    public static readonly AuditActor System = new(null, "system:retention");

    public async Task<int> AnonymiseDueAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Period;
        var total = 0;
        // Each batch goes on from the last one's id: no index finds "still has personal data", so the reports are read in
        // id order, and starting every batch from the first id again walked the same anonymised reports once per batch.
        var after = 0L;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var contacts = db.Set<ReporterContact>();
            var photos = db.Set<ReportPhoto>();
            var due = await db.Set<CitizenReport>()
                .Where(r => r.Id > after && RetentionRule.ClosedStatuses.Contains(r.Status) && (r.ResolvedAt ?? r.UpdatedAt) <= cutoff)
                .Where(r => r.Address != null || contacts.Any(c => c.ReportId == r.Id) || photos.Any(p => p.ReportId == r.Id))
                .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return total;
            }

            var ids = due.Select(r => r.Id).ToList();
            after = ids[^1];
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await contacts.Where(c => ids.Contains(c.ReportId)).ExecuteDeleteAsync(cancellationToken);
            await photos.Where(p => ids.Contains(p.ReportId)).ExecuteDeleteAsync(cancellationToken);
            foreach (var report in due)
            {
                report.Address = null;
                report.Description = RetentionRule.Scrub(report.Description);
            }

            audit.Add(db, System, AuditActions.ReportsAnonymised, "citizen_report", $"{ids[0]}-{ids[^1]}", null,
                string.Create(CultureInfo.InvariantCulture, $"{ids.Count} reports closed before {cutoff:yyyy-MM-dd}"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total += ids.Count;
        }
    }
}

/// <summary>Runs <see cref="ReportRetention"/> every <see cref="RetentionOptions.Interval"/>.</summary>
public sealed class ReportRetentionJob(ReportRetention retention, TimeProvider time, IOptions<RetentionOptions> options, ILogger<ReportRetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                var count = await retention.AnonymiseDueAsync(stoppingToken);
                logger.LogInformation("Retention: anonymised {Count} reports past the retention period", count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Retention run failed; it runs again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
