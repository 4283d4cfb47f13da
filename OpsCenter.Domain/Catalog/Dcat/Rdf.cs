namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>The namespaces DCAT-AP 3 uses, and the terms the catalog writes.</summary>
public static class Rdf
{
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string RdfsNs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string DcatNs = "http://www.w3.org/ns/dcat#";
    public const string DctNs = "http://purl.org/dc/terms/";
    public const string FoafNs = "http://xmlns.com/foaf/0.1/";
    public const string VcardNs = "http://www.w3.org/2006/vcard/ns#";
    public const string SkosNs = "http://www.w3.org/2004/02/skos/core#";
    public const string XsdNs = "http://www.w3.org/2001/XMLSchema#";
    public const string HydraNs = "http://www.w3.org/ns/hydra/core#";
    public const string AdmsNs = "http://www.w3.org/ns/adms#";
    public const string SpdxNs = "http://spdx.org/rdf/terms#";

    public const string Type = RdfNs + "type";

    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["rdf"] = RdfNs, ["rdfs"] = RdfsNs, ["dcat"] = DcatNs, ["dct"] = DctNs, ["foaf"] = FoafNs, ["vcard"] = VcardNs,
        ["skos"] = SkosNs, ["xsd"] = XsdNs, ["hydra"] = HydraNs, ["adms"] = AdmsNs, ["spdx"] = SpdxNs,
    };

    public static RdfLiteral DateTime(DateTime utc) =>
        new(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), Datatype: XsdNs + "dateTime");

    public static RdfLiteral Integer(long value, string type = "nonNegativeInteger") =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Datatype: XsdNs + type);

    public static RdfLiteral Text(string? value, string language) => new(value ?? "", language);
}
