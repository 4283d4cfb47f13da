using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Budget;

/// <summary>An evidence link as people read it: what it is, in Thai and English, and a line of detail.</summary>
public sealed record EvidenceItem(
    long LinkId,
    EvidenceKind Kind,
    string TargetId,
    string TitleTh,
    string TitleEn,
    string? DetailTh,
    string? DetailEn,
    string? Note,
    DateTime CreatedAt,
    bool Exists);

/// <summary>A project seen from the evidence's side: "this complaint is addressed by project X".</summary>
public sealed record LinkedProject(
    int ProjectId,
    string Code,
    string NameTh,
    string? NameEn,
    ProjectStatus Status,
    int FiscalYear,
    Money Approved,
    double ProgressPercent,
    string? Note,
    bool Direct);

/// <summary>Resolves links to titles, and finds the projects linked to a report, dataset, KPI, proposal or need.</summary>
public sealed class EvidenceResolver(IDbContextFactory<OpsDbContext> dbFactory, IEnumerable<IEvidenceTargets> targets, IEnumerable<ICitedViews> citedViews)
{
    public async Task<IReadOnlyList<EvidenceItem>> ResolveAsync(OpsDbContext db, IReadOnlyList<EvidenceLink> links, CancellationToken ct)
    {
        long[] Ids(EvidenceKind kind) => links.Where(l => l.Kind == kind)
            .Select(l => long.TryParse(l.TargetId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).ToArray();
        var reportIds = Ids(EvidenceKind.Report);
        var kpiIds = Ids(EvidenceKind.Kpi).Select(i => (int)i).ToArray();
        var reports = await db.Set<CitizenReport>().AsNoTracking().Where(r => reportIds.Contains(r.Id))
            .Join(db.Set<ReportCategory>(), r => r.CategoryCode, c => c.Code, (r, c) => new { r.Id, r.TrackingNumber, r.Status, r.ReceivedAt, c.NameTh, c.NameEn })
            .ToDictionaryAsync(r => r.Id.ToString(CultureInfo.InvariantCulture), ct);
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => kpiIds.Contains(k.Id))
            .ToDictionaryAsync(k => k.Id.ToString(CultureInfo.InvariantCulture), ct);
        var titles = new Dictionary<EvidenceKind, Dictionary<string, EvidenceTitle>>();
        foreach (var target in targets)
        {
            titles[target.Kind] = await target.TitlesAsync(db, Ids(target.Kind), ct);
        }

        var views = citedViews.FirstOrDefault() is { } cited
            ? await cited.DescribeAsync(links.Where(l => l.Kind == EvidenceKind.ExplorerView).Select(l => l.TargetId), ct)
            : new Dictionary<string, CitedView>();
        var cellAreas = links.Where(l => l.Kind == EvidenceKind.NeedCell).Select(l => EvidenceLink.ParseNeedCell(l.TargetId)?.AreaCode).OfType<string>().ToArray();
        var areas = await db.Set<Area>().AsNoTracking().Where(a => cellAreas.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);

        return links.Select(link =>
        {
            var id = link.TargetId;
            return link.Kind switch
            {
                EvidenceKind.Report when reports.TryGetValue(id, out var r) => Item(link, $"เรื่อง {r.TrackingNumber}", $"Report {r.TrackingNumber}",
                    $"{r.NameTh} · {ReportStatuses.ThaiName(r.Status)} · {ThaiCalendar.FormatDate(r.ReceivedAt, true)}",
                    $"{r.NameEn} · {ReportStatuses.EnglishName(r.Status)} · {ThaiCalendar.FormatDate(r.ReceivedAt, false)}"),
                EvidenceKind.Kpi when kpis.TryGetValue(id, out var k) => Item(link, $"ตัวชี้วัด: {k.NameTh}", $"KPI: {k.NameEn}", k.Code, k.Code),
                EvidenceKind.NeedCell when EvidenceLink.ParseNeedCell(id) is { } cell && areas.TryGetValue(cell.AreaCode, out var a) =>
                    Item(link, $"ความต้องการด้าน{BudgetTerms.SectorName(cell.Sector, true)} {a.NameTh}", $"{BudgetTerms.SectorName(cell.Sector, false)} need in {a.NameEn}", a.Code, a.Code),
                EvidenceKind.ExplorerView when views.TryGetValue(id, out var v) => Item(link, $"มุมมองข้อมูล: {v.TitleTh}", $"Data view: {v.TitleEn}", null, null),
                _ when titles.TryGetValue(link.Kind, out var ofKind) && ofKind.TryGetValue(id, out var t) => Item(link, t.TitleTh, t.TitleEn, t.DetailTh, t.DetailEn),
                _ => new EvidenceItem(link.Id, link.Kind, id, $"ไม่พบ ({id})", $"Missing ({id})", null, null, link.Note, link.CreatedAt, false),
            };
        }).ToList();
    }

    /// <summary>Projects linked to a target; for a report, also those linked to the need of its subdistrict or district in its sector.</summary>
    public async Task<IReadOnlyList<LinkedProject>> ProjectsLinkedToAsync(EvidenceKind kind, string targetId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var direct = await LinkedAsync(db, db.Set<EvidenceLink>().Where(e => e.Kind == kind && e.TargetId == targetId), true, ct);
        if (kind != EvidenceKind.Report || !long.TryParse(targetId, NumberStyles.None, CultureInfo.InvariantCulture, out var reportId))
        {
            return direct;
        }

        var report = await db.Set<CitizenReport>().AsNoTracking().Where(r => r.Id == reportId)
            .Join(db.Set<ReportCategory>(), r => r.CategoryCode, c => c.Code, (r, c) => new { r.DistrictCode, r.SubdistrictCode, c.Sector })
            .FirstOrDefaultAsync(ct);
        if (report is null)
        {
            return direct;
        }

        var cells = new[] { report.DistrictCode, report.SubdistrictCode }.OfType<string>().Select(a => EvidenceLink.NeedCellId(a, report.Sector)).ToArray();
        var viaNeed = await LinkedAsync(db, db.Set<EvidenceLink>().Where(e => e.Kind == EvidenceKind.NeedCell && cells.Contains(e.TargetId)), false, ct);
        return direct.Concat(viaNeed.Where(v => direct.All(d => d.ProjectId != v.ProjectId))).ToList();
    }

    private static async Task<IReadOnlyList<LinkedProject>> LinkedAsync(OpsDbContext db, IQueryable<EvidenceLink> links, bool direct, CancellationToken ct)
    {
        var notes = await links.AsNoTracking().Select(l => new { l.ProjectId, l.Note }).ToListAsync(ct);
        var ids = notes.Select(n => n.ProjectId).Distinct().ToArray();
        var projects = await db.Set<Project>().AsNoTracking().Include(p => p.BudgetLines).Include(p => p.Milestones).AsSplitQuery()
            .Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        return projects.Select(p => new LinkedProject(p.Id, p.Code, p.NameTh, p.NameEn, p.Status, p.FiscalYear,
                Money.Sum(p.BudgetLines.Select(b => b.Approved)), ProjectProgress.Percent(p.Milestones), notes.First(n => n.ProjectId == p.Id).Note, direct))
            .OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static EvidenceItem Item(EvidenceLink link, string titleTh, string titleEn, string? detailTh, string? detailEn) =>
        new(link.Id, link.Kind, link.TargetId, titleTh, titleEn, detailTh, detailEn, link.Note, link.CreatedAt, true);
}
