using System.Security.Cryptography;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Persistence.Demo;

internal static class DemoAccounts
{
    public static readonly IReadOnlyList<(string UserName, string Role, string DisplayName, string? AgencySuffix)> Accounts =
    [
        ("governor", OpsRoles.Executive, "ผู้ว่าราชการจังหวัด", "PO"),
        ("deputy", OpsRoles.Executive, "รองผู้ว่าราชการจังหวัด", "PO"),
        ("official", OpsRoles.Official, "เจ้าหน้าที่สำนักงานจังหวัด", "PO"),
        ("agency", OpsRoles.AgencyStaff, "เจ้าหน้าที่โยธาธิการและผังเมือง", "PWTP"),
        ("steward", OpsRoles.DataSteward, "ผู้ดูแลข้อมูลสำนักงานสถิติ", "NSO"),
        ("presenter", OpsRoles.Presenter, "ผู้นำเสนอศูนย์ปฏิบัติการ", "PO"),
        ("admin", OpsRoles.Admin, "ผู้ดูแลระบบ", "PO"),
    ];

    /// <summary>
    /// A joint KPI waits for every owner's part, so every owner agency needs a demo account that can enter it
    /// (agency-pao, agency-pol, …); the accounts above already speak for their own agencies.
    /// </summary>
    private static IEnumerable<string> KpiOwnersWithoutAccount =>
        DemoKpis.OwnerSuffixes.Where(s => !Accounts.Any(a => a.AgencySuffix == s)).Order(StringComparer.Ordinal);

    /// <summary>
    /// The first demo province's people under the plain names above; every further province's under its agency prefix
    /// (pte-governor, pte-official, …); and one national-office account that starts on the first province.
    /// </summary>
    public static IEnumerable<(string UserName, string Role, string DisplayName, string Province, string? AgencyCode)> For(IReadOnlyList<string> provinces)
    {
        for (var i = 0; i < provinces.Count; i++)
        {
            var facts = ProvinceFacts.Known[provinces[i]];
            var namePrefix = i == 0 ? "" : facts.AgencyPrefix.ToLowerInvariant() + "-";
            var where = i == 0 ? "" : $" จ.{facts.NameTh}";
            foreach (var (userName, role, displayName, agencySuffix) in Accounts)
            {
                yield return (namePrefix + userName, role, displayName + where, provinces[i], agencySuffix is null ? null : $"{facts.AgencyPrefix}-{agencySuffix}");
            }

            foreach (var suffix in KpiOwnersWithoutAccount)
            {
                yield return ($"{namePrefix}agency-{suffix.ToLowerInvariant()}", OpsRoles.AgencyStaff, $"เจ้าหน้าที่{OwnerName(suffix)}{where}", provinces[i], $"{facts.AgencyPrefix}-{suffix}");
            }
        }

        if (provinces.Count > 0)
        {
            yield return ("national", OpsRoles.National, "เจ้าหน้าที่ส่วนกลาง (เปรียบเทียบจังหวัด)", provinces[0], null);
        }
    }

    private static string OwnerName(string suffix) =>
        DemoAgencies.LineAgencies.FirstOrDefault(l => l.Suffix == suffix).NameTh
        ?? (suffix == "PAO" ? "องค์การบริหารส่วนจังหวัด" : suffix.StartsWith("MUN", StringComparison.Ordinal) ? "เทศบาล" : suffix);

    /// <summary>A password that satisfies Identity's default rules (upper, lower, digit, symbol) without look-alike characters.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!@#%+=";
        const string all = upper + lower + digits + symbols;
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)],
            lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)],
            symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        while (chars.Count < 16)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(1000)).ToArray());
    }
}
