using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Persistence.Demo;

internal static class DemoAreas
{
    public static List<Area> Build(ProvinceFacts facts, DateTime nowUtc)
    {
        var subdistricts = facts.Subdistricts.ToList();
        var cells = ApproximateBoundaries.SubdistrictCells(subdistricts.ToDictionary(s => s.Code, s => (s.Lon, s.Lat)));

        var areas = new List<Area>
        {
            new()
            {
                Code = facts.Code, Level = AreaLevel.Province, ProvinceCode = facts.Code,
                NameTh = facts.NameTh, NameEn = facts.NameEn,
                Population = subdistricts.Sum(s => s.Population), Households = subdistricts.Sum(s => s.Households),
                Latitude = subdistricts.Average(s => s.Lat), Longitude = subdistricts.Average(s => s.Lon),
                BoundaryWkb = AreaGeometry.Write(ApproximateBoundaries.Union(cells.Values)),
            },
        };

        foreach (var district in facts.Districts)
        {
            var districtCells = cells.Where(c => c.Key.StartsWith(district.Code, StringComparison.Ordinal)).Select(c => c.Value);
            areas.Add(ToArea(district, AreaLevel.District, facts.Code, ApproximateBoundaries.Union(districtCells)));
        }

        areas.AddRange(subdistricts.Select(s => ToArea(s, AreaLevel.Subdistrict, s.Code[..4], cells[s.Code])));

        foreach (var area in areas)
        {
            area.BoundaryIsApproximate = true;
            area.BoundaryUpdatedAt = nowUtc;
        }

        return areas;
    }

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
