using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// National-scale generated data for benchmarks: every province's areas (with the shipped outline) where the database
/// lacks them, a provincial office so the province takes part in the national roll-up, and reports across all 77.
/// </summary>
public sealed class NationalVolume(IDbContextFactory<OpsDbContext> dbFactory, DemoVolume volume, TimeProvider time)
{
    public async Task<(int Provinces, int Written)> GenerateAsync(
        string dataDirectory, int count, int seed, int years, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var places = NationalPlaces.Load(dataDirectory);
        Dictionary<string, int> owners;
        Dictionary<string, int> slaHours;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var codes = (await db.Set<Area>().Select(a => a.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var enrolled = (await db.Set<Agency>().Select(a => a.ProvinceCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var province in places.Select(p => p.ProvinceCode).Distinct())
            {
                var areas = NationalPlaces.AreasOf(places, province);
                db.AddRange(areas.Where(a => !codes.Contains(a.Code)));
                if (!enrolled.Contains(province))
                {
                    db.Add(new Agency
                    {
                        Code = $"P{province}-PO", ProvinceCode = province, Kind = AgencyKind.ProvincialOffice,
                        NameTh = $"สำนักงานจังหวัด{areas[0].NameTh}", NameEn = $"{areas[0].NameEn} Provincial Office",
                    });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            owners = await db.Set<Agency>().GroupBy(a => a.ProvinceCode).Select(g => new { g.Key, Id = g.Min(a => a.Id) })
                .ToDictionaryAsync(g => g.Key, g => g.Id, cancellationToken);
            slaHours = await db.Set<ReportCategory>().ToDictionaryAsync(c => c.Code, c => c.SlaHours, cancellationToken);
        }

        var generator = new NationalReports(places, owners, slaHours, seed, years);
        var written = await volume.WriteAsync(generator.Generate(count, time.GetUtcNow().UtcDateTime), progress, cancellationToken);
        return (owners.Count, written);
    }
}
