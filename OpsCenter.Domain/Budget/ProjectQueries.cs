using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget;

public sealed record ProjectRow(
    int Id,
    string Code,
    string NameTh,
    string? NameEn,
    string Sector,
    ProjectStatus Status,
    int FiscalYear,
    string AreaCode,
    string AreaNameTh,
    string AreaNameEn,
    int OwnerAgencyId,
    string AgencyNameTh,
    string AgencyNameEn,
    Money Requested,
    Money Approved,
    Money Disbursed,
    int EvidenceLinks);

public sealed record ProjectFilter(
    int? FiscalYear = null,
    string? Sector = null,
    string? AreaCode = null,
    ProjectStatus? Status = null,
    bool WithoutEvidenceOnly = false,
    string? Text = null,
    int? DevelopmentIssueId = null,
    int Take = 300);

public sealed record NamedArea(string Code, string NameTh, string NameEn, int Population);

public sealed record ProjectDetail(
    Project Project,
    string AgencyNameTh,
    string AgencyNameEn,
    IReadOnlyList<NamedArea> Areas,
    DevelopmentIssue? Issue,
    ActionPlan? ActionPlan,
    IReadOnlyList<EvidenceItem> Evidence)
{
    public double ProgressPercent => ProjectProgress.Percent(Project.Milestones);

    public Money Requested => Money.Sum(Project.BudgetLines.Select(l => l.Requested));

    public Money Approved => Money.Sum(Project.BudgetLines.Select(l => l.Approved));

    public Money Disbursed => Money.Sum(Project.BudgetLines.Select(l => l.Disbursed));
}

/// <summary>Lists and details of projects, with the names people read instead of ids.</summary>
public sealed class ProjectQueries(IDbContextFactory<OpsDbContext> dbFactory, EvidenceResolver evidence)
{
    /// <summary>The projects of the actor's province; empty for anyone the budget policy does not admit.</summary>
    public async Task<IReadOnlyList<ProjectRow>> ListAsync(Actor actor, ProjectFilter filter, CancellationToken ct = default) =>
        BudgetPolicy.Rules.Admits(BudgetPolicy.Read, actor) && actor.ProvinceCode is { } province ? await ListAsync(province, filter, ct) : [];

    /// <summary>A project of the actor's province; null when there is none the actor may read (another province's is none).</summary>
    public async Task<ProjectDetail?> DetailAsync(int projectId, Actor actor, CancellationToken ct = default) =>
        BudgetPolicy.Rules.Admits(BudgetPolicy.Read, actor) && await DetailAsync(projectId, ct) is { } detail && detail.Project.ProvinceCode == actor.ProvinceCode ? detail : null;

    internal async Task<IReadOnlyList<ProjectRow>> ListAsync(string provinceCode, ProjectFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var projects = db.Set<Project>().AsNoTracking().Where(p => p.ProvinceCode == provinceCode);
        if (filter.FiscalYear is { } fy)
        {
            projects = projects.Where(p => p.FiscalYear == fy || p.BudgetLines.Any(l => l.FiscalYear == fy));
        }

        if (Sectors.Find(filter.Sector) is { } sector)
        {
            projects = projects.Where(p => p.Sector == sector.Code);
        }

        if (AreaCodes.Normalize(filter.AreaCode) is { Length: > 2 } area)
        {
            projects = projects.Where(p => EF.Functions.Like(p.AreaCode, area + "%") || p.ExtraAreas.Any(a => EF.Functions.Like(a.AreaCode, area + "%")));
        }

        if (filter.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (filter.DevelopmentIssueId is { } issue)
        {
            projects = projects.Where(p => p.DevelopmentIssueId == issue);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            projects = projects.Where(p => p.NameTh.Contains(text) || p.Code.Contains(text));
        }

        var evidenceCounts = db.Set<EvidenceLink>();
        if (filter.WithoutEvidenceOnly)
        {
            projects = projects.Where(p => !evidenceCounts.Any(e => e.ProjectId == p.Id));
        }

        var year = filter.FiscalYear;
        var rows = await (
                from p in projects
                join a in db.Set<Area>() on p.AreaCode equals a.Code
                join g in db.Set<Agency>() on p.OwnerAgencyId equals g.Id
                orderby p.FiscalYear descending, p.Code
                select new
                {
                    p.Id, p.Code, p.NameTh, p.NameEn, p.Sector, p.Status, p.FiscalYear, p.AreaCode, AreaTh = a.NameTh, AreaEn = a.NameEn,
                    p.OwnerAgencyId, AgencyTh = g.NameTh, AgencyEn = g.NameEn,
                    Requested = p.BudgetLines.Where(l => year == null || l.FiscalYear == year).Sum(l => l.Requested.Satang),
                    Approved = p.BudgetLines.Where(l => year == null || l.FiscalYear == year).Sum(l => l.Approved.Satang),
                    Disbursed = p.BudgetLines.Where(l => year == null || l.FiscalYear == year).Sum(l => l.Disbursed.Satang),
                    Links = evidenceCounts.Count(e => e.ProjectId == p.Id),
                })
            .Take(Math.Clamp(filter.Take, 1, 5000))
            .ToListAsync(ct);
        return rows.Select(r => new ProjectRow(r.Id, r.Code, r.NameTh, r.NameEn, r.Sector, r.Status, r.FiscalYear, r.AreaCode, r.AreaTh, r.AreaEn,
            r.OwnerAgencyId, r.AgencyTh, r.AgencyEn, new Money(r.Requested), new Money(r.Approved), new Money(r.Disbursed), r.Links)).ToList();
    }

    internal async Task<ProjectDetail?> DetailAsync(int projectId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Set<Project>().AsNoTracking()
            .Include(p => p.BudgetLines).Include(p => p.Milestones).Include(p => p.ExtraAreas)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return null;
        }

        project.BudgetLines = project.BudgetLines.OrderBy(l => l.FiscalYear).ThenBy(l => l.Source).ToList();
        project.Milestones = project.Milestones.OrderBy(m => m.Sequence).ToList();
        var agency = await db.Set<Agency>().AsNoTracking().Where(a => a.Id == project.OwnerAgencyId).Select(a => new { a.NameTh, a.NameEn }).FirstAsync(ct);
        var codes = project.AllAreaCodes();
        var areas = await db.Set<Area>().AsNoTracking().Where(a => codes.Contains(a.Code))
            .Select(a => new NamedArea(a.Code, a.NameTh, a.NameEn, a.Population)).ToListAsync(ct);
        var issue = project.DevelopmentIssueId is { } issueId ? await db.Set<DevelopmentIssue>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == issueId, ct) : null;
        var plan = project.ActionPlanId is { } planId ? await db.Set<ActionPlan>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == planId, ct) : null;
        var links = await db.Set<EvidenceLink>().AsNoTracking().Where(e => e.ProjectId == projectId).OrderBy(e => e.Kind).ThenBy(e => e.Id).ToListAsync(ct);
        return new ProjectDetail(project, agency.NameTh, agency.NameEn, codes.Select(c => areas.First(a => a.Code == c)).ToList(), issue, plan,
            await evidence.ResolveAsync(db, links, ct));
    }

    /// <summary>An agency code and a district code of the province, for example rows of the import template.</summary>
    public async Task<(string Agency, string Area)> TemplateCodesAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agency = await db.Set<Agency>().Where(a => a.ProvinceCode == provinceCode && a.Kind == AgencyKind.LineAgency).OrderBy(a => a.Code).Select(a => a.Code).FirstOrDefaultAsync(ct);
        var area = await db.Set<Area>().Where(a => a.ProvinceCode == provinceCode && a.Level == AreaLevel.District).OrderBy(a => a.Code).Select(a => a.Code).FirstOrDefaultAsync(ct);
        return (agency ?? "AGENCY-CODE", area ?? provinceCode);
    }

    /// <summary>The fiscal years that have budget lines in the province, newest first, with the current year always included.</summary>
    public async Task<IReadOnlyList<int>> FiscalYearsAsync(string provinceCode, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var years = await db.Set<BudgetLine>().Where(l => db.Set<Project>().Any(p => p.Id == l.ProjectId && p.ProvinceCode == provinceCode))
            .Select(l => l.FiscalYear).Distinct().ToListAsync(ct);
        var current = ThaiCalendar.FiscalYearOf(nowUtc);
        return years.Append(current).Append(current + 1).Distinct().OrderDescending().ToList();
    }
}
