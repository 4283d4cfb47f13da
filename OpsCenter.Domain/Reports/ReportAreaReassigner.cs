using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// After boundaries change, moves every located report of the given provinces to the district and subdistrict its
/// point now falls in. Reports whose point falls in no known area keep the areas they have.
/// </summary>
public sealed class ReportAreaReassigner(IDbContextFactory<OpsDbContext> dbFactory, IAreaLocator locator) : IAreaReassigner
{
    private const int Batch = 500;

    /// <summary>Returns how many reports changed area.</summary>
    public async Task<int> ReassignAsync(IReadOnlyCollection<string> provinceCodes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = provinceCodes.ToArray();
        var reports = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => codes.Contains(r.ProvinceCode) && r.Latitude != null && r.Longitude != null)
            .Select(r => new { r.Id, r.Latitude, r.Longitude, r.DistrictCode, r.SubdistrictCode })
            .ToListAsync(cancellationToken);

        var moves = new Dictionary<(string District, string Subdistrict), List<long>>();
        foreach (var report in reports)
        {
            var located = await locator.LocateAsync(report.Latitude!.Value, report.Longitude!.Value, cancellationToken);
            if (located is null || !codes.Contains(located.ProvinceCode) || located.SubdistrictCode == report.SubdistrictCode)
            {
                continue;
            }

            var key = (located.DistrictCode, located.SubdistrictCode);
            if (!moves.TryGetValue(key, out var ids))
            {
                moves[key] = ids = [];
            }

            ids.Add(report.Id);
        }

        var changed = 0;
        foreach (var ((district, subdistrict), ids) in moves)
        {
            foreach (var chunk in ids.Chunk(Batch))
            {
                changed += await db.Set<CitizenReport>().Where(r => chunk.Contains(r.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.DistrictCode, district).SetProperty(r => r.SubdistrictCode, subdistrict), cancellationToken);
            }
        }

        return changed;
    }
}
