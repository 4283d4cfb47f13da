using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Budget;

/// <summary>A new project, from a page, an API call or a triaged citizen proposal.</summary>
public sealed record NewProject(
    string ProvinceCode,
    string Code,
    string NameTh,
    string? NameEn,
    string Sector,
    int OwnerAgencyId,
    IReadOnlyList<string> AreaCodes,
    int FiscalYear,
    BudgetSource Source,
    Money Requested,
    int? DevelopmentIssueId,
    string? Description);

/// <summary>
/// The one write path for projects: the pages and the APIs call these methods, which validate, save and publish one event
/// (see <see cref="BudgetEvents"/>) in the same unit of work.
/// </summary>
public sealed class ProjectService(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time, IEnumerable<IEvidenceTargets> evidenceTargets,
    IEnumerable<ICitedViews> citedViews)
{
    private static readonly CommandResult NoProject = CommandResult.Missing("projectId", "ไม่พบโครงการที่แก้ไขได้", "No project you may edit");

    public async Task<CommandResult> UpdateBudgetLineAsync(int lineId, Money requested, Money approved, Money disbursed, Actor actor, CancellationToken ct = default)
    {
        var errors = BudgetLineRules.Check(requested, approved, disbursed);
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var line = await db.Set<BudgetLine>().FirstOrDefaultAsync(l => l.Id == lineId, ct);
        var project = line is null ? null : await db.Set<Project>().FirstAsync(p => p.Id == line.ProjectId, ct);
        if (line is null || project is null || !BudgetPolicy.CanEdit(actor, project.ProvinceCode, project.OwnerAgencyId))
        {
            return CommandResult.Missing("lineId", "ไม่พบรายการงบประมาณที่แก้ไขได้", "No budget line you may edit");
        }

        var now = time.GetUtcNow().UtcDateTime;
        (line.Requested, line.Approved, line.Disbursed, line.UpdatedAt, project.UpdatedAt) = (requested, approved, disbursed, now, now);
        db.Record(new OpsEvent(BudgetEvents.LineChanged, project.ProvinceCode, project.Id.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(bus, ct);
        return CommandResult.Ok(line.Id);
    }

    public async Task<CommandResult> SetStatusAsync(int projectId, ProjectStatus status, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Set<Project>().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null || !BudgetPolicy.CanEdit(actor, project.ProvinceCode, project.OwnerAgencyId))
        {
            return NoProject;
        }

        var now = time.GetUtcNow().UtcDateTime;
        (project.Status, project.UpdatedAt) = (status, now);
        Record(db, BudgetEvents.ProjectChanged, project, now);
        await db.SaveAndPublishAsync(bus, ct);
        return CommandResult.Ok(project.Id);
    }

    public async Task<CommandResult> UpdateMilestoneAsync(int milestoneId, int progressPercent, Actor actor, CancellationToken ct = default)
    {
        if (progressPercent is < 0 or > 100)
        {
            return CommandResult.Fail("progressPercent", "ความคืบหน้าต้องอยู่ระหว่าง 0 ถึง 100", "Progress must be between 0 and 100");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var milestone = await db.Set<ProjectMilestone>().FirstOrDefaultAsync(m => m.Id == milestoneId, ct);
        var project = milestone is null ? null : await db.Set<Project>().FirstAsync(p => p.Id == milestone.ProjectId, ct);
        if (milestone is null || project is null || !BudgetPolicy.CanEdit(actor, project.ProvinceCode, project.OwnerAgencyId))
        {
            return CommandResult.Missing("milestoneId", "ไม่พบขั้นตอนงานที่แก้ไขได้", "No milestone you may edit");
        }

        var now = time.GetUtcNow().UtcDateTime;
        milestone.ProgressPercent = progressPercent;
        milestone.CompletedAt = progressPercent == 100 ? milestone.CompletedAt ?? now : null;
        milestone.UpdatedAt = project.UpdatedAt = now;
        Record(db, BudgetEvents.ProjectChanged, project, now);
        await db.SaveAndPublishAsync(bus, ct);
        return CommandResult.Ok(milestone.Id);
    }

    /// <summary>Links evidence to a project after checking the target exists in the project's province.</summary>
    public async Task<CommandResult> LinkEvidenceAsync(int projectId, EvidenceKind kind, string targetId, string? note, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Set<Project>().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null || !BudgetPolicy.CanEdit(actor, project.ProvinceCode, project.OwnerAgencyId))
        {
            return NoProject;
        }

        string? target;
        if (kind == EvidenceKind.ExplorerView)
        {
            var cited = citedViews.FirstOrDefault() is { } views ? await views.CheckAsync(targetId, project.ProvinceCode, actor, ct) : new CitedViewAnswer(null);
            if (cited.View is null)
            {
                return CommandResult.Fail("targetId", cited.ProblemTh ?? "ไม่พบมุมมองข้อมูลนี้", cited.ProblemEn ?? "No such view");
            }

            target = cited.View.Url;
        }
        else
        {
            target = await ResolveTargetAsync(db, project.ProvinceCode, kind, targetId.Trim(), ct);
        }

        if (target is null)
        {
            return CommandResult.Fail("targetId", "ไม่พบหลักฐานที่อ้างถึงในจังหวัดนี้", "The evidence referred to does not exist in this province");
        }

        if (await db.Set<EvidenceLink>().AnyAsync(e => e.ProjectId == projectId && e.Kind == kind && e.TargetId == target, ct))
        {
            return CommandResult.Fail("targetId", "เชื่อมโยงหลักฐานนี้ไว้แล้ว", "This evidence is already linked");
        }

        if (note is { Length: > 1000 })
        {
            return CommandResult.Fail("note", "หมายเหตุยาวเกิน 1,000 ตัวอักษร", "The note is longer than 1,000 characters");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var link = new EvidenceLink { ProjectId = projectId, Kind = kind, TargetId = target, Note = note, CreatedByUserId = actor.UserId, CreatedAt = now };
        db.Add(link);
        Record(db, BudgetEvents.EvidenceChanged, project, now);
        await db.SaveAndPublishAsync(bus, ct);
        return CommandResult.Ok(link.Id);
    }

    public async Task<CommandResult> UnlinkEvidenceAsync(long linkId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.Set<EvidenceLink>().FirstOrDefaultAsync(e => e.Id == linkId, ct);
        var project = link is null ? null : await db.Set<Project>().FirstAsync(p => p.Id == link.ProjectId, ct);
        if (link is null || project is null || !BudgetPolicy.CanEdit(actor, project.ProvinceCode, project.OwnerAgencyId))
        {
            return CommandResult.Missing("linkId", "ไม่พบการเชื่อมโยงที่แก้ไขได้", "No evidence link you may edit");
        }

        db.Remove(link);
        Record(db, BudgetEvents.EvidenceChanged, project, time.GetUtcNow().UtcDateTime);
        await db.SaveAndPublishAsync(bus, ct);
        return CommandResult.Ok(linkId);
    }

    internal static Project ToProject(NewProject input, int? actionPlanId, DateTime now) => new()
    {
        ProvinceCode = input.ProvinceCode,
        Code = input.Code.Trim(),
        NameTh = input.NameTh.Trim(),
        NameEn = input.NameEn,
        Sector = input.Sector,
        OwnerAgencyId = input.OwnerAgencyId,
        AreaCode = input.AreaCodes[0],
        ExtraAreas = input.AreaCodes.Skip(1).Distinct().Select(a => new ProjectArea { AreaCode = a }).ToList(),
        FiscalYear = input.FiscalYear,
        Status = ProjectStatus.Proposed,
        DevelopmentIssueId = input.DevelopmentIssueId,
        ActionPlanId = actionPlanId,
        Description = input.Description,
        CreatedAt = now,
        UpdatedAt = now,
        BudgetLines = [new BudgetLine { Source = input.Source, FiscalYear = input.FiscalYear, Requested = input.Requested, UpdatedAt = now }],
    };

    internal static async Task<List<FieldError>> ValidateNewAsync(OpsDbContext db, NewProject input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Code) || input.Code.Trim().Length > 40)
        {
            errors.Add(new FieldError("code", "รหัสโครงการต้องมี 1–40 ตัวอักษร", "The project code must have 1–40 characters"));
        }
        else if (await db.Set<Project>().AnyAsync(p => p.Code == input.Code.Trim(), ct))
        {
            errors.Add(new FieldError("code", "รหัสโครงการนี้มีอยู่แล้ว", "This project code is already used"));
        }

        if (string.IsNullOrWhiteSpace(input.NameTh) || input.NameTh.Length > 500)
        {
            errors.Add(new FieldError("nameTh", "ชื่อโครงการต้องมี 1–500 ตัวอักษร", "The project name must have 1–500 characters"));
        }

        if (Sectors.Find(input.Sector) is null)
        {
            errors.Add(new FieldError("sector", "ไม่รู้จักด้านนี้", "Unknown sector"));
        }

        if (!await db.Set<Agencies.Agency>().AnyAsync(a => a.Id == input.OwnerAgencyId && a.ProvinceCode == input.ProvinceCode, ct))
        {
            errors.Add(new FieldError("ownerAgencyId", "ไม่พบหน่วยงานในจังหวัดนี้", "No such agency in this province"));
        }

        var areaCount = input.AreaCodes.Count == 0 ? -1 : await db.Set<Area>().CountAsync(a => input.AreaCodes.Contains(a.Code) && a.ProvinceCode == input.ProvinceCode, ct);
        if (areaCount != input.AreaCodes.Distinct().Count())
        {
            errors.Add(new FieldError("areaCodes", "ต้องระบุพื้นที่ในจังหวัดนี้อย่างน้อยหนึ่งแห่ง", "Give at least one area of this province"));
        }

        if (input.FiscalYear is < Import.ProjectImportValidator.MinFiscalYear or > Import.ProjectImportValidator.MaxFiscalYear)
        {
            errors.Add(new FieldError("fiscalYear", "ปีงบประมาณต้องเป็น พ.ศ.", "The fiscal year must be in the Buddhist era"));
        }

        if (input.Requested.IsNegative)
        {
            errors.Add(new FieldError("requested", "จำนวนเงินติดลบ", "The amount is negative"));
        }

        return errors;
    }

    internal static Task<int?> ActionPlanIdAsync(OpsDbContext db, string provinceCode, int fiscalYear, CancellationToken ct) =>
        db.Set<ActionPlan>().Where(a => a.ProvinceCode == provinceCode && a.FiscalYear == fiscalYear).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);

    private async Task<string?> ResolveTargetAsync(OpsDbContext db, string provinceCode, EvidenceKind kind, string targetId, CancellationToken ct)
    {
        // Staff paste either an id or what people know the thing by: a tracking number, a slug, a KPI code.
        var number = long.TryParse(targetId, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var upper = targetId.ToUpperInvariant();
        long? found = kind switch
        {
            EvidenceKind.Report => await db.Set<CitizenReport>().AsNoTracking()
                .Where(r => r.ProvinceCode == provinceCode && (r.TrackingNumber == upper || r.Id == number))
                .Select(r => (long?)r.Id).FirstOrDefaultAsync(ct),
            EvidenceKind.Kpi => await db.Set<Kpi>().AsNoTracking()
                .Where(k => k.ProvinceCode == provinceCode && (k.Code == targetId || k.Id == number))
                .Select(k => (long?)k.Id).FirstOrDefaultAsync(ct),
            _ when evidenceTargets.FirstOrDefault(t => t.Kind == kind) is { } targets => await targets.FindAsync(db, provinceCode, targetId, number, ct),
            _ => null,
        };
        if (kind != EvidenceKind.NeedCell)
        {
            return found?.ToString(CultureInfo.InvariantCulture);
        }

        return EvidenceLink.ParseNeedCell(targetId) is { } cell && Sectors.Find(cell.Sector) is not null
               && await db.Set<Area>().AnyAsync(a => a.Code == cell.AreaCode && a.ProvinceCode == provinceCode && a.Level != AreaLevel.Province, ct)
            ? targetId
            : null;
    }

    private static void Record(OpsDbContext db, string kind, Project project, DateTime now) => db.Record(EventFor(kind, project, now));

    internal static OpsEvent EventFor(string kind, Project project, DateTime now) =>
        new(kind, project.ProvinceCode, project.Id.ToString(CultureInfo.InvariantCulture), now);
}

/// <summary>Rules for the three amounts of a budget line.</summary>
public static class BudgetLineRules
{
    public static List<FieldError> Check(Money requested, Money approved, Money disbursed)
    {
        var errors = new List<FieldError>();
        foreach (var (field, amount) in new[] { ("requested", requested), ("approved", approved), ("disbursed", disbursed) })
        {
            if (amount.IsNegative)
            {
                errors.Add(new FieldError(field, "จำนวนเงินติดลบ", "The amount is negative"));
            }
        }

        if (disbursed > approved)
        {
            errors.Add(new FieldError("disbursed", "เบิกจ่ายมากกว่างบที่ได้รับอนุมัติ", "Disbursed is more than approved"));
        }

        return errors;
    }
}
