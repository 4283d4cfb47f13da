using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using OpsCenter.Domain.Catalog.Dcat;

namespace OpsCenter.Tests.Domain.Catalog.Dcat;

/// <summary>
/// Reads the three serializations back into N-Triples lines, independently of the writers, so a test can check that
/// each format says exactly what the triple model says. Covers the Turtle, RDF/XML and JSON-LD that RDF tools write
/// for flat graphs: prefixes, "a", ";" and ",", escaped strings, language tags and datatypes.
/// </summary>
public static class RdfReaders
{
    public static HashSet<string> Lines(RdfGraph graph) => graph.Triples.Select(t => Line(Term(t.Subject), Term(t.Predicate), Term(t.Object))).ToHashSet();

    public static HashSet<string> FromTurtle(string text)
    {
        var tokens = Tokens(text).ToList();
        var prefixes = new Dictionary<string, string>();
        var lines = new HashSet<string>();
        var i = 0;
        string Resolve(string token) => token switch
        {
            "a" => $"<{Rdf.Type}>",
            _ when token.StartsWith('<') || token.StartsWith("_:", StringComparison.Ordinal) => token,
            _ => $"<{prefixes[token[..token.IndexOf(':', StringComparison.Ordinal)]]}{token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..]}>",
        };
        string Object()
        {
            var token = tokens[i++];
            if (!token.StartsWith('"'))
            {
                return Resolve(token);
            }

            if (i < tokens.Count && tokens[i].StartsWith('@'))
            {
                return token + tokens[i++];
            }

            if (i < tokens.Count && tokens[i] == "^^")
            {
                i++;
                return token + "^^" + Resolve(tokens[i++]);
            }

            return token;
        }

        while (i < tokens.Count)
        {
            if (tokens[i] == "@prefix")
            {
                prefixes[tokens[i + 1].TrimEnd(':')] = tokens[i + 2].Trim('<', '>');
                i += 4;
                continue;
            }

            var subject = Resolve(tokens[i++]);
            while (true)
            {
                var predicate = Resolve(tokens[i++]);
                lines.Add(Line(subject, predicate, Object()));
                while (tokens[i] == ",")
                {
                    i++;
                    lines.Add(Line(subject, predicate, Object()));
                }

                if (tokens[i++] == ".")
                {
                    break;
                }
            }
        }

        return lines;
    }

    public static HashSet<string> FromRdfXml(string text)
    {
        XNamespace rdf = Rdf.RdfNs;
        var lines = new HashSet<string>();
        foreach (var description in XDocument.Parse(text).Root!.Elements(rdf + "Description"))
        {
            var subject = description.Attribute(rdf + "about") is { } about ? $"<{about.Value}>" : "_:" + description.Attribute(rdf + "nodeID")!.Value;
            foreach (var property in description.Elements())
            {
                var predicate = $"<{property.Name.NamespaceName}{property.Name.LocalName}>";
                var value = property.Attribute(rdf + "resource") is { } resource ? $"<{resource.Value}>"
                    : property.Attribute(rdf + "nodeID") is { } node ? "_:" + node.Value
                    : Literal(property.Value, property.Attribute(XNamespace.Xml + "lang")?.Value, property.Attribute(rdf + "datatype")?.Value);
                lines.Add(Line(subject, predicate, value));
            }
        }

        return lines;
    }

    public static HashSet<string> FromJsonLd(string text)
    {
        var root = JsonDocument.Parse(text).RootElement;
        var context = root.GetProperty("@context").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        string Expand(string name) => name.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && context.TryGetValue(name[..colon], out var ns) ? ns + name[(colon + 1)..] : name;
        string Node(string id) => id.StartsWith("_:", StringComparison.Ordinal) ? id : $"<{id}>";
        var lines = new HashSet<string>();
        foreach (var node in root.GetProperty("@graph").EnumerateArray())
        {
            var subject = Node(node.GetProperty("@id").GetString()!);
            foreach (var property in node.EnumerateObject().Where(p => p.Name != "@id"))
            {
                foreach (var value in property.Value.EnumerateArray())
                {
                    if (property.Name == "@type")
                    {
                        lines.Add(Line(subject, $"<{Rdf.Type}>", $"<{Expand(value.GetString()!)}>"));
                        continue;
                    }

                    var text2 = value.TryGetProperty("@id", out var id) ? Node(id.GetString()!)
                        : Literal(value.GetProperty("@value").GetString()!, value.TryGetProperty("@language", out var l) ? l.GetString() : null,
                            value.TryGetProperty("@type", out var t) ? Expand(t.GetString()!) : null);
                    lines.Add(Line(subject, $"<{Expand(property.Name)}>", text2));
                }
            }
        }

        return lines;
    }

    private static string Line(string s, string p, string o) => $"{s} {p} {o} .";

    private static string Term(RdfTerm term) => term switch
    {
        RdfIri iri => $"<{iri.Value}>",
        RdfBlank blank => "_:" + blank.Id,
        RdfLiteral literal => Literal(literal.Value, literal.Language, literal.Datatype),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static string Literal(string value, string? language, string? datatype) =>
        JsonSerializer.Serialize(value) + (language is not null ? "@" + language : datatype is not null ? $"^^<{datatype}>" : "");

    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '<')
            {
                var end = text.IndexOf('>', i);
                yield return "<" + Unescape(text[(i + 1)..end]) + ">";
                i = end + 1;
            }
            else if (c == '"')
            {
                var value = new StringBuilder();
                for (i++; text[i] != '"'; i++)
                {
                    value.Append(text[i] == '\\' ? text[++i] switch
                    {
                        'n' => "\n", 'r' => "\r", 't' => "\t",
                        'u' => ((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString() + Skip(ref i, 4),
                        var other => other.ToString(),
                    } : text[i].ToString());
                }

                i++;
                yield return JsonSerializer.Serialize(value.ToString());
            }
            else if (c is ';' or ',' or '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                yield return c.ToString();
                i++;
            }
            else if (c == '^' && text[i + 1] == '^')
            {
                yield return "^^";
                i += 2;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ';' and not ',' and not '^' && !(text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
                {
                    i++;
                }

                yield return text[start..i];
            }
        }
    }

    private static string Skip(ref int i, int count)
    {
        i += count;
        return "";
    }

    private static string Unescape(string iri)
    {
        var text = new StringBuilder();
        for (var i = 0; i < iri.Length; i++)
        {
            if (iri[i] == '\\' && iri[i + 1] == 'u')
            {
                text.Append((char)int.Parse(iri.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                text.Append(iri[i]);
            }
        }

        return text.ToString();
    }
}
