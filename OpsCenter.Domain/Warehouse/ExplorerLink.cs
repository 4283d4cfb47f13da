using System.Globalization;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// An explorer view's address as people paste it (with or without the site's scheme and host): the dataset's slug, the
/// pinned version and the view's query, kept as a site-relative path so a citation never points elsewhere.
/// </summary>
public sealed record ExplorerLink(string Slug, int Version, string PathAndQuery)
{
    /// <summary>An evidence link keeps the address as its target, in an indexed column.</summary>
    public const int MaxLength = 1_000;

    /// <summary>Null unless the text is /catalog/{slug}/explore with a version number in its query.</summary>
    public static ExplorerLink? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            if (!trimmed.StartsWith('/') || trimmed.StartsWith("//", StringComparison.Ordinal) || !Uri.TryCreate(new Uri("http://site"), trimmed, out uri))
            {
                return null;
            }
        }

        var segments = uri.AbsolutePath.Trim('/').Split('/');
        if (segments is not ["catalog", { Length: > 0 } slug, "explore"])
        {
            return null;
        }

        var version = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == "version")
            .Select(p => int.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).FirstOrDefault();
        return version is > 0 ? new ExplorerLink(Uri.UnescapeDataString(slug), version.Value, uri.AbsolutePath + uri.Query) : null;
    }
}
