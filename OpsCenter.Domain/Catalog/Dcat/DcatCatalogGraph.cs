using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog.Interop;

namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>What the catalog says about itself and the places its datasets cover.</summary>
public sealed record DcatCatalogInfo(
    string Root, string TitleTh, string TitleEn, Agency Publisher, Area Province, IReadOnlyDictionary<string, Area> Areas,
    ILookup<int, string> AreasByAgency, DateTime NowUtc)
{
    public string CatalogIri => Root.TrimEnd('/') + "/catalog";
}

/// <summary>One page of the catalog, for harvesters that follow hydra:next (ckanext-dcat's RDF harvester does).</summary>
public sealed record DcatPage(int Number, int Size, int TotalItems, Func<int, string> UrlOf)
{
    public int LastPage => Math.Max(1, (TotalItems + Size - 1) / Size);
}

/// <summary>
/// The catalog as DCAT-AP 3 triples: IRIs (not text) for licences, themes, places, access rights, media types and
/// e-mail; every distribution with an access URL and a download URL; the province's office as catalog publisher.
/// </summary>
public static class DcatCatalogGraph
{
    public static RdfGraph Catalog(DcatCatalogInfo info, IReadOnlyList<CatalogEntry> entries, DcatPage? page)
    {
        var graph = new RdfGraph(Rdf.Prefixes);
        var catalog = new RdfIri(info.CatalogIri);
        graph.AddType(catalog, Rdf.DcatNs + "Catalog");
        graph.Add(catalog, Rdf.DctNs + "title", Rdf.Text(info.TitleTh, "th"));
        graph.Add(catalog, Rdf.DctNs + "title", Rdf.Text(info.TitleEn, "en"));
        graph.Add(catalog, Rdf.DctNs + "description", Rdf.Text($"ชุดข้อมูลของหน่วยงานในจังหวัด{info.Province.NameTh}", "th"));
        graph.Add(catalog, Rdf.DctNs + "description", Rdf.Text($"Datasets of the agencies of {info.Province.NameEn} province", "en"));
        graph.Add(catalog, Rdf.DctNs + "publisher", DcatResources.Agent(graph, info, info.Publisher));
        graph.Add(catalog, Rdf.FoafNs + "homepage", new RdfIri(info.CatalogIri));
        graph.Add(catalog, Rdf.DctNs + "language", new RdfIri(DcatVocabularies.Authority + "language/THA"));
        graph.Add(catalog, Rdf.DctNs + "language", new RdfIri(DcatVocabularies.Authority + "language/ENG"));
        graph.Add(catalog, Rdf.DctNs + "modified", Rdf.DateTime(info.NowUtc));
        graph.Add(catalog, Rdf.DctNs + "spatial", DcatResources.Place(graph, info, info.Province.Code));
        graph.Add(catalog, Rdf.DcatNs + "themeTaxonomy", new RdfIri(DcatVocabularies.ThemeScheme));
        graph.AddType(new RdfIri(DcatVocabularies.ThemeScheme), Rdf.SkosNs + "ConceptScheme");
        graph.Add(new RdfIri(DcatVocabularies.ThemeScheme), Rdf.DctNs + "title", Rdf.Text("Data theme", "en"));
        foreach (var entry in entries)
        {
            graph.Add(catalog, Rdf.DcatNs + "dataset", Dataset(graph, info, entry));
        }

        if (page is not null)
        {
            Paging(graph, page);
        }

        return graph;
    }

    public static RdfIri DatasetIri(string root, string slug) => new($"{root.TrimEnd('/')}/catalog/{slug}");

    private static RdfIri Dataset(RdfGraph graph, DcatCatalogInfo info, CatalogEntry entry)
    {
        var d = entry.Dataset;
        var dataset = DatasetIri(info.Root, d.Slug);
        graph.AddType(dataset, Rdf.DcatNs + "Dataset");
        graph.Add(dataset, Rdf.DctNs + "identifier", new RdfLiteral(CkanIds.Package(d.Slug)));
        graph.Add(dataset, Rdf.DctNs + "title", Rdf.Text(d.TitleTh, "th"));
        graph.Add(dataset, Rdf.DctNs + "title", Rdf.Text(d.TitleEn, "en"));
        graph.Add(dataset, Rdf.DctNs + "description", Rdf.Text(string.IsNullOrWhiteSpace(d.Description) ? d.Objective ?? d.TitleTh : d.Description, "th"));
        foreach (var tag in d.TagList)
        {
            graph.Add(dataset, Rdf.DcatNs + "keyword", Rdf.Text(tag, "th"));
        }

        foreach (var theme in DcatVocabularies.Themes(d))
        {
            graph.Add(dataset, Rdf.DcatNs + "theme", new RdfIri(theme));
            graph.AddType(new RdfIri(theme), Rdf.SkosNs + "Concept");
        }

        graph.Add(dataset, Rdf.DctNs + "type", DcatResources.DataType(graph, info, d.DataType));
        graph.Add(dataset, Rdf.DctNs + "publisher", DcatResources.Agent(graph, info, entry.Owner));
        graph.Add(dataset, Rdf.DcatNs + "contactPoint", DcatResources.Contact(graph, entry));
        graph.Add(dataset, Rdf.DctNs + "accrualPeriodicity", new RdfIri(DcatVocabularies.Frequency(d.FrequencyUnit, d.FrequencyInterval)));
        graph.Add(dataset, Rdf.DctNs + "issued", Rdf.DateTime(d.CreatedAt));
        graph.Add(dataset, Rdf.DctNs + "modified", Rdf.DateTime(entry.MetadataModified));
        graph.Add(dataset, Rdf.DctNs + "spatial", DcatResources.Place(graph, info, info.Province.Code));
        foreach (var area in info.AreasByAgency[entry.Owner.Id])
        {
            graph.Add(dataset, Rdf.DctNs + "spatial", DcatResources.Place(graph, info, area));
        }

        var rights = new RdfIri(DcatVocabularies.AccessRights(d.Classification));
        graph.Add(dataset, Rdf.DctNs + "accessRights", rights);
        graph.AddType(rights, Rdf.DctNs + "RightsStatement");
        graph.Add(dataset, Rdf.DcatNs + "landingPage", new RdfIri(dataset.Value));
        graph.AddType(new RdfIri(dataset.Value), Rdf.FoafNs + "Document");
        graph.Add(dataset, Rdf.DctNs + "source", new RdfLiteral(d.DataSource ?? ""));
        foreach (var version in entry.Versions)
        {
            graph.Add(dataset, Rdf.DcatNs + "distribution", Distribution(graph, info, entry, version));
        }

        return dataset;
    }

    private static RdfIri Distribution(RdfGraph graph, DcatCatalogInfo info, CatalogEntry entry, DatasetVersion v)
    {
        var root = info.Root.TrimEnd('/');
        var distribution = new RdfIri($"{root}/catalog/{entry.Dataset.Slug}/versions/{v.Number}");
        var download = new RdfIri(entry.ResourceUrl(root, v));
        graph.AddType(distribution, Rdf.DcatNs + "Distribution");
        graph.Add(distribution, Rdf.DctNs + "title", Rdf.Text(v.FileName, "th"));
        graph.Add(distribution, Rdf.DctNs + "description", Rdf.Text($"{entry.Dataset.TitleTh} ฉบับที่ {v.Number} ({v.FileName})", "th"));
        graph.Add(distribution, Rdf.DcatNs + "accessURL", download);
        graph.Add(distribution, Rdf.DcatNs + "downloadURL", download);
        var mediaType = new RdfIri(DcatVocabularies.MediaType(CkanPackages.MediaType(v.Format)));
        graph.Add(distribution, Rdf.DcatNs + "mediaType", mediaType);
        graph.AddType(mediaType, Rdf.DctNs + "MediaType");
        var format = new RdfIri(DcatVocabularies.FileType(v.Format));
        graph.Add(distribution, Rdf.DctNs + "format", format);
        graph.AddType(format, Rdf.DctNs + "MediaTypeOrExtent");
        graph.Add(distribution, Rdf.DcatNs + "byteSize", Rdf.Integer(v.SizeBytes));
        graph.Add(distribution, Rdf.DctNs + "issued", Rdf.DateTime(v.UploadedAt));
        graph.Add(distribution, Rdf.DctNs + "modified", Rdf.DateTime(v.UploadedAt));
        graph.Add(distribution, Rdf.DctNs + "accessRights", new RdfIri(DcatVocabularies.AccessRights(entry.Dataset.Classification)));
        if (DcatVocabularies.Licence(entry.Dataset.License, info.CatalogIri) is { } licence)
        {
            var document = new RdfIri(licence);
            graph.Add(distribution, Rdf.DctNs + "license", document);
            graph.AddType(document, Rdf.DctNs + "LicenseDocument");
            if (licence.StartsWith(info.CatalogIri, StringComparison.Ordinal))
            {
                graph.Add(document, Rdf.RdfsNs + "label", new RdfLiteral(entry.Dataset.License!.Trim()));
            }
        }

        if (!string.IsNullOrEmpty(v.Sha256))
        {
            var checksum = graph.NewBlank();
            graph.Add(distribution, Rdf.SpdxNs + "checksum", checksum);
            graph.AddType(checksum, Rdf.SpdxNs + "Checksum");
            graph.Add(checksum, Rdf.SpdxNs + "algorithm", new RdfIri(Rdf.SpdxNs + "checksumAlgorithm_sha256"));
            graph.Add(checksum, Rdf.SpdxNs + "checksumValue", new RdfLiteral(v.Sha256.ToLowerInvariant(), Datatype: Rdf.XsdNs + "hexBinary"));
        }

        return distribution;
    }

    /// <summary>Both hydra vocabularies ckanext-dcat reads and writes: next (current) and nextPage (deprecated), as literals.</summary>
    private static void Paging(RdfGraph graph, DcatPage page)
    {
        var collection = new RdfIri(page.UrlOf(page.Number));
        graph.AddType(collection, Rdf.HydraNs + "PagedCollection");
        graph.Add(collection, Rdf.HydraNs + "totalItems", Rdf.Integer(page.TotalItems, "integer"));
        graph.Add(collection, Rdf.HydraNs + "itemsPerPage", Rdf.Integer(page.Size, "integer"));
        void Link(string name, string deprecated, int number)
        {
            graph.Add(collection, Rdf.HydraNs + name, new RdfLiteral(page.UrlOf(number)));
            graph.Add(collection, Rdf.HydraNs + deprecated, new RdfLiteral(page.UrlOf(number)));
        }

        Link("first", "firstPage", 1);
        Link("last", "lastPage", page.LastPage);
        if (page.Number > 1)
        {
            Link("previous", "previousPage", page.Number - 1);
        }

        if (page.Number < page.LastPage)
        {
            Link("next", "nextPage", page.Number + 1);
        }
    }
}
