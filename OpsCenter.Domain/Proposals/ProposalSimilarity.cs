using System.Globalization;
using System.Text;

namespace OpsCenter.Domain.Proposals;

/// <summary>
/// How alike two proposals are, 0–1: <c>0.65 × text + 0.25 × area + 0.10 × sector</c>.
/// Text is the Jaccard similarity of character trigrams (Thai is written without spaces between words, so words cannot
/// be split reliably; trigrams need no dictionary and tolerate small spelling differences). Area is 1 for the same area,
/// 0.6 for the same district, else 0. Sector is 1 when both answer the same sector.
/// </summary>
public static class ProposalSimilarity
{
    public const double TextWeight = 0.65;
    public const double AreaWeight = 0.25;
    public const double SectorWeight = 0.10;

    /// <summary>Scores from here up are offered as "similar proposals".</summary>
    public const double SimilarThreshold = 0.3;

    /// <summary>Letters, digits and Thai vowel and tone marks, lower-cased, with everything else (spaces included) removed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static HashSet<string> Trigrams(string text)
    {
        var normalized = Normalize(text);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (normalized.Length is > 0 and < 3)
        {
            grams.Add(normalized);
        }

        for (var i = 0; i + 3 <= normalized.Length; i++)
        {
            grams.Add(normalized.Substring(i, 3));
        }

        return grams;
    }

    /// <summary>|A ∩ B| / |A ∪ B| of the trigram sets; 0 when both are empty.</summary>
    public static double TextSimilarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    public static double TextSimilarity(string a, string b) => TextSimilarity(Trigrams(a), Trigrams(b));

    public static double AreaSimilarity(string a, string b) =>
        a == b ? 1.0 : a.Length >= 4 && b.Length >= 4 && a[..4] == b[..4] ? 0.6 : 0.0;

    public static double Score(double textSimilarity, string areaA, string areaB, string sectorA, string sectorB) =>
        (TextWeight * textSimilarity) + (AreaWeight * AreaSimilarity(areaA, areaB)) + (SectorWeight * (sectorA == sectorB ? 1 : 0));
}
