using System.Text;

namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>Turtle (text/turtle): the prefixes, then each subject once with its predicates joined by ";".</summary>
public static class TurtleWriter
{
    public static string Write(RdfGraph graph)
    {
        var text = new StringBuilder();
        foreach (var (prefix, ns) in graph.Prefixes)
        {
            text.Append("@prefix ").Append(prefix).Append(": <").Append(EscapeIri(ns)).Append("> .\n");
        }

        foreach (var subject in graph.BySubject())
        {
            text.Append('\n').Append(Term(graph, subject.Key));
            var first = true;
            foreach (var predicate in subject.GroupBy(t => t.Predicate))
            {
                text.Append(first ? "\n    " : " ;\n    ");
                first = false;
                text.Append(predicate.Key.Value == Rdf.Type ? "a" : Term(graph, predicate.Key)).Append(' ');
                text.AppendJoin(", ", predicate.Select(t => Term(graph, t.Object)));
            }

            text.Append(" .\n");
        }

        return text.ToString();
    }

    private static string Term(RdfGraph graph, RdfTerm term) => term switch
    {
        RdfIri iri => graph.Compact(iri.Value) ?? $"<{EscapeIri(iri.Value)}>",
        RdfBlank blank => "_:" + blank.Id,
        RdfLiteral { Language: { } language } literal => $"{Quote(literal.Value)}@{language}",
        RdfLiteral { Datatype: { } type } literal => $"{Quote(literal.Value)}^^{Term(graph, new RdfIri(type))}",
        RdfLiteral literal => Quote(literal.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>Turtle forbids spaces, angle brackets, quotes and a few more inside an IRI; they go as \u escapes.</summary>
    private static string EscapeIri(string iri)
    {
        var text = new StringBuilder(iri.Length);
        foreach (var c in iri)
        {
            text.Append(c is <= ' ' or '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.ToString();
    }
}
