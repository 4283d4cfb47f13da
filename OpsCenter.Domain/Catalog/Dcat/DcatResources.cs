using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog.Interop;

namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>The resources datasets point at: agents, contact points, places and the GD Catalog's data types.</summary>
internal static class DcatResources
{
    /// <summary>An agency is the CKAN organization harvesters already know; its organization_show URL names it.</summary>
    public static RdfIri Agent(RdfGraph graph, DcatCatalogInfo info, Agency agency)
    {
        var agent = new RdfIri($"{info.Root.TrimEnd('/')}/api/3/action/organization_show?id={CkanIds.OrganizationName(agency.Code)}");
        graph.AddType(agent, Rdf.FoafNs + "Agent");
        graph.AddType(agent, Rdf.FoafNs + "Organization");
        graph.Add(agent, Rdf.FoafNs + "name", Rdf.Text(agency.NameTh, "th"));
        graph.Add(agent, Rdf.FoafNs + "name", Rdf.Text(agency.NameEn, "en"));
        graph.Add(agent, Rdf.DctNs + "type", new RdfIri("http://purl.org/adms/publishertype/" + (agency.IsLocalGovernment ? "LocalAuthority" : "RegionalAuthority")));
        return agent;
    }

    public static RdfTerm? Contact(RdfGraph graph, CatalogEntry entry)
    {
        var d = entry.Dataset;
        if (d.Maintainer is null && d.MaintainerEmail is null)
        {
            return null;
        }

        var contact = graph.NewBlank();
        graph.AddType(contact, Rdf.VcardNs + "Kind");
        graph.Add(contact, Rdf.VcardNs + "fn", new RdfLiteral(d.Maintainer ?? entry.Owner.NameTh));
        if (!string.IsNullOrWhiteSpace(d.MaintainerEmail))
        {
            graph.Add(contact, Rdf.VcardNs + "hasEmail", new RdfIri("mailto:" + d.MaintainerEmail.Trim()));
        }

        return contact;
    }

    /// <summary>Provinces, districts and subdistricts by their DOPA code, as this installation names them.</summary>
    public static RdfIri? Place(RdfGraph graph, DcatCatalogInfo info, string code)
    {
        if (!info.Areas.TryGetValue(code, out var area))
        {
            return null;
        }

        var place = new RdfIri($"{info.Root.TrimEnd('/')}/areas/{code}");
        graph.AddType(place, Rdf.DctNs + "Location");
        graph.Add(place, Rdf.SkosNs + "prefLabel", Rdf.Text(area.NameTh, "th"));
        graph.Add(place, Rdf.SkosNs + "prefLabel", Rdf.Text(area.NameEn, "en"));
        graph.Add(place, Rdf.DcatNs + "centroid", new RdfLiteral(
            FormattableString.Invariant($"POINT({area.Longitude} {area.Latitude})"), Datatype: "http://www.opengis.net/ont/geosparql#wktLiteral"));
        return place;
    }

    /// <summary>
    /// The Thai profile's addition: the GD Catalog's data type (ประเภทชุดข้อมูล) as dct:type, a concept of the catalog's
    /// own scheme labelled in Thai as ckanext-thai_gdc stores it, since no EU table holds these five kinds.
    /// </summary>
    public static RdfIri DataType(RdfGraph graph, DcatCatalogInfo info, DatasetDataType type)
    {
        var concept = new RdfIri($"{info.CatalogIri}#data-type-{type.ToString().ToLowerInvariant()}");
        graph.AddType(concept, Rdf.SkosNs + "Concept");
        graph.Add(concept, Rdf.SkosNs + "prefLabel", Rdf.Text(GdcVocabulary.ThaiOf(type), "th"));
        graph.Add(concept, Rdf.SkosNs + "prefLabel", Rdf.Text(type.ToString(), "en"));
        graph.Add(concept, Rdf.SkosNs + "inScheme", new RdfIri(info.CatalogIri + "#data-types"));
        return concept;
    }
}
