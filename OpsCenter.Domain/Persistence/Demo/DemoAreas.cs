using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>A demo province's areas with the official (simplified) boundaries shipped in the assembly.</summary>
internal static class DemoAreas
{
    public static List<Area> Build(ProvinceFacts facts, DateTime nowUtc)
    {
        var shipped = ShippedBoundaries.Of(facts.Code)
            ?? throw new InvalidOperationException($"No shipped boundaries for demo province {facts.Code}.");
        var shapes = shipped.Districts.Concat(shipped.Subdistricts).ToDictionary(s => s.Code, s => s.Geometry, StringComparer.Ordinal);
        var outline = ShippedBoundaries.Provinces.Single(p => p.Code == facts.Code).Geometry;
        var subdistricts = facts.Subdistricts.ToList();

        var areas = new List<Area>
        {
            new()
            {
                Code = facts.Code, Level = AreaLevel.Province, ProvinceCode = facts.Code,
                NameTh = facts.NameTh, NameEn = facts.NameEn,
                Population = subdistricts.Sum(s => s.Population), Households = subdistricts.Sum(s => s.Households),
                Latitude = subdistricts.Average(s => s.Lat), Longitude = subdistricts.Average(s => s.Lon),
                BoundaryWkb = AreaGeometry.Write(outline),
            },
        };

        areas.AddRange(facts.Districts.Select(d => ToArea(d, AreaLevel.District, facts.Code, Shape(shapes, d.Code))));
        areas.AddRange(subdistricts.Select(s => ToArea(s, AreaLevel.Subdistrict, s.Code[..4], Shape(shapes, s.Code))));
        foreach (var area in areas)
        {
            area.BoundaryUpdatedAt = nowUtc;
        }

        return areas;
    }

    private static NetTopologySuite.Geometries.Geometry Shape(Dictionary<string, NetTopologySuite.Geometries.Geometry> shapes, string code) =>
        shapes.TryGetValue(code, out var shape) ? shape : throw new InvalidOperationException($"No shipped boundary for area {code}.");

    private static Area ToArea(AreaFact fact, AreaLevel level, string parent, NetTopologySuite.Geometries.Geometry boundary) => new()
    {
        Code = fact.Code,
        Level = level,
        ParentCode = parent,
        ProvinceCode = fact.Code[..2],
        NameTh = fact.NameTh,
        NameEn = fact.NameEn,
        Population = fact.Population,
        Households = fact.Households,
        Latitude = fact.Lat,
        Longitude = fact.Lon,
        BoundaryWkb = AreaGeometry.Write(boundary),
    };
}
