using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// A fingerprint of the budget side (projects, budget lines, project areas, evidence links, indicator values): counts
/// and latest ids or times, a handful of index-only aggregates. A cached budget-versus-need stays valid while it is
/// unchanged, on every instance, without listening to anything.
/// </summary>
internal static class BudgetDataStamp
{
    public static async Task<string> OfAsync(OpsDbContext db, string provinceCode, CancellationToken ct)
    {
        var projects = db.Set<Project>().Where(p => p.ProvinceCode == provinceCode);
        var projectCount = await projects.CountAsync(ct);
        var projectChanged = await projects.MaxAsync(p => (DateTime?)p.UpdatedAt, ct);
        var lines = db.Set<BudgetLine>().Where(l => projects.Any(p => p.Id == l.ProjectId));
        var lineCount = await lines.CountAsync(ct);
        var lineChanged = await lines.MaxAsync(l => (DateTime?)l.UpdatedAt, ct);
        var areas = await db.Set<ProjectArea>().CountAsync(ct);
        var links = await db.Set<EvidenceLink>().CountAsync(ct);
        var lastLink = await db.Set<EvidenceLink>().MaxAsync(e => (long?)e.Id, ct);
        var indicators = await db.Set<IndicatorValue>().Where(v => v.ProvinceCode == provinceCode).CountAsync(ct);
        var indicatorsChanged = await db.Set<IndicatorValue>().Where(v => v.ProvinceCode == provinceCode).MaxAsync(v => (DateTime?)v.ImportedAt, ct);
        return $"{projectCount}|{projectChanged:O}|{lineCount}|{lineChanged:O}|{areas}|{links}|{lastLink}|{indicators}|{indicatorsChanged:O}";
    }
}
