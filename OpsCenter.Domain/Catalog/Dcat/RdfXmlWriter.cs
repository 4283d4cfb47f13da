using System.Xml.Linq;

namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>RDF/XML (application/rdf+xml), the format ckanext-dcat's harvester assumes when it is told none.</summary>
public static class RdfXmlWriter
{
    private static readonly XNamespace RdfNs = Rdf.RdfNs;

    public static string Write(RdfGraph graph)
    {
        var root = new XElement(RdfNs + "RDF", graph.Prefixes.Select(p => new XAttribute(XNamespace.Xmlns + p.Key, p.Value)));
        foreach (var subject in graph.BySubject())
        {
            var description = new XElement(RdfNs + "Description", subject.Key switch
            {
                RdfBlank blank => new XAttribute(RdfNs + "nodeID", blank.Id),
                var iri => new XAttribute(RdfNs + "about", ((RdfIri)iri).Value),
            });
            foreach (var triple in subject)
            {
                description.Add(Property(triple));
            }

            root.Add(description);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Property(RdfTriple triple)
    {
        var element = new XElement(Name(triple.Predicate.Value));
        switch (triple.Object)
        {
            case RdfIri iri:
                element.Add(new XAttribute(RdfNs + "resource", iri.Value));
                break;
            case RdfBlank blank:
                element.Add(new XAttribute(RdfNs + "nodeID", blank.Id));
                break;
            case RdfLiteral literal:
                if (literal.Language is { } language)
                {
                    element.Add(new XAttribute(XNamespace.Xml + "lang", language));
                }
                else if (literal.Datatype is { } type)
                {
                    element.Add(new XAttribute(RdfNs + "datatype", type));
                }

                element.Add(literal.Value);
                break;
        }

        return element;
    }

    /// <summary>An XML element name is a namespace and a local name: the IRI split after its last '#' or '/'.</summary>
    private static XName Name(string predicate)
    {
        var split = Math.Max(predicate.LastIndexOf('#'), predicate.LastIndexOf('/')) + 1;
        return XName.Get(predicate[split..], predicate[..split]);
    }
}
