using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Workflow;

/// <summary>A staff action: what to do, to whom it goes and why.</summary>
public sealed record WorkRequest(ReportAction Action, string? Note = null, int? AgencyId = null, string? AssigneeUserId = null, string? AssigneeName = null, long? DuplicateOfId = null);

/// <summary>Every change after intake: take, assign, forward, work, resolve, reject, merge, reopen. Each keeps a timeline entry and publishes one event.</summary>
public sealed class ReportWorkflowService(
    IDbContextFactory<OpsDbContext> dbFactory,
    IOpsEventBus bus,
    ReportReferenceData reference,
    ReporterKeys keys,
    IOptions<ReportsOptions> options,
    TimeProvider time)
{
    public async Task<FieldError?> ApplyAsync(long reportId, WorkRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(reportId, request, actor, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // The SLA sweep escalated the report meanwhile; apply the action to the fresh row.
            }
        }
    }

    /// <summary>
    /// The staff API's entry: finds the report, agency and merge target by the names an outside system knows, then
    /// applies the action exactly as the pages do.
    /// </summary>
    public async Task<StaffCommandResult> ApplyAsync(string trackingNumber, StaffCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!StaffCommand.Actions.TryGetValue(command.Action, out var action))
        {
            return new(StaffCommandOutcome.UnknownAction, new FieldError("action", "ไม่รู้จักคำสั่งนี้", "Unknown action"));
        }

        long reportId;
        int? agencyId = null;
        long? targetId = null;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var report = await db.Set<CitizenReport>().AsNoTracking().Where(r => r.TrackingNumber == trackingNumber)
                .Select(r => new { r.Id, r.ProvinceCode, r.OwnerAgencyId }).FirstOrDefaultAsync(cancellationToken);
            // Another province's report is not there at all for this caller.
            if (report is null || report.ProvinceCode != actor.ProvinceCode)
            {
                return new(StaffCommandOutcome.NotFound, new FieldError("trackingNumber", "ไม่พบเลขติดตามนี้", "No report has this tracking number"));
            }

            if (!ReportPolicy.CanWork(actor, report.ProvinceCode, report.OwnerAgencyId))
            {
                return new(StaffCommandOutcome.Forbidden, new FieldError("trackingNumber", "คุณไม่มีสิทธิ์ดำเนินการกับเรื่องนี้", "You may not act on this report"));
            }

            reportId = report.Id;
            if (command.Agency is { Length: > 0 } agency)
            {
                var setup = await reference.ProvinceAsync(report.ProvinceCode, cancellationToken);
                agencyId = int.TryParse(agency, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
                    : setup?.Agencies.Values.FirstOrDefault(a => string.Equals(a.Code, agency, StringComparison.OrdinalIgnoreCase))?.Id ?? -1;
            }

            if (command.Target is { Length: > 0 } target)
            {
                targetId = await db.Set<CitizenReport>().Where(r => r.TrackingNumber == target.Trim().ToUpperInvariant() && r.ProvinceCode == report.ProvinceCode)
                    .Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken) ?? -1;
            }
        }

        var error = await ApplyAsync(reportId, new WorkRequest(action, command.Note, agencyId, DuplicateOfId: targetId), actor, cancellationToken);
        if (error is not null)
        {
            return new(StaffCommandOutcome.Invalid, error);
        }

        await using var after = await dbFactory.CreateDbContextAsync(cancellationToken);
        var status = await after.Set<CitizenReport>().Where(r => r.Id == reportId).Select(r => r.Status).FirstAsync(cancellationToken);
        return new(StaffCommandOutcome.Done, null, status);
    }

    /// <summary>Assigns many reports to one agency; returns how many changed. Reports the actor may not work on are skipped.</summary>
    public async Task<int> BulkAssignAsync(IReadOnlyCollection<long> reportIds, int agencyId, Actor actor, CancellationToken cancellationToken = default)
    {
        var changed = 0;
        foreach (var id in reportIds.Distinct())
        {
            if (await ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: agencyId), actor, cancellationToken) is null)
            {
                changed++;
            }
        }

        return changed;
    }

    /// <summary>An internal note: kept in the timeline for staff, never shown on the public tracking page.</summary>
    public async Task<FieldError?> AddNoteAsync(long reportId, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Length > 2000 || !Intake.SubmissionRules.IsStorableText(note))
        {
            return new FieldError("note", "กรุณาเขียนบันทึก (ไม่เกิน 2,000 ตัวอักษร)", "Write a note of at most 2,000 characters");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Set<CitizenReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null || !ReportPolicy.CanWork(actor, report.ProvinceCode, report.OwnerAgencyId))
        {
            return new FieldError("id", "คุณไม่มีสิทธิ์ดำเนินการกับเรื่องนี้", "You may not act on this report");
        }

        var entry = Entry(report, TimelineKind.Note, report.OwnerAgencyId, actor, note.Trim(), time.GetUtcNow().UtcDateTime);
        entry.IsPublic = false;
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The reporter reopens a resolved report with the key they were given, within the configured window.</summary>
    public async Task<FieldError?> ReopenByReporterAsync(string trackingNumber, string? reporterKey, string? reason, CancellationToken cancellationToken = default)
    {
        if (!await keys.IsReporterKeyAsync(trackingNumber, reporterKey, cancellationToken))
        {
            return new FieldError("key", "รหัสผู้แจ้งไม่ถูกต้อง", "The reporter key is not valid");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Set<CitizenReport>().FirstOrDefaultAsync(r => r.TrackingNumber == trackingNumber, cancellationToken);
        if (report is null)
        {
            return new FieldError("trackingNumber", "ไม่พบเลขติดตามนี้", "No report has this tracking number");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!ReportWorkflow.CanReopen(report.Status, report.ResolvedAt, now, options.Value.ReopenWindow))
        {
            return new FieldError("status", $"เปิดเรื่องใหม่ได้เฉพาะเรื่องที่เสร็จสิ้นไม่เกิน {options.Value.ReopenWindowDays} วัน",
                $"Only a report resolved in the last {options.Value.ReopenWindowDays} days can be reopened");
        }

        var reporter = Actor.Citizen(report.ProvinceCode);
        return await ApplyToAsync(db, report, new WorkRequest(ReportAction.Reopen, reason), reporter, now, cancellationToken);
    }

    private async Task<FieldError?> ApplyOnceAsync(long reportId, WorkRequest request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await db.Set<CitizenReport>().FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return new FieldError("id", "ไม่พบเรื่องนี้", "No such report");
        }

        if (!ReportPolicy.CanWork(actor, report.ProvinceCode, report.OwnerAgencyId))
        {
            return new FieldError("id", "คุณไม่มีสิทธิ์ดำเนินการกับเรื่องนี้", "You may not act on this report");
        }

        return await ApplyToAsync(db, report, request, actor, time.GetUtcNow().UtcDateTime, ct);
    }

    private async Task<FieldError?> ApplyToAsync(OpsDbContext db, CitizenReport report, WorkRequest request, Actor actor, DateTime now, CancellationToken ct)
    {
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is not null && (note.Length > 2000 || !Intake.SubmissionRules.IsStorableText(note)))
        {
            return new FieldError("note", "บันทึกยาวเกินไปหรือมีอักขระที่ไม่อนุญาต", "The note is too long or has characters that are not allowed");
        }

        if (ReportWorkflow.Check(report.Status, request.Action, note, request.AgencyId, request.DuplicateOfId) is { } error)
        {
            return error;
        }

        var setup = await reference.ProvinceAsync(report.ProvinceCode, ct);
        if (request.AgencyId is { } agencyId && setup?.Agency(agencyId) is null)
        {
            return new FieldError("agency", "ไม่พบหน่วยงานนี้ในจังหวัด", "No such agency in this province");
        }

        CitizenReport? primary = null;
        if (request.Action == ReportAction.MarkDuplicate)
        {
            primary = await db.Set<CitizenReport>().FirstOrDefaultAsync(r => r.Id == request.DuplicateOfId, ct);
            if (primary is null || primary.Id == report.Id || primary.ProvinceCode != report.ProvinceCode || primary.Status == ReportStatus.Duplicate)
            {
                return new FieldError("duplicateOf", "เรื่องหลักต้องเป็นเรื่องอื่นในจังหวัดเดียวกันที่ไม่ใช่เรื่องซ้ำ", "The primary report must be another, non-duplicate report of the province");
            }
        }

        var kind = ReportWorkflow.TimelineKindOf(request.Action);
        Change(report, request, actor, note, now);
        db.Add(Entry(report, kind, request.AgencyId ?? report.OwnerAgencyId, actor, note, now));
        var subject = report.Id;
        if (primary is not null)
        {
            primary.ReporterCount += report.ReporterCount;
            primary.UpdatedAt = now;
            report.DuplicateOfId = primary.Id;
            // The count line is the system's wording in both languages (each reader sees their half); the person who
            // merged is on the duplicate's own step.
            var count = Entry(primary, TimelineKind.Merged, primary.OwnerAgencyId, actor,
                $"รวมเรื่อง {report.TrackingNumber} เข้ามา ผู้แจ้งรวม {primary.ReporterCount} คน / Merged {report.TrackingNumber}; {primary.ReporterCount} citizens reported this", now);
            count.ActorUserId = null;
            db.Add(count);
            subject = primary.Id;
        }

        db.Record(new OpsEvent(ReportWorkflow.EventOf(request.Action), report.ProvinceCode, subject.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(bus, ct);
        return null;
    }

    private void Change(CitizenReport report, WorkRequest request, Actor actor, string? note, DateTime now)
    {
        report.Status = ReportWorkflow.TargetOf(request.Action);
        report.UpdatedAt = now;
        switch (request.Action)
        {
            case ReportAction.Take:
                report.AssignedUserId = actor.UserId;
                report.AssignedUserName = actor.Name;
                break;
            case ReportAction.Assign:
            case ReportAction.Forward:
                if (request.AgencyId != report.OwnerAgencyId)
                {
                    report.AssignedUserId = null;
                    report.AssignedUserName = null;
                }

                report.OwnerAgencyId = request.AgencyId;
                if (request.AssigneeUserId is not null)
                {
                    report.AssignedUserId = request.AssigneeUserId;
                    report.AssignedUserName = request.AssigneeName;
                }

                break;
            case ReportAction.Resolve:
            case ReportAction.Reject:
            case ReportAction.MarkDuplicate:
                report.ResolvedAt = now;
                report.StatusNote = note;
                break;
            case ReportAction.Reopen:
                report.ResolvedAt = null;
                report.ReopenCount++;
                report.EscalationLevel = EscalationLevel.None;
                report.StatusNote = note;
                var sla = (report.DueAt - report.ReceivedAt)?.TotalHours ?? 72;
                report.DueAt = ReportSla.DueAt(now, (int)Math.Round(sla));
                break;
        }
    }

    private static ReportTimelineEntry Entry(CitizenReport report, TimelineKind kind, int? agencyId, Actor actor, string? note, DateTime now) => new()
    {
        ReportId = report.Id,
        At = now,
        Kind = kind,
        Status = report.Status,
        AgencyId = agencyId,
        ActorUserId = string.IsNullOrEmpty(actor.UserId) ? null : actor.UserId,
        ActorName = actor.Name,
        Note = note,
    };
}
