namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>An RDF term: an IRI, a blank node ("_:b1") or a literal with a language or a datatype.</summary>
public abstract record RdfTerm;

public sealed record RdfIri(string Value) : RdfTerm;

public sealed record RdfBlank(string Id) : RdfTerm;

public sealed record RdfLiteral(string Value, string? Language = null, string? Datatype = null) : RdfTerm;

public sealed record RdfTriple(RdfTerm Subject, RdfIri Predicate, RdfTerm Object);

/// <summary>
/// Triples in the order they were added, plus the prefixes the serializers abbreviate with. Built once and written
/// as Turtle, RDF/XML or JSON-LD, so the three formats cannot disagree.
/// </summary>
public sealed class RdfGraph
{
    private readonly List<RdfTriple> _triples = [];
    private readonly HashSet<RdfTriple> _seen = [];
    private int _blanks;

    public RdfGraph(IReadOnlyDictionary<string, string> prefixes) => Prefixes = prefixes;

    public IReadOnlyDictionary<string, string> Prefixes { get; }

    public IReadOnlyList<RdfTriple> Triples => _triples;

    public RdfBlank NewBlank() => new($"b{++_blanks}");

    public void Add(RdfTerm subject, string predicate, RdfTerm? value)
    {
        if (value is null || value is RdfLiteral { Value.Length: 0 })
        {
            return;
        }

        var triple = new RdfTriple(subject, new RdfIri(predicate), value);
        if (_seen.Add(triple))
        {
            _triples.Add(triple);
        }
    }

    public void AddType(RdfTerm subject, string type) => Add(subject, Rdf.Type, new RdfIri(type));

    /// <summary>Subjects in first-mention order, each with its triples: the unit every serializer writes.</summary>
    public IEnumerable<IGrouping<RdfTerm, RdfTriple>> BySubject() => _triples.GroupBy(t => t.Subject);

    public IEnumerable<RdfTerm> Objects(RdfTerm subject, string predicate) =>
        _triples.Where(t => t.Subject == subject && t.Predicate.Value == predicate).Select(t => t.Object);

    public IEnumerable<RdfTerm> SubjectsOfType(string type) =>
        _triples.Where(t => t.Predicate.Value == Rdf.Type && t.Object is RdfIri iri && iri.Value == type).Select(t => t.Subject);

    /// <summary>"dcat:Dataset" for an IRI under a known prefix, else null.</summary>
    public string? Compact(string iri)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && iri.Length > ns.Length && IsLocalName(iri.AsSpan(ns.Length)))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }

        return null;
    }

    private static bool IsLocalName(ReadOnlySpan<char> local)
    {
        if (!char.IsAsciiLetter(local[0]))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }
}
