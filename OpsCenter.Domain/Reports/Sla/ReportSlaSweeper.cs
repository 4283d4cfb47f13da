using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Sla;

public sealed record SweepResult(int Overdue, int EscalatedToDeputy, int ExpiredKeys);

/// <summary>
/// Finds reports that passed their due time and escalates them: first to the district chief (the report is overdue),
/// then, past <see cref="ReportsOptions.DeputyGovernorAfterHours"/>, to a deputy governor. Each step is a timeline entry
/// and an event. Safe with several app instances: a report's escalation level is a concurrency token.
/// </summary>
public sealed class ReportSlaSweeper(
    IDbContextFactory<OpsDbContext> dbFactory,
    IOpsEventBus bus,
    ReportReferenceData reference,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    ILogger<ReportSlaSweeper> logger)
{
    private const int BatchSize = 200;
    private const int MaxBatches = 100;

    public async Task<SweepResult> SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var policy = options.Value.Escalation;
        var deputyDueBefore = now - policy.DeputyGovernorAfter;
        int overdue = 0, deputy = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var due = DueIds(db, now, deputyDueBefore);
            var reports = await db.Set<CitizenReport>().Where(r => due.Contains(r.Id)).OrderBy(r => r.DueAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
            if (reports.Count == 0)
            {
                break;
            }

            foreach (var report in reports)
            {
                var setup = await reference.ProvinceAsync(report.ProvinceCode, cancellationToken);
                foreach (var step in ReportSla.StepsDue(report.Status, report.DueAt, report.EscalationLevel, now, policy))
                {
                    Escalate(db, report, step, setup, now);
                    if (step == EscalationLevel.DistrictChief)
                    {
                        overdue++;
                    }
                    else
                    {
                        deputy++;
                    }
                }
            }

            try
            {
                await db.SaveAndPublishAsync(bus, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance or a staff action changed some of these; the next batch reads them afresh.
                logger.LogInformation("SLA sweep batch lost a race; retrying with fresh rows");
            }
        }

        var expired = await DeleteExpiredKeysAsync(now, cancellationToken);
        return new SweepResult(overdue, deputy, expired);
    }

    /// <summary>
    /// A batch of reports with an escalation step due, most overdue first, as ids from the escalation-due index alone
    /// (statuses and levels as constants, so every plan, generic ones included, can prove its predicate).
    /// </summary>
    internal static IQueryable<long> DueIds(OpsDbContext db, DateTime now, DateTime deputyDueBefore) =>
        db.Set<CitizenReport>()
            .WhereOpen()
            .Where(r => r.DueAt <= now &&
                        (r.EscalationLevel == EscalationLevel.None || (r.EscalationLevel == EscalationLevel.DistrictChief && r.DueAt <= deputyDueBefore)))
            .OrderBy(r => r.DueAt).ThenBy(r => r.EscalationLevel).ThenBy(r => r.Id)
            .Take(BatchSize)
            .Select(r => r.Id);

    private static void Escalate(OpsDbContext db, CitizenReport report, EscalationLevel step, ProvinceReportSetup? setup, DateTime now)
    {
        report.EscalationLevel = step;
        var id = report.Id.ToString(CultureInfo.InvariantCulture);
        var districtOffice = report.DistrictCode is { } district && setup?.DistrictOffices.TryGetValue(district, out var office) == true ? office : (int?)null;
        var entry = new ReportTimelineEntry
        {
            ReportId = report.Id,
            At = now,
            Status = report.Status,
            ActorName = "ระบบ / System",
        };
        if (step == EscalationLevel.DistrictChief)
        {
            var name = setup?.Agency(districtOffice);
            entry.Kind = TimelineKind.Overdue;
            entry.AgencyId = districtOffice;
            entry.Note = $"เกินกำหนด แจ้ง{name?.NameTh ?? "นายอำเภอ"}เพื่อเร่งรัด / Overdue; escalated to the district chief ({name?.NameEn ?? "district office"})";
            db.Record(new OpsEvent(ReportEvents.Overdue, report.ProvinceCode, id, now));
        }
        else
        {
            entry.Kind = TimelineKind.Escalated;
            entry.AgencyId = setup?.CentralQueueAgencyId;
            entry.Note = "เกินกำหนดนาน ส่งเรื่องถึงรองผู้ว่าราชการจังหวัด / Long overdue; escalated to the deputy governor";
        }

        db.Add(entry);
        db.Record(new OpsEvent(ReportEvents.Escalated, report.ProvinceCode, id, now));
    }

    private async Task<int> DeleteExpiredKeysAsync(DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IdempotencyRecord>().Where(k => k.ExpiresAt < now).ExecuteDeleteAsync(ct);
    }
}
