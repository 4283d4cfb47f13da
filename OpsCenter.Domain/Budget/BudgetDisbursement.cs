using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget;

/// <summary>How much of a fiscal year's approved budget is disbursed; <see cref="ToDate"/> while the year still runs.</summary>
public sealed record BudgetDisbursement(string ProvinceCode, int FiscalYear, Money Approved, Money Disbursed, bool ToDate)
{
    /// <summary>Disbursed ÷ approved × 100; null when nothing is approved.</summary>
    public double? Percent => Approved.Satang == 0 ? null : Disbursed.Satang * 100.0 / Approved.Satang;
}

/// <summary>
/// The one reading of a province's disbursement: the home page, the budget page and the "budget disbursed" KPI all show
/// this, so none can say 18 % while another says 87 %. Cancelled projects are left out, as the budget page leaves them.
/// </summary>
public sealed class BudgetDisbursementQuery(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    public async Task<BudgetDisbursement> ForAsync(string provinceCode, int fiscalYear, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lines = from line in db.Set<BudgetLine>().AsNoTracking()
                    join project in db.Set<Project>() on line.ProjectId equals project.Id
                    where project.ProvinceCode == provinceCode && line.FiscalYear == fiscalYear && project.Status != ProjectStatus.Cancelled
                    select line;
        var approved = await lines.SumAsync(l => l.Approved.Satang, ct);
        var disbursed = await lines.SumAsync(l => l.Disbursed.Satang, ct);
        return new BudgetDisbursement(provinceCode, fiscalYear, new Money(approved), new Money(disbursed),
            PartialPeriod.IsFiscalYear(fiscalYear, time.GetUtcNow().UtcDateTime));
    }
}

/// <summary>The "budget disbursed" KPI: the fiscal year to date of the month's fiscal year, as the budget pages show it.</summary>
internal sealed class BudgetDisbursedKpiFigure(BudgetDisbursementQuery disbursement) : IKpiFigure
{
    public KpiComputation Computation => KpiComputation.BudgetDisbursed;

    // Budget lines keep only their latest amounts, so a closed month cannot be computed again.
    public bool KeepsHistory => false;

    public async Task<KpiFigureValue?> ValueAsync(string provinceCode, DateTime periodStart, DateTime asOf, CancellationToken ct = default)
    {
        var figure = await disbursement.ForAsync(provinceCode, ThaiCalendar.FiscalYearOf(periodStart), ct);
        if (figure.Percent is not { } percent)
        {
            return null;
        }

        return new KpiFigureValue(percent,
            $"เบิกจ่าย {figure.Disbursed.ToCompactString(true)} จากงบอนุมัติ {figure.Approved.ToCompactString(true)} บาท {ThaiCalendar.FormatFiscalYear(figure.FiscalYear, true)}",
            $"{figure.Disbursed.ToCompactString(false)} of {figure.Approved.ToCompactString(false)} baht approved disbursed, {ThaiCalendar.FormatFiscalYear(figure.FiscalYear, false)}");
    }
}
