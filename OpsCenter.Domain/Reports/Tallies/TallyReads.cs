using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>The tallies of one province, narrowed the way screens narrow reports: to an area, a category, the whole days of a window.</summary>
public static class TallyReads
{
    public static IQueryable<ReportTally> Received(OpsDbContext db, string provinceCode, string? areaCode = null, string? category = null, TallyWindow? window = null)
    {
        var tallies = Narrow(db.Set<ReportTally>().AsNoTracking(), provinceCode, areaCode, window);
        return category is null ? tallies : tallies.Where(t => t.CategoryCode == category);
    }

    public static IQueryable<ResolutionTally> Resolved(OpsDbContext db, string provinceCode, string? areaCode = null, TallyWindow? window = null) =>
        Narrow(db.Set<ResolutionTally>().AsNoTracking(), provinceCode, areaCode, window);

    private static IQueryable<T> Narrow<T>(IQueryable<T> tallies, string provinceCode, string? areaCode, TallyWindow? window)
        where T : class, ITallyCell
    {
        tallies = tallies.Where(t => t.ProvinceCode == provinceCode);
        tallies = areaCode switch
        {
            { Length: 4 } district => tallies.Where(t => t.DistrictCode == district),
            { Length: 6 } subdistrict => tallies.Where(t => t.SubdistrictCode == subdistrict),
            _ => tallies,
        };
        if (window is not null)
        {
            var first = window.FirstDay;
            tallies = tallies.Where(t => t.Day >= first);
            if (window.LastDay is { } last)
            {
                tallies = tallies.Where(t => t.Day <= last);
            }
        }

        return tallies;
    }

    /// <summary>The area tallies of the whole months and the partial months' whole days of a window.</summary>
    public static IQueryable<T> In<T>(this IQueryable<T> tallies, TallyGrains grains)
        where T : class, IAreaTallyCell =>
        tallies.Where(t => (t.Grain == TallyGrain.Month && t.Period >= grains.FirstMonth && t.Period <= grains.LastMonth)
            || (t.Grain == TallyGrain.Day && ((t.Period >= grains.LeadFrom && t.Period <= grains.LeadTo) || (t.Period >= grains.TrailFrom && t.Period <= grains.TrailTo))));

    /// <summary>The raw reports received in one edge of a window.</summary>
    public static IQueryable<CitizenReport> ReceivedIn(this IQueryable<CitizenReport> reports, (DateTime From, DateTime Until) edge) =>
        reports.Where(r => r.ReceivedAt >= edge.From && r.ReceivedAt < edge.Until);

    /// <summary>The raw reports resolved in one edge of a window.</summary>
    public static IQueryable<CitizenReport> ResolvedIn(this IQueryable<CitizenReport> reports, (DateTime From, DateTime Until) edge) =>
        reports.Where(r => r.ResolvedAt >= edge.From && r.ResolvedAt < edge.Until);
}
