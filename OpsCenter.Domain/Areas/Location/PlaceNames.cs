using System.Text;

namespace OpsCenter.Domain.Areas;

/// <summary>
/// Matches the place names people and exports write to areas: Thai or English, with or without the usual prefixes
/// (จังหวัด/อำเภอ/เขต/ตำบล/แขวง, Amphoe/Khet/Tambon/Khwaeng, their abbreviations), spaces, dots and hyphens, and the
/// spelling variants that differ only in marks exports drop or add (ฯ, ์, the silent ร of พระ/พะ).
/// </summary>
public static class PlaceNames
{
    private static readonly string[] Prefixes =
    [
        "จังหวัด", "จ.", "อำเภอ", "อ.", "กิ่งอำเภอ", "เขต", "ตำบล", "ต.", "แขวง",
        "changwat", "amphoe", "amphur", "khet", "tambon", "khwaeng", "king amphoe",
    ];

    private static readonly Dictionary<string, string> ProvinceAliases = new(StringComparer.Ordinal)
    {
        ["กรุงเทพ"] = "10", ["กทม"] = "10", ["กรุงเทพมหานคร"] = "10", ["bangkok"] = "10", ["bangkokmetropolis"] = "10", ["krungthepmahanakhon"] = "10",
    };

    /// <summary>The comparable form of a name: prefix, spaces, punctuation and variant marks removed; English lower-cased.</summary>
    public static string Key(string? name)
    {
        var value = (name ?? "").Trim().ToLowerInvariant();
        foreach (var prefix in Prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal) && value.Length > prefix.Length)
            {
                value = value[prefix.Length..].Trim();
                break;
            }
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is 'ฯ' or '\u0E4C')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is >= '\u0E00' and <= '\u0E7F')
            {
                sb.Append(c);
            }
        }

        return sb.Replace("พระ", "พะ").ToString();
    }

    /// <summary>The DOPA code of the province a name means, among the given (code, Thai, English) provinces; null when none.</summary>
    public static string? ProvinceCode(string? name, IReadOnlyDictionary<string, string> codesByKey)
    {
        var key = Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        return codesByKey.TryGetValue(key, out var code) ? code : ProvinceAliases.GetValueOrDefault(key);
    }

    /// <summary>Name keys (Thai and English) of each province's outline, for <see cref="ProvinceCode"/>.</summary>
    public static IReadOnlyDictionary<string, string> ProvinceKeys(IEnumerable<ProvinceOutline> provinces)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var province in provinces)
        {
            keys.TryAdd(Key(province.NameTh), province.Code);
            keys.TryAdd(Key(province.NameEn), province.Code);
        }

        return keys;
    }
}
