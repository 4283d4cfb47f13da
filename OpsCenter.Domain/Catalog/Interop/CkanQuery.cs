namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>A parsed Solr-style q or fq, as CKAN passes them to Solr: terms, phrases, ranges, AND/OR/NOT, +/-.</summary>
public abstract record CkanClause;

public sealed record CkanMatchAll : CkanClause;

/// <summary>A value for one field (<c>organization:srb-nre</c>), or free text when <see cref="Field"/> is null.</summary>
public sealed record CkanTerm(string? Field, string Value, bool Phrase) : CkanClause;

/// <summary><c>field:[low TO high]</c>; a null bound is <c>*</c>; braces make a bound exclusive.</summary>
public sealed record CkanRange(string Field, string? Low, string? High, bool LowInclusive, bool HighInclusive) : CkanClause;

public sealed record CkanAll(IReadOnlyList<CkanClause> Clauses) : CkanClause;

public sealed record CkanAny(IReadOnlyList<CkanClause> Clauses) : CkanClause;

public sealed record CkanNot(CkanClause Clause) : CkanClause;

public sealed class CkanQueryException(string message) : Exception(message);
