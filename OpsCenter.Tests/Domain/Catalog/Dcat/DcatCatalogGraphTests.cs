using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Dcat;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Catalog.Dcat;

/// <summary>
/// The DCAT-AP 3 shapes (SEMICeu/DCAT-AP, dcat-ap-SHACL.ttl) checked by hand on the triple model: each class's
/// mandatory properties (sh:minCount 1), the recommended ones this catalog can fill, and the node kinds and classes
/// the shapes require of them (IRIs, not text, for licence, theme, place, access rights and media type).
/// </summary>
public sealed class DcatCatalogGraphTests
{
    private const string Root = "https://ops.example";
    private static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Agency Office = new() { Id = 1, Code = "SRB-PO", ProvinceCode = "19", NameTh = "สำนักงานจังหวัดสระบุรี", NameEn = "Saraburi Provincial Office", Kind = AgencyKind.ProvincialOffice };
    private static readonly Agency District = new() { Id = 2, Code = "SRB-KK", ProvinceCode = "19", NameTh = "ที่ว่าการอำเภอแก่งคอย", NameEn = "Kaeng Khoi District Office", Kind = AgencyKind.DistrictOffice };

    private static readonly Dictionary<string, Area> Areas = new()
    {
        ["19"] = new Area { Code = "19", Level = AreaLevel.Province, ProvinceCode = "19", NameTh = "สระบุรี", NameEn = "Saraburi", Latitude = 14.5, Longitude = 100.9 },
        ["1902"] = new Area { Code = "1902", Level = AreaLevel.District, ParentCode = "19", ProvinceCode = "19", NameTh = "แก่งคอย", NameEn = "Kaeng Khoi", Latitude = 14.58, Longitude = 101.0 },
    };

    [Fact]
    public void Catalog_HasEveryMandatoryProperty_AndAPublisherAgent()
    {
        var graph = Graph();
        var catalog = Assert.Single(graph.SubjectsOfType(Rdf.DcatNs + "Catalog"));

        Assert.NotEmpty(Literals(graph, catalog, Rdf.DctNs + "title"));
        Assert.NotEmpty(Literals(graph, catalog, Rdf.DctNs + "description"));
        var publisher = Assert.IsType<RdfIri>(Assert.Single(graph.Objects(catalog, Rdf.DctNs + "publisher")));
        Assert.Contains(new RdfIri(Rdf.FoafNs + "Agent"), graph.Objects(publisher, Rdf.Type));
        Assert.Contains(Literals(graph, publisher, Rdf.FoafNs + "name"), n => n.Value == "สำนักงานจังหวัดสระบุรี" && n.Language == "th");
        Assert.All(graph.Objects(catalog, Rdf.DctNs + "language"), l => Assert.StartsWith(DcatVocabularies.Authority + "language/", Assert.IsType<RdfIri>(l).Value, StringComparison.Ordinal));
        Assert.Equal(2, graph.Objects(catalog, Rdf.DcatNs + "dataset").Count());
        Assert.IsType<RdfIri>(Assert.Single(graph.Objects(catalog, Rdf.DcatNs + "themeTaxonomy")));
    }

    [Fact]
    public void Datasets_HaveTitleAndDescription_AndIrisWhereTheShapesWantResources()
    {
        var graph = Graph();

        Assert.All(graph.SubjectsOfType(Rdf.DcatNs + "Dataset"), dataset =>
        {
            Assert.NotEmpty(Literals(graph, dataset, Rdf.DctNs + "title"));
            Assert.NotEmpty(Literals(graph, dataset, Rdf.DctNs + "description"));
            AssertIrisOfClass(graph, dataset, Rdf.DcatNs + "theme", Rdf.SkosNs + "Concept", DcatVocabularies.ThemeScheme + "/");
            AssertIrisOfClass(graph, dataset, Rdf.DctNs + "spatial", Rdf.DctNs + "Location", Root + "/areas/");
            AssertIrisOfClass(graph, dataset, Rdf.DctNs + "accessRights", Rdf.DctNs + "RightsStatement", DcatVocabularies.Authority + "access-right/");
            AssertIrisOfClass(graph, dataset, Rdf.DctNs + "accrualPeriodicity", null, DcatVocabularies.Authority + "frequency/");
            Assert.IsType<RdfIri>(Assert.Single(graph.Objects(dataset, Rdf.DctNs + "publisher")));
            Assert.NotEmpty(graph.Objects(dataset, Rdf.DcatNs + "distribution"));
        });
    }

    [Fact]
    public void Datasets_NameThemePlaceAndRights_FromTheirOwnFacts()
    {
        var graph = Graph();
        var health = new RdfIri(Root + "/catalog/srb-clinics");
        var roads = new RdfIri(Root + "/catalog/srb-roads");

        Assert.Contains(new RdfIri(DcatVocabularies.ThemeScheme + "/HEAL"), graph.Objects(health, Rdf.DcatNs + "theme"));
        Assert.Contains(new RdfIri(DcatVocabularies.ThemeScheme + "/TRAN"), graph.Objects(roads, Rdf.DcatNs + "theme"));
        Assert.Contains(new RdfIri(Root + "/areas/1902"), graph.Objects(roads, Rdf.DctNs + "spatial"));
        Assert.DoesNotContain(new RdfIri(Root + "/areas/1902"), graph.Objects(health, Rdf.DctNs + "spatial"));
        Assert.Equal(new RdfIri(DcatVocabularies.Authority + "access-right/PUBLIC"), Assert.Single(graph.Objects(roads, Rdf.DctNs + "accessRights")));
        Assert.Equal(new RdfIri(DcatVocabularies.Authority + "access-right/RESTRICTED"), Assert.Single(graph.Objects(health, Rdf.DctNs + "accessRights")));
        var dataType = Assert.Single(graph.Objects(roads, Rdf.DctNs + "type"));
        Assert.Contains(Literals(graph, dataType, Rdf.SkosNs + "prefLabel"), l => l.Value == "ข้อมูลสถิติ" && l.Language == "th");
    }

    [Fact]
    public void ContactPoint_IsAVcardKind_WithAMailtoIri()
    {
        var graph = Graph();
        var contact = Assert.Single(graph.Objects(new RdfIri(Root + "/catalog/srb-roads"), Rdf.DcatNs + "contactPoint"));

        Assert.Contains(new RdfIri(Rdf.VcardNs + "Kind"), graph.Objects(contact, Rdf.Type));
        Assert.Equal(new RdfIri("mailto:roads@saraburi.example"), Assert.Single(graph.Objects(contact, Rdf.VcardNs + "hasEmail")));
        Assert.NotEmpty(Literals(graph, contact, Rdf.VcardNs + "fn"));
    }

    [Fact]
    public void Distributions_HaveAccessAndDownloadUrls_IanaMediaTypes_AndLicenceDocuments()
    {
        var graph = Graph();
        var distributions = graph.SubjectsOfType(Rdf.DcatNs + "Distribution").ToList();

        Assert.Equal(2, distributions.Count);
        Assert.All(distributions, d =>
        {
            Assert.IsType<RdfIri>(Assert.Single(graph.Objects(d, Rdf.DcatNs + "accessURL")));
            Assert.IsType<RdfIri>(Assert.Single(graph.Objects(d, Rdf.DcatNs + "downloadURL")));
            AssertIrisOfClass(graph, d, Rdf.DcatNs + "mediaType", Rdf.DctNs + "MediaType", "https://www.iana.org/assignments/media-types/");
            AssertIrisOfClass(graph, d, Rdf.DctNs + "format", Rdf.DctNs + "MediaTypeOrExtent", DcatVocabularies.Authority + "file-type/");
            var size = Assert.IsType<RdfLiteral>(Assert.Single(graph.Objects(d, Rdf.DcatNs + "byteSize")));
            Assert.Equal(Rdf.XsdNs + "nonNegativeInteger", size.Datatype);
        });
        var roads = new RdfIri(Root + "/catalog/srb-roads/versions/1");
        Assert.Equal(new RdfIri(DcatVocabularies.MediaType("text/csv")), Assert.Single(graph.Objects(roads, Rdf.DcatNs + "mediaType")));
        var licence = Assert.IsType<RdfIri>(Assert.Single(graph.Objects(roads, Rdf.DctNs + "license")));
        Assert.Contains(new RdfIri(Rdf.DctNs + "LicenseDocument"), graph.Objects(licence, Rdf.Type));
        Assert.Empty(graph.Objects(new RdfIri(Root + "/catalog/srb-clinics/versions/1"), Rdf.DctNs + "license"));
    }

    [Theory]
    [InlineData("cc-by", DcatVocabularies.Authority + "licence/CC_BY_4_0")]
    [InlineData("CC0", DcatVocabularies.Authority + "licence/CC0")]
    [InlineData("Open Data Common", Root + "/catalog#licence-open-data-common")]
    [InlineData("License not specified", null)]
    public void Licence_IsTheEuIri_OrTheCatalogsOwn_OrNone(string license, string? iri) =>
        Assert.Equal(iri, DcatVocabularies.Licence(license, Root + "/catalog"));

    [Theory]
    [InlineData(FrequencyUnit.Day, 1, "DAILY")]
    [InlineData(FrequencyUnit.Quarter, 1, "QUARTERLY")]
    [InlineData(FrequencyUnit.HalfYear, 1, "ANNUAL_2")]
    [InlineData(FrequencyUnit.Year, 1, "ANNUAL")]
    [InlineData(FrequencyUnit.Week, 5, "OTHER")]
    public void Frequencies_UseTheEuVocabulary(FrequencyUnit unit, int interval, string code) =>
        Assert.Equal(DcatVocabularies.Authority + "frequency/" + code, DcatVocabularies.Frequency(unit, interval));

    [Fact]
    public void Paging_LinksNextAsCkanextDcatReadsIt()
    {
        var page = new DcatPage(1, 1, 2, n => $"{Root}/catalog.ttl?page={n}");
        var graph = DcatCatalogGraph.Catalog(Info(), [Roads()], page);

        var collection = Assert.Single(graph.SubjectsOfType(Rdf.HydraNs + "PagedCollection"));
        Assert.Equal(new RdfLiteral(Root + "/catalog.ttl?page=2"), Assert.Single(graph.Objects(collection, Rdf.HydraNs + "next")));
        Assert.Equal(new RdfLiteral(Root + "/catalog.ttl?page=2"), Assert.Single(graph.Objects(collection, Rdf.HydraNs + "nextPage")));
        Assert.Equal("2", Assert.IsType<RdfLiteral>(Assert.Single(graph.Objects(collection, Rdf.HydraNs + "totalItems"))).Value);
    }

    [Fact]
    public void TurtleRdfXmlAndJsonLd_EachSayExactlyTheModelsTriples()
    {
        var graph = Graph();
        var expected = RdfReaders.Lines(graph);

        Assert.Equal(expected, RdfReaders.FromTurtle(TurtleWriter.Write(graph)));
        Assert.Equal(expected, RdfReaders.FromRdfXml(RdfXmlWriter.Write(graph)));
        Assert.Equal(expected, RdfReaders.FromJsonLd(JsonLdWriter.Write(graph).ToJsonString()));
    }

    [Fact]
    public void Turtle_EscapesQuotesNewlinesAndBackslashes()
    {
        var graph = new RdfGraph(Rdf.Prefixes);
        graph.Add(new RdfIri(Root + "/x"), Rdf.DctNs + "title", new RdfLiteral("ชื่อ \"ยาว\"\nบรรทัด \\ สอง", "th"));

        Assert.Equal(RdfReaders.Lines(graph), RdfReaders.FromTurtle(TurtleWriter.Write(graph)));
    }

    private static RdfGraph Graph() => DcatCatalogGraph.Catalog(Info(), [Clinics(), Roads()], null);

    private static DcatCatalogInfo Info() =>
        new(Root, "บัญชีข้อมูล", "Catalog", Office, Areas["19"], Areas, new[] { (AgencyId: 2, Code: "1902") }.ToLookup(a => a.AgencyId, a => a.Code), Now);

    private static CatalogEntry Clinics() => new(Dataset("srb-clinics", "สถานพยาบาล", "สาธารณสุข", DataClassification.Personal, "License not specified", null), Office, [Version()]);

    private static CatalogEntry Roads() => new(Dataset("srb-roads", "โครงข่ายถนน", "ถนน", DataClassification.Public, "Open Data Common", "roads@saraburi.example"), District, [Version()]);

    private static DatasetVersion Version() =>
        new() { Id = 1, Number = 1, FileName = "a.csv", Format = "CSV", SizeBytes = 5, UploadedByName = "x", UploadedAt = Now, HasContent = true, Sha256 = "AB01" };

    private static Dataset Dataset(string slug, string title, string tags, DataClassification classification, string license, string? email) => new()
    {
        Id = slug.Length, ProvinceCode = "19", Slug = slug, TitleTh = title, TitleEn = slug, OwnerAgencyId = 1, FrequencyUnit = FrequencyUnit.Month,
        FrequencyInterval = 1, Classification = classification, Tags = tags, LastDataUpdateAt = Now, CreatedAt = Now.AddYears(-1),
        MetadataModifiedAt = Now, License = license, Maintainer = "ผู้ดูแล", MaintainerEmail = email, Description = "คำอธิบาย",
    };

    private static IEnumerable<RdfLiteral> Literals(RdfGraph graph, RdfTerm subject, string predicate) => graph.Objects(subject, predicate).OfType<RdfLiteral>();

    private static void AssertIrisOfClass(RdfGraph graph, RdfTerm subject, string predicate, string? type, string iriPrefix)
    {
        var values = graph.Objects(subject, predicate).ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v =>
        {
            Assert.StartsWith(iriPrefix, Assert.IsType<RdfIri>(v).Value, StringComparison.Ordinal);
            if (type is not null)
            {
                Assert.Contains(new RdfIri(type), graph.Objects(v, Rdf.Type));
            }
        });
    }
}
