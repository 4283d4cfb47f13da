namespace OpsCenter.Domain.Areas;

/// <summary>DOPA area codes: province "19", district "1901", subdistrict "190101"; OCHA pcodes add a "TH" prefix.</summary>
public static class AreaCodes
{
    public static AreaLevel? LevelOf(string? code) => Normalize(code)?.Length switch
    {
        2 => AreaLevel.Province,
        4 => AreaLevel.District,
        6 => AreaLevel.Subdistrict,
        _ => null,
    };

    /// <summary>Accepts "1901", "TH1901" or " th1901 " and returns "1901"; null for anything that is not 2, 4 or 6 digits.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        if (trimmed.StartsWith("TH", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[2..];
        }

        return trimmed.Length is 2 or 4 or 6 && trimmed.All(char.IsAsciiDigit) ? trimmed : null;
    }

    public static string ProvinceOf(string code) => code[..2];

    public static string? DistrictOf(string code) => code.Length >= 4 ? code[..4] : null;

    public static string? ParentOf(string code) => code.Length switch
    {
        4 => code[..2],
        6 => code[..4],
        _ => null,
    };

    public static string ToOchaPcode(string code) => "TH" + code;
}
