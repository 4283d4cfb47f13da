using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas.Boundaries;

public sealed record UnmatchedBoundary(string? Code, string? Name, string Reason);

public sealed record BoundaryImportResult(int Features, int Matched, IReadOnlyDictionary<AreaLevel, int> MatchedByLevel, IReadOnlyList<UnmatchedBoundary> Unmatched, int OutsideInstallation);

/// <summary>Replaces approximate boundaries with official ones, matched to areas by DOPA or OCHA code.</summary>
public sealed class BoundaryImporter(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time, AreaBoundaries boundaries, IAreaLocator locator)
{
    /// <summary>Property names that hold an area code, most specific first (OCHA pcodes, then common DOPA field names).</summary>
    private static readonly string[] CodeProperties =
        ["ADM3_PCODE", "ADM2_PCODE", "ADM1_PCODE", "tambon_code", "tam_code", "amphoe_code", "amp_code", "pro_code", "prov_code", "dopa_code", "code"];

    private static readonly string[] NameProperties = ["ADM3_TH", "ADM2_TH", "ADM1_TH", "tam_th", "amp_th", "pro_th", "name_th", "name"];

    public async Task<BoundaryImportResult> ImportAsync(IEnumerable<BoundaryFeature> features, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Set<Area>().ToDictionaryAsync(a => a.Code, cancellationToken);
        var provinces = areas.Values.Where(a => a.Level == AreaLevel.Province).Select(a => a.Code).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var unmatched = new List<UnmatchedBoundary>();
        var byLevel = new Dictionary<AreaLevel, int>();
        var total = 0;
        var outside = 0;

        foreach (var feature in features)
        {
            total++;
            var code = CodeOf(feature.Properties);
            var name = NameProperties.Select(n => feature.Properties.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            if (code is null)
            {
                unmatched.Add(new UnmatchedBoundary(null, name, "no DOPA or OCHA code in the feature's properties"));
                continue;
            }

            if (!provinces.Contains(AreaCodes.ProvinceOf(code)))
            {
                outside++;
                continue;
            }

            if (!areas.TryGetValue(code, out var area))
            {
                unmatched.Add(new UnmatchedBoundary(code, name, "no area with this code in the installation"));
                continue;
            }

            var geometry = Clean(feature.Geometry);
            if (geometry is null)
            {
                unmatched.Add(new UnmatchedBoundary(code, name, "the geometry is empty or not a polygon"));
                continue;
            }

            area.BoundaryWkb = AreaGeometry.Write(geometry);
            area.BoundaryIsApproximate = false;
            area.BoundaryUpdatedAt = now;
            byLevel[area.Level] = byLevel.GetValueOrDefault(area.Level) + 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        boundaries.Invalidate();
        locator.Invalidate();
        return new BoundaryImportResult(total, byLevel.Values.Sum(), byLevel, unmatched, outside);
    }

    public static string? CodeOf(IReadOnlyDictionary<string, string> properties)
    {
        foreach (var name in CodeProperties)
        {
            if (properties.TryGetValue(name, out var value) && AreaCodes.Normalize(value) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private static Geometry? Clean(Geometry geometry)
    {
        if (geometry.IsEmpty || geometry is not (Polygon or MultiPolygon))
        {
            return null;
        }

        // Shapefile conversions sometimes leave self-touching rings; a zero buffer repairs them without moving borders.
        return geometry.IsValid ? geometry : geometry.Buffer(0);
    }
}
