namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Bound from the "Demo" section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed demo data when the database is empty.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>Password for every demo account; generated and printed once when unset.</summary>
    public string? Password { get; set; }

    /// <summary>DOPA codes of the provinces to seed; Saraburi when empty. (Not defaulted here: configuration binding appends to arrays.)</summary>
    public string[] Provinces { get; set; } = [];

    public IReadOnlyList<string> ProvinceCodes => Provinces.Length == 0 ? ["19"] : Provinces.Distinct().ToList();

    /// <summary>Citizen reports to generate per province over the last twelve months.</summary>
    public int ReportsPerProvince { get; set; } = 3000;

    /// <summary>The demo Open311 partner's api_key; generated and printed once when unset.</summary>
    public string? Open311Key { get; set; }

    /// <summary>Seed for the pseudo-random generator, so two seedings of the same day are identical.</summary>
    public int RandomSeed { get; set; } = 2569;
}
