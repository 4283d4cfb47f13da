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
    int? DevelopmentIssueId = null);

/// <summary>What the filtered project list adds up to, over every page.</summary>
public sealed record ProjectTotals(int Count, Money Requested, Money Approved, Money Disbursed);

/// <summary>A project as the list reads it from the database, before its sums become <see cref="Money"/>; sortable in SQL on both providers.</summary>
internal sealed class ProjectListing
{
    public int Id { get; init; }

    public string Code { get; init; } = "";

    public string NameTh { get; init; } = "";

    public string? NameEn { get; init; }

    public string Sector { get; init; } = "";

    public ProjectStatus Status { get; init; }

    public int FiscalYear { get; init; }

    public string AreaCode { get; init; } = "";

    public string AreaNameTh { get; init; } = "";

    public string AreaNameEn { get; init; } = "";

    public int OwnerAgencyId { get; init; }

    public string AgencyNameTh { get; init; } = "";

    public string AgencyNameEn { get; init; } = "";

    public long Requested { get; init; }

    public long Approved { get; init; }

    public long Disbursed { get; init; }

    public int EvidenceLinks { get; init; }
}

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
    /// <summary>The columns the project list sorts by, named as <see cref="ProjectRow"/>'s properties; newest fiscal year first when none is named.</summary>
    internal static readonly SortColumns<ProjectListing> Columns = SortColumns<ProjectListing>.Create(nameof(ProjectRow.FiscalYear), true, p => p.Id)
        .By(nameof(ProjectRow.FiscalYear), p => p.FiscalYear)
        .By(nameof(ProjectRow.Code), p => p.Code)
        .By(nameof(ProjectRow.NameTh), p => p.NameTh)
        .By(nameof(ProjectRow.Sector), p => p.Sector)
        .By(nameof(ProjectRow.AreaNameTh), p => p.AreaNameTh)
        .By(nameof(ProjectRow.Status), p => p.Status)
        .By(nameof(ProjectRow.Approved), p => p.Approved)
        .By(nameof(ProjectRow.EvidenceLinks), p => p.EvidenceLinks);

    /// <summary>A page of the projects of the actor's province; empty for anyone the budget policy does not admit.</summary>
    public async Task<Paged<ProjectRow>> PageAsync(Actor actor, ProjectFilter filter, PageRequest page, CancellationToken ct = default) =>
        Columns.Check(page) is { } error ? Paged<ProjectRow>.Refused(error)
        : BudgetPolicy.Rules.Admits(BudgetPolicy.Read, actor) && actor.ProvinceCode is { } province ? await PageAsync(province, filter, page, ct)
        : Paged<ProjectRow>.Empty;

    /// <summary>How many projects match the filter and their money in the filter's year, summed in the database.</summary>
    public async Task<ProjectTotals> TotalsAsync(Actor actor, ProjectFilter filter, CancellationToken ct = default)
    {
        if (!BudgetPolicy.Rules.Admits(BudgetPolicy.Read, actor) || actor.ProvinceCode is not { } province)
        {
            return new ProjectTotals(0, Money.Zero, Money.Zero, Money.Zero);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var projects = Filtered(db, province, filter);
        var year = filter.FiscalYear;
        var lines = projects.SelectMany(p => p.BudgetLines).Where(l => year == null || l.FiscalYear == year);
        return new ProjectTotals(
            await projects.CountAsync(ct),
            new Money(await lines.SumAsync(l => l.Requested.Satang, ct)),
            new Money(await lines.SumAsync(l => l.Approved.Satang, ct)),
            new Money(await lines.SumAsync(l => l.Disbursed.Satang, ct)));
    }

    /// <summary>A project of the actor's province; null when there is none the actor may read (another province's is none).</summary>
    public async Task<ProjectDetail?> DetailAsync(int projectId, Actor actor, CancellationToken ct = default) =>
        BudgetPolicy.Rules.Admits(BudgetPolicy.Read, actor) && await DetailAsync(projectId, ct) is { } detail && detail.Project.ProvinceCode == actor.ProvinceCode ? detail : null;

    internal async Task<Paged<ProjectRow>> PageAsync(string provinceCode, ProjectFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var projects = Filtered(db, provinceCode, filter);
        var evidenceCounts = db.Set<EvidenceLink>();
        var year = filter.FiscalYear;
        var listings =
            from p in projects
            join a in db.Set<Area>() on p.AreaCode equals a.Code
            join g in db.Set<Agency>() on p.OwnerAgencyId equals g.Id
            select new ProjectListing
            {
                Id = p.Id, Code = p.Code, NameTh = p.NameTh, NameEn = p.NameEn, Sector = p.Sector, Status = p.Status, FiscalYear = p.FiscalYear,
                AreaCode = p.AreaCode, AreaNameTh = a.NameTh, AreaNameEn = a.NameEn, OwnerAgencyId = p.OwnerAgencyId, AgencyNameTh = g.NameTh, AgencyNameEn = g.NameEn,
                Requested = p.BudgetLines.Where(l => year == null || l.FiscalYear == year).Sum(l => l.Requested.Satang),
                Approved = p.BudgetLines.Where(l => year == null || l.FiscalYear == year).Sum(l => l.Approved.Satang),
                Disbursed = p.BudgetLines.Where(l => year == null || l.FiscalYear == year).Sum(l => l.Disbursed.Satang),
                EvidenceLinks = evidenceCounts.Count(e => e.ProjectId == p.Id),
            };
        var found = await Columns.PageAsync(listings, page, r => r, ct);
        return found.Select(r => new ProjectRow(r.Id, r.Code, r.NameTh, r.NameEn, r.Sector, r.Status, r.FiscalYear, r.AreaCode, r.AreaNameTh, r.AreaNameEn,
            r.OwnerAgencyId, r.AgencyNameTh, r.AgencyNameEn, new Money(r.Requested), new Money(r.Approved), new Money(r.Disbursed), r.EvidenceLinks));
    }

    private static IQueryable<Project> Filtered(OpsDbContext db, string provinceCode, ProjectFilter filter)
    {
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

        if (filter.WithoutEvidenceOnly)
        {
            var links = db.Set<EvidenceLink>();
            projects = projects.Where(p => !links.Any(e => e.ProjectId == p.Id));
        }

        return projects;
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
