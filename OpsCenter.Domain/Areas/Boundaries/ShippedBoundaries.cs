using NetTopologySuite.Geometries;

namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>One shipped shape: DOPA code, OCHA's Thai and English names, and the simplified official outline.</summary>
public sealed record ShippedShape(string Code, string NameTh, string NameEn, Geometry Geometry);

/// <summary>
/// The simplified OCHA/RTSD boundaries carried in the assembly (see Shipped/README.md for source, licence and the
/// conversion): all 77 provinces, and the districts and subdistricts of the demo provinces. Parsed once, on first use.
/// </summary>
public static class ShippedBoundaries
{
    private static readonly Lazy<IReadOnlyList<ShippedShape>> ProvinceShapes = new(() => Load("provinces.topojson") ?? []);

    public static IReadOnlyList<ShippedShape> Provinces => ProvinceShapes.Value;

    /// <summary>A demo province's districts and subdistricts, or null when none are shipped for it.</summary>
    public static (IReadOnlyList<ShippedShape> Districts, IReadOnlyList<ShippedShape> Subdistricts)? Of(string provinceCode) =>
        Load($"{provinceCode}-districts.geojson") is { } districts && Load($"{provinceCode}-subdistricts.geojson") is { } subdistricts
            ? (districts, subdistricts)
            : null;

    private static List<ShippedShape>? Load(string name)
    {
        using var stream = typeof(ShippedBoundaries).Assembly.GetManifestResourceStream("OpsCenter.Boundaries." + name);
        if (stream is null)
        {
            return null;
        }

        return BoundaryFileReader.Read(stream)
            .Select(f => new ShippedShape(f.Properties["code"], f.Properties["name_th"], f.Properties["name_en"], f.Geometry))
            .ToList();
    }
}
