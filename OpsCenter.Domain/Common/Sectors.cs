namespace OpsCenter.Domain.Common;

/// <summary>Development sectors (ด้าน) shared by budget lines and report categories, so need can be compared with budget.</summary>
public static class Sectors
{
    public sealed record Sector(string Code, string NameTh, string NameEn);

    public const string Infrastructure = "infrastructure";
    public const string Water = "water";
    public const string Environment = "environment";
    public const string Health = "health";
    public const string Education = "education";
    public const string Economy = "economy";
    public const string Safety = "safety";
    public const string Social = "social";

    public static readonly IReadOnlyList<Sector> All =
    [
        new(Infrastructure, "โครงสร้างพื้นฐาน", "Infrastructure"),
        new(Water, "ทรัพยากรน้ำ", "Water resources"),
        new(Environment, "สิ่งแวดล้อม", "Environment"),
        new(Health, "สาธารณสุข", "Public health"),
        new(Education, "การศึกษา", "Education"),
        new(Economy, "เศรษฐกิจและการเกษตร", "Economy and agriculture"),
        new(Safety, "ความปลอดภัย", "Public safety"),
        new(Social, "สังคมและคุณภาพชีวิต", "Social welfare"),
    ];

    public static Sector? Find(string? code) => All.FirstOrDefault(s => s.Code == code);
}
