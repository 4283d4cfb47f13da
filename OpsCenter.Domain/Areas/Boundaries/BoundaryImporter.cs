using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas.Boundaries;

public sealed record UnmatchedBoundary(string? Code, string? Name, string Reason);

public sealed record BoundaryImportResult(int Features, int Matched, IReadOnlyDictionary<AreaLevel, int> MatchedByLevel, IReadOnlyList<UnmatchedBoundary> Unmatched, int OutsideInstallation)
{
    /// <summary>Of <see cref="Matched"/>, how many had no usable code and were matched by name.</summary>
    public int MatchedByName { get; init; }

    /// <summary>Features of another level than the one asked for, left alone.</summary>
    public int OtherLevel { get; init; }

    /// <summary>Reports moved to another district or subdistrict because the boundaries changed.</summary>
    public int ReportsReassigned { get; init; }

    /// <summary>True when the actor may not replace boundaries; nothing was read or changed.</summary>
    public bool Refused { get; init; }
}

/// <summary>
/// Replaces boundaries with official ones, matched to areas by DOPA or OCHA code with names as a fallback, then
/// forgets cached map shapes and the locator's index and re-assigns the affected provinces' reports.
/// </summary>
public sealed class BoundaryImporter(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time, AreaBoundaries boundaries, IAreaLocator locator, IAreaReassigner reassigner)
{
    /// <param name="level">Only import features of this level; null imports every level the file holds.</param>
    public async Task<BoundaryImportResult> ImportAsync(IEnumerable<BoundaryFeature> features, Actor actor, CancellationToken cancellationToken = default, AreaLevel? level = null)
    {
        if (!AreaPolicy.CanManageBoundaries(actor))
        {
            return new BoundaryImportResult(0, 0, new Dictionary<AreaLevel, int>(), [], 0) { Refused = true };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Set<Area>().ToListAsync(cancellationToken);
        var matcher = new BoundaryMatcher(areas);
        var provinces = areas.Where(a => a.Level == AreaLevel.Province).Select(a => a.Code).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var unmatched = new List<UnmatchedBoundary>();
        var byLevel = new Dictionary<AreaLevel, int>();
        var touched = new HashSet<string>();
        int total = 0, outside = 0, byName = 0, otherLevel = 0;

        foreach (var feature in features)
        {
            total++;
            var code = BoundaryMatcher.CodeOf(feature.Properties);
            var name = BoundaryMatcher.NameOf(feature.Properties)?.Name;
            if (code is not null && !provinces.Contains(AreaCodes.ProvinceOf(code)))
            {
                outside++;
                continue;
            }

            if (level is { } wanted && (code is null ? BoundaryMatcher.NameOf(feature.Properties)?.Level : AreaCodes.LevelOf(code)) != wanted)
            {
                otherLevel++;
                continue;
            }

            var (area, how, reason) = matcher.Match(code, feature.Properties, provinces);
            if (area is null)
            {
                unmatched.Add(new UnmatchedBoundary(code, name, reason!));
                continue;
            }

            var geometry = Clean(feature.Geometry);
            if (geometry is null)
            {
                unmatched.Add(new UnmatchedBoundary(code ?? area.Code, name, "the geometry is empty or not a polygon"));
                continue;
            }

            if (area.Level != AreaLevel.Province && ElsewhereThan(area.ProvinceCode, geometry) is { } other)
            {
                unmatched.Add(new UnmatchedBoundary(code ?? area.Code, name,
                    $"อยู่ใน{PlaceErrors.ThaiName(other)} ไม่ใช่จังหวัดของรหัสนี้ / lies in {other.NameEn}, not in the province its code names"));
                continue;
            }

            area.BoundaryWkb = AreaGeometry.Write(geometry);
            area.BoundaryIsApproximate = false;
            area.BoundaryUpdatedAt = now;
            byLevel[area.Level] = byLevel.GetValueOrDefault(area.Level) + 1;
            byName += how == BoundaryMatch.Name ? 1 : 0;
            touched.Add(area.ProvinceCode);
        }

        await db.SaveChangesAsync(cancellationToken);
        boundaries.Invalidate();
        locator.Invalidate();
        var reassigned = touched.Count == 0 ? 0 : await reassigner.ReassignAsync(touched, cancellationToken);
        return new BoundaryImportResult(total, byLevel.Values.Sum(), byLevel, unmatched, outside)
        {
            MatchedByName = byName,
            OtherLevel = otherLevel,
            ReportsReassigned = reassigned,
        };
    }

    /// <summary>
    /// The province a district or subdistrict shape really lies in when that is not the one its code names: a wrong
    /// code or a file of another province. Judged by the shape's interior point against the real province outlines.
    /// </summary>
    private static ProvinceOutline? ElsewhereThan(string provinceCode, Geometry geometry)
    {
        var inside = geometry.InteriorPoint;
        var province = ProvinceOutlines.Shipped.ProvinceOf(inside.Y, inside.X, new HashSet<string> { provinceCode });
        return province is null || province.Code == provinceCode ? null : province;
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
