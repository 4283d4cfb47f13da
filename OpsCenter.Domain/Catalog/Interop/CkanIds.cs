using System.Security.Cryptography;
using System.Text;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>CKAN identifies packages, resources and organizations by UUID; ours are name-based (RFC 4122 v5 style) so they never change.</summary>
public static class CkanIds
{
    public static string For(string kind, string key)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"opscenter:{kind}:{key}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    public static string Package(string slug) => For("package", slug);

    public static string Organization(string agencyCode) => For("organization", agencyCode);

    public static string Resource(long versionId) => For("resource", versionId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>CKAN names: 2–100 characters of lower-case letters, digits, - and _.</summary>
    public static string OrganizationName(string agencyCode) => agencyCode.ToLowerInvariant();

    public static bool IsValidName(string? name) =>
        name is { Length: >= 2 and <= 100 } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    public static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);
}
