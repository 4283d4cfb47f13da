using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Algorithm.Distance;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;

// Writes the boundaries the repository ships (OpsCenter.Domain/Areas/Boundaries/Shipped) from the OCHA/RTSD files in
// ../shared/data/geo. Run it again after a new edition: the output depends only on the input files and the settings
// below, and it prints each file's size and how far its simplified outlines lie from the source at most.
var source = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "geo");
var target = args.Length > 1 ? args[1] : Path.Combine("OpsCenter.Domain", "Areas", "Boundaries", "Shipped");
if (!Directory.Exists(source))
{
    Console.Error.WriteLine($"No source folder {source}. usage: dotnet run --project tools/BoundaryConverter -- [geo-folder] [target-folder]");
    return 2;
}

Directory.CreateDirectory(target);
string[] demoProvinces = ["13", "19"];

// Provinces stay TopoJSON (shared borders stored once, quantized); each arc is simplified on its own, so neighbours
// keep one common border and no gap opens between them. The deviation is part of the border tolerance (ProvinceOutlines).
WriteProvinces("thailand_provinces_ocha.topojson", "provinces.topojson", tolerance: 0.0006);
foreach (var province in demoProvinces)
{
    var districts = Read("thailand_districts_amphoe_simplified.geojson").Where(f => Code(f, "ADM2")!.StartsWith(province, StringComparison.Ordinal));
    var subdistricts = Read("thailand_tambons_simplified.geojson").Where(f => Code(f, "ADM3")!.StartsWith(province, StringComparison.Ordinal));
    Write($"{province}-districts.geojson", districts, "ADM2", ProvinceTolerance: 0.0004);
    Write($"{province}-subdistricts.geojson", subdistricts, "ADM3", ProvinceTolerance: 0.0003);
}

return 0;

List<BoundaryFeature> Read(string file)
{
    using var stream = File.OpenRead(Path.Combine(source, file));
    return [.. BoundaryFileReader.Read(stream)];
}

void WriteProvinces(string file, string output, double tolerance)
{
    var topology = JsonNode.Parse(File.ReadAllText(Path.Combine(source, file)))!.AsObject();
    var scale = topology["transform"]!["scale"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
    var arcs = topology["arcs"]!.AsArray();
    var simplifiedArcs = new JsonArray();
    foreach (var arc in arcs)
    {
        long x = 0, y = 0;
        var points = new List<Coordinate>();
        foreach (var delta in arc!.AsArray())
        {
            x += delta![0]!.GetValue<long>();
            y += delta[1]!.GetValue<long>();
            points.Add(new Coordinate(x * scale[0], y * scale[1]));
        }

        // A closed arc is a whole ring (an island); keep enough of it to stay a ring.
        var kept = DouglasPeuckerLineSimplifier.Simplify([.. points], tolerance);
        if (kept.Length < 4 && points[0].Equals2D(points[^1]))
        {
            kept = points.Count <= 4 ? [.. points] : [points[0], points[points.Count / 3], points[2 * points.Count / 3], points[^1]];
        }

        var encoded = new JsonArray();
        long px = 0, py = 0;
        foreach (var c in kept)
        {
            var qx = (long)Math.Round(c.X / scale[0]);
            var qy = (long)Math.Round(c.Y / scale[1]);
            encoded.Add(new JsonArray(qx - px, qy - py));
            (px, py) = (qx, qy);
        }

        simplifiedArcs.Add(encoded);
    }

    topology["arcs"] = simplifiedArcs;
    var objectName = topology["objects"]!.AsObject().Single().Key;
    foreach (var geometry in topology["objects"]![objectName]!["geometries"]!.AsArray())
    {
        var p = geometry!["properties"]!;
        geometry["properties"] = new JsonObject
        {
            ["code"] = AreaCodes.Normalize(p["ADM1_PCODE"]!.GetValue<string>()),
            ["name_th"] = p["ADM1_TH"]!.GetValue<string>().Trim(),
            ["name_en"] = p["ADM1_EN"]!.GetValue<string>().Trim(),
        };
    }

    topology["objects"] = new JsonObject { ["provinces"] = topology["objects"]![objectName]!.DeepClone() };
    var path = Path.Combine(target, output);
    File.WriteAllText(path, topology.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", new UTF8Encoding(false));

    var before = Read(file).ToDictionary(f => Code(f, "ADM1")!);
    var worst = (Meters: 0.0, Code: "");
    foreach (var after in Read(Path.GetFullPath(path)))
    {
        var code = after.Properties["code"];
        var meters = DiscreteHausdorffDistance.Distance(before[code].Geometry.Boundary, after.Geometry.Boundary) * 111_320;
        worst = meters > worst.Meters ? (meters, code) : worst;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{path}: {before.Count} features, {new FileInfo(path).Length / 1024.0:0.0} KB, tolerance {tolerance}°, farthest from the source {worst.Meters:0} m ({worst.Code})"));
}

static string? Code(BoundaryFeature f, string level) => AreaCodes.Normalize(f.Properties.GetValueOrDefault(level + "_PCODE"));

void Write(string file, IEnumerable<BoundaryFeature> features, string level, double ProvinceTolerance)
{
    var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
    var worst = (Meters: 0.0, Code: "");
    var count = 0;
    foreach (var feature in features.OrderBy(f => Code(f, level), StringComparer.Ordinal))
    {
        var code = Code(feature, level)!;
        var simplified = TopologyPreservingSimplifier.Simplify(feature.Geometry, ProvinceTolerance);
        var rounded = Round(simplified);
        var meters = DiscreteHausdorffDistance.Distance(feature.Geometry.Boundary, rounded.Boundary) * 111_320;
        if (meters > worst.Meters)
        {
            worst = (meters, code);
        }

        sb.Append(count++ == 0 ? "" : ",\n").Append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").Append(code).Append("\",\"name_th\":");
        GeoJsonWriter.WriteString(sb, feature.Properties[level + "_TH"].Trim());
        sb.Append(",\"name_en\":");
        GeoJsonWriter.WriteString(sb, feature.Properties[level + "_EN"].Trim());
        sb.Append("},\"geometry\":");
        GeoJsonWriter.WriteGeometry(sb, rounded, Decimals);
        sb.Append('}');
    }

    sb.Append("\n]}\n");
    var path = Path.Combine(target, file);
    File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{path}: {count} features, {new FileInfo(path).Length / 1024.0:0.0} KB, tolerance {ProvinceTolerance}°, farthest from the source {worst.Meters:0} m ({worst.Code})"));
}

static Geometry Round(Geometry geometry)
{
    var copy = geometry.Copy();
    copy.Apply(new RoundFilter());
    copy.GeometryChanged();
    return copy.IsValid ? copy : copy.Buffer(0);
}

internal static partial class Program
{
    /// <summary>4 decimals is 11 m at most: finer than the simplification, coarser costs validity at narrow necks.</summary>
    public const int Decimals = 4;
}

internal sealed class RoundFilter : ICoordinateSequenceFilter
{
    public bool Done => false;

    public bool GeometryChanged => true;

    public void Filter(CoordinateSequence seq, int i)
    {
        seq.SetX(i, Math.Round(seq.GetX(i), Program.Decimals));
        seq.SetY(i, Math.Round(seq.GetY(i), Program.Decimals));
    }
}
