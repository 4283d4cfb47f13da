using System.Text.Json.Nodes;

namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>JSON-LD (application/ld+json) in flattened form: the prefixes as @context, one node per subject in @graph.</summary>
public static class JsonLdWriter
{
    public static JsonObject Write(RdfGraph graph)
    {
        var context = new JsonObject();
        foreach (var (prefix, ns) in graph.Prefixes)
        {
            context[prefix] = ns;
        }

        var nodes = new JsonArray();
        foreach (var subject in graph.BySubject())
        {
            var node = new JsonObject { ["@id"] = Id(subject.Key) };
            var types = subject.Where(t => t.Predicate.Value == Rdf.Type).Select(t => (JsonNode)Name(graph, ((RdfIri)t.Object).Value)).ToArray();
            if (types.Length > 0)
            {
                node["@type"] = new JsonArray(types);
            }

            foreach (var predicate in subject.Where(t => t.Predicate.Value != Rdf.Type).GroupBy(t => t.Predicate.Value))
            {
                node[Name(graph, predicate.Key)] = new JsonArray(predicate.Select(t => (JsonNode)Value(t.Object)).ToArray());
            }

            nodes.Add(node);
        }

        return new JsonObject { ["@context"] = context, ["@graph"] = nodes };
    }

    private static string Name(RdfGraph graph, string iri) => graph.Compact(iri) ?? iri;

    private static string Id(RdfTerm term) => term is RdfBlank blank ? "_:" + blank.Id : ((RdfIri)term).Value;

    private static JsonObject Value(RdfTerm term) => term switch
    {
        RdfLiteral { Language: { } language } literal => new JsonObject { ["@value"] = literal.Value, ["@language"] = language },
        RdfLiteral { Datatype: { } type } literal => new JsonObject { ["@value"] = literal.Value, ["@type"] = type },
        RdfLiteral literal => new JsonObject { ["@value"] = literal.Value },
        _ => new JsonObject { ["@id"] = Id(term) },
    };
}
