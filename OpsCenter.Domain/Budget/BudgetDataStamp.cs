using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
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
    // The statements are built once from constants; the province code is always a parameter ({0}).
    private static readonly string OneProvince = $"""SELECT {Fingerprint("{0}")} AS "Value" """;
    private static readonly string EveryProvince =
        $"""SELECT a.code AS "Code", {Fingerprint("a.code")} AS "Value" FROM areas a WHERE a.level = {(int)AreaLevel.Province}""";

    public static async Task<string> OfAsync(OpsDbContext db, string provinceCode, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<string>(OneProvince, provinceCode).SingleAsync(ct);

    /// <summary>The stamp of every province the areas hold, in one statement (the national roll-up reads them all).</summary>
    public static async Task<Dictionary<string, string>> OfEveryProvinceAsync(OpsDbContext db, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<ProvinceStamp>(EveryProvince).ToListAsync(ct)).ToDictionary(s => s.Code, s => s.Value);

    // CAST … AS TEXT renders the same value the same way every time on either database; only equality matters.
    private static string Fingerprint(string province) => $"""
        (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(p.updated_at) AS TEXT), '')
              FROM projects p WHERE p.province_code = {province})
        || '|' || (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(l.updated_at) AS TEXT), '')
              FROM budget_lines l JOIN projects p ON p.id = l.project_id WHERE p.province_code = {province})
        || '|' || (SELECT CAST(count(*) AS TEXT) FROM project_areas)
        || '|' || (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(e.id) AS TEXT), '') FROM evidence_links e)
        || '|' || (SELECT CAST(count(*) AS TEXT) || '|' || COALESCE(CAST(max(v.imported_at) AS TEXT), '')
              FROM indicator_values v WHERE v.province_code = {province})
        """;

    private sealed class ProvinceStamp
    {
        public string Code { get; set; } = "";

        public string Value { get; set; } = "";
    }
}
