using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Sla;

/// <summary>Reports resolved in a window, and how many of them by their due time.</summary>
public sealed record OnTimeResolution(int Resolved, int OnTime)
{
    /// <summary>On time ÷ resolved × 100; null when nothing was resolved.</summary>
    public double? Percent => Resolved == 0 ? null : OnTime * 100.0 / Resolved;
}

/// <summary>
/// The one meaning of "resolved on time": a report, of either kind, resolved in the window and by its due time. The
/// national comparison and the "complaints resolved on time" KPI both count this way.
/// </summary>
public static class ResolvedOnTime
{
    public static async Task<OnTimeResolution> CountAsync(IQueryable<CitizenReport> reports, DateTime from, DateTime until, CancellationToken ct = default)
    {
        var resolved = reports.Where(r => r.ResolvedAt >= from && r.ResolvedAt < until && r.DueAt != null);
        return new OnTimeResolution(await resolved.CountAsync(ct), await resolved.CountAsync(r => r.ResolvedAt <= r.DueAt, ct));
    }
}

/// <summary>The "complaints resolved on time" KPI: the month's resolutions, computable for any month since reports keep their dates.</summary>
internal sealed class ComplaintsOnTimeKpiFigure(IDbContextFactory<OpsDbContext> dbFactory) : IKpiFigure
{
    public KpiComputation Computation => KpiComputation.ComplaintsResolvedOnTime;

    public bool KeepsHistory => true;

    public async Task<KpiFigureValue?> ValueAsync(string provinceCode, DateTime periodStart, DateTime asOf, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var monthEnd = KpiPeriods.Shift(periodStart, 1);
        var counts = await ResolvedOnTime.CountAsync(
            db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == provinceCode), periodStart, asOf < monthEnd ? asOf : monthEnd, ct);
        if (counts.Percent is not { } percent)
        {
            return null;
        }

        var (onTime, resolved) = (counts.OnTime.ToString("N0", CultureInfo.InvariantCulture), counts.Resolved.ToString("N0", CultureInfo.InvariantCulture));
        return new KpiFigureValue(percent,
            $"แก้ไขเสร็จภายในกำหนด {onTime} จาก {resolved} เรื่องที่แก้ไขเสร็จในเดือน",
            $"{onTime} of the {resolved} reports resolved in the month were resolved by their due time");
    }
}
