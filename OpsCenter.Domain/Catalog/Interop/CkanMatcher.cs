using System.Globalization;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>Whether a package matches a parsed q or fq, as Solr would answer for CKAN's index.</summary>
public sealed class CkanMatcher(DateTime nowUtc)
{
    private static readonly IReadOnlySet<string> DateFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "metadata_modified", "metadata_created",
    };

    /// <summary>Solr text fields: a term matches a word inside them, not the whole value.</summary>
    private static readonly IReadOnlySet<string> TextFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "title_en", "notes", "res_name", "res_description", "author", "maintainer", "data_source",
    };

    public bool Matches(CkanClause clause, CkanDocument document) => clause switch
    {
        CkanMatchAll => true,
        CkanAll all => all.Clauses.All(c => Matches(c, document)),
        CkanAny any => any.Clauses.Any(c => Matches(c, document)),
        CkanNot not => !Matches(not.Clause, document),
        CkanTerm { Field: null or "text" } term => document.FreeText.Contains(term.Value, StringComparison.OrdinalIgnoreCase),
        CkanTerm term when TextFields.Contains(term.Field!) => document.Values(term.Field!).Any(v => v.Contains(term.Value.TrimEnd('*'), StringComparison.OrdinalIgnoreCase)),
        CkanTerm term => document.Values(term.Field!).Any(v => ValueMatches(v, term)),
        CkanRange range => document.Values(range.Field).Any(v => InRange(v, range)),
        _ => false,
    };

    /// <summary>The free-text words and phrases a package is scored by (not those under a NOT).</summary>
    public static IReadOnlyList<CkanTerm> FreeTextTerms(CkanClause? clause) => clause switch
    {
        CkanTerm { Field: null or "text" } term => [term],
        CkanAll all => all.Clauses.SelectMany(FreeTextTerms).ToList(),
        CkanAny any => any.Clauses.SelectMany(FreeTextTerms).ToList(),
        _ => [],
    };

    private static bool ValueMatches(string value, CkanTerm term)
    {
        if (!term.Phrase && term.Value == "*")
        {
            return value.Length > 0;
        }

        return !term.Phrase && term.Value.EndsWith('*')
            ? value.StartsWith(term.Value[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(value, term.Value, StringComparison.OrdinalIgnoreCase);
    }

    private bool InRange(string value, CkanRange range)
    {
        if (DateFields.Contains(range.Field))
        {
            return CkanDates.Parse(value, nowUtc) is { } at
                   && Within(Date(range.Low) is { } low ? at.CompareTo(low) : null, Date(range.High) is { } high ? at.CompareTo(high) : null, range);
        }

        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && (range.Low is null || decimal.TryParse(range.Low, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            && (range.High is null || decimal.TryParse(range.High, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return Within(Number(range.Low) is { } low ? number.CompareTo(low) : null, Number(range.High) is { } high ? number.CompareTo(high) : null, range);
        }

        return Within(range.Low is null ? null : string.CompareOrdinal(value, range.Low), range.High is null ? null : string.CompareOrdinal(value, range.High), range);
    }

    /// <summary>Throws on a date range whose bounds Solr would refuse, whatever the packages.</summary>
    public void Check(CkanClause? clause)
    {
        switch (clause)
        {
            case CkanRange range when DateFields.Contains(range.Field):
                _ = Date(range.Low);
                _ = Date(range.High);
                break;
            case CkanAll all:
                all.Clauses.ToList().ForEach(Check);
                break;
            case CkanAny any:
                any.Clauses.ToList().ForEach(Check);
                break;
            case CkanNot not:
                Check(not.Clause);
                break;
        }
    }

    private static bool Within(int? vsLow, int? vsHigh, CkanRange range) =>
        (vsLow is not { } low || low > 0 || (low == 0 && range.LowInclusive))
        && (vsHigh is not { } high || high < 0 || (high == 0 && range.HighInclusive));

    private DateTime? Date(string? bound) =>
        bound is null ? null : CkanDates.Parse(bound, nowUtc) ?? throw new CkanQueryException($"Invalid date: {bound}");

    private static decimal? Number(string? bound) =>
        bound is null ? null : decimal.Parse(bound, NumberStyles.Float, CultureInfo.InvariantCulture);
}
