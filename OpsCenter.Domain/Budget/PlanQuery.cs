using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget;

/// <summary>Money and projects of one development issue in one fiscal year, with the share of need its sectors carry.</summary>
public sealed record IssueYear(int FiscalYear, int Projects, Money Requested, Money Approved, Money Disbursed, int WithEvidence);

public sealed record IssueOverview(DevelopmentIssue Issue, IReadOnlyList<IssueYear> Years, double NeedShare, double BudgetShare);

public sealed record ActionPlanOverview(ActionPlan Plan, int Projects, Money Requested, Money Approved, Money Disbursed, int Unassigned);

public sealed record PlanOverview(DevelopmentPlan Plan, int FiscalYear, IReadOnlyList<IssueOverview> Issues, IReadOnlyList<ActionPlanOverview> ActionPlans, IssueYear Unassigned);

/// <summary>The provincial plan read against its money and against need: does the plan point where the needs are?</summary>
public sealed class PlanQuery(IDbContextFactory<OpsDbContext> dbFactory, BudgetVersusNeedQuery need)
{
    public async Task<PlanOverview?> LoadAsync(string provinceCode, int fiscalYear, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Set<DevelopmentPlan>().AsNoTracking().Include(p => p.Issues).Include(p => p.ActionPlans)
            .Where(p => p.ProvinceCode == provinceCode)
            .OrderByDescending(p => p.FirstFiscalYear <= fiscalYear && p.LastFiscalYear >= fiscalYear).ThenByDescending(p => p.LastFiscalYear)
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var lines = await (
                from line in db.Set<BudgetLine>()
                join project in db.Set<Project>() on line.ProjectId equals project.Id
                where project.ProvinceCode == provinceCode && project.Status != ProjectStatus.Cancelled
                select new
                {
                    project.Id, project.DevelopmentIssueId, project.ActionPlanId, line.FiscalYear,
                    Requested = line.Requested.Satang, Approved = line.Approved.Satang, Disbursed = line.Disbursed.Satang,
                    HasEvidence = db.Set<EvidenceLink>().Any(e => e.ProjectId == project.Id),
                })
            .ToListAsync(ct);
        var matrix = await need.MatrixAsync(provinceCode, fiscalYear, BudgetMeasure.Approved, AreaLevel.District, ct);
        var years = Enumerable.Range(plan.FirstFiscalYear, plan.LastFiscalYear - plan.FirstFiscalYear + 1).ToList();

        var issues = plan.Issues.OrderBy(i => i.Number).Select(issue =>
        {
            var sectors = issue.SectorList();
            var cells = matrix.Cells.Where(c => sectors.Contains(c.Sector)).ToList();
            var yearRows = years.Select(y => Sum(y, lines.Where(l => l.DevelopmentIssueId == issue.Id && l.FiscalYear == y)
                .Select(l => (l.Id, l.Requested, l.Approved, l.Disbursed, l.HasEvidence)))).ToList();
            return new IssueOverview(issue, yearRows, cells.Sum(c => c.NeedShare), cells.Sum(c => c.BudgetShare));
        }).ToList();
        var actionPlans = plan.ActionPlans.OrderBy(a => a.FiscalYear).Select(a =>
        {
            var rows = lines.Where(l => l.ActionPlanId == a.Id && l.FiscalYear == a.FiscalYear).ToList();
            return new ActionPlanOverview(a, rows.Select(r => r.Id).Distinct().Count(), new Money(rows.Sum(r => r.Requested)), new Money(rows.Sum(r => r.Approved)),
                new Money(rows.Sum(r => r.Disbursed)), rows.Where(r => r.DevelopmentIssueId is null).Select(r => r.Id).Distinct().Count());
        }).ToList();
        var unassigned = Sum(fiscalYear, lines.Where(l => l.DevelopmentIssueId is null && l.FiscalYear == fiscalYear)
            .Select(l => (l.Id, l.Requested, l.Approved, l.Disbursed, l.HasEvidence)));
        return new PlanOverview(plan, fiscalYear, issues, actionPlans, unassigned);
    }

    private static IssueYear Sum(int year, IEnumerable<(int Id, long Requested, long Approved, long Disbursed, bool HasEvidence)> rows)
    {
        var list = rows.ToList();
        return new IssueYear(year, list.Select(r => r.Id).Distinct().Count(), new Money(list.Sum(r => r.Requested)), new Money(list.Sum(r => r.Approved)),
            new Money(list.Sum(r => r.Disbursed)), list.Where(r => r.HasEvidence).Select(r => r.Id).Distinct().Count());
    }
}
