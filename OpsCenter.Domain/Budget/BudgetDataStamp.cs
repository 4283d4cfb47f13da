using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// A fingerprint of the budget side (projects, budget lines, project areas, evidence links, indicator values): counts
/// and latest ids or times, a handful of index-only aggregates in one statement (one round trip: it is read before every
/// budget figure). A cached budget-versus-need stays valid while it is unchanged, on every instance, without listening
/// to anything.
/// </summary>
internal static class BudgetDataStamp
{
    public static async Task<string> OfAsync(OpsDbContext db, string provinceCode, CancellationToken ct)
    {
        // CAST … AS TEXT renders the same value the same way every time on either database; only equality matters.
        var stamp = await db.Database.SqlQuery<string>($"""
            SELECT (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(p.updated_at) AS TEXT), '')
                      FROM projects p WHERE p.province_code = {provinceCode})
                || '|' || (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(l.updated_at) AS TEXT), '')
                      FROM budget_lines l JOIN projects p ON p.id = l.project_id WHERE p.province_code = {provinceCode})
                || '|' || (SELECT CAST(count(*) AS TEXT) FROM project_areas)
                || '|' || (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(e.id) AS TEXT), '') FROM evidence_links e)
                || '|' || (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(v.imported_at) AS TEXT), '')
                      FROM indicator_values v WHERE v.province_code = {provinceCode}) AS "Value"
            """).SingleAsync(ct);
        return stamp;
    }
}
