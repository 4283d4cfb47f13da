using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Reports;

/// <summary>The default category list, after the Traffy Fondue taxonomy that Thai cities already use.</summary>
public static class ReportCategories
{
    public static IReadOnlyList<ReportCategory> Defaults() =>
    [
        New("road", "ถนน", "Roads", 72, Sectors.Infrastructure),
        New("footpath", "ทางเท้า", "Footpaths", 120, Sectors.Infrastructure),
        New("lighting", "แสงสว่าง", "Street lighting", 72, Sectors.Infrastructure),
        New("flood", "น้ำท่วม", "Flooding", 24, Sectors.Water),
        New("drainage", "ท่อระบายน้ำ", "Drainage", 72, Sectors.Water),
        New("water-supply", "น้ำประปา", "Water supply", 48, Sectors.Water),
        New("cleanliness", "ความสะอาด", "Cleanliness and waste", 48, Sectors.Environment),
        New("pm25", "ฝุ่นควัน PM2.5", "Smoke and PM2.5", 48, Sectors.Environment),
        New("noise", "เสียงรบกวน", "Noise", 72, Sectors.Environment),
        New("safety", "ความปลอดภัย", "Public safety", 24, Sectors.Safety),
        New("traffic", "จราจร", "Traffic", 48, Sectors.Safety),
        New("health", "สาธารณสุข", "Health services", 72, Sectors.Health),
        New("stray-animals", "สัตว์จรจัด", "Stray animals", 120, Sectors.Health),
        New("education", "การศึกษา", "Schools and education", 168, Sectors.Education),
        New("agriculture", "การเกษตร", "Agriculture", 168, Sectors.Economy),
        New("welfare", "สวัสดิการสังคม", "Social welfare", 120, Sectors.Social),
        New("other", "อื่น ๆ", "Other", 168, Sectors.Social),
    ];

    private static ReportCategory New(string code, string th, string en, int slaHours, string sector) =>
        new() { Code = code, NameTh = th, NameEn = en, SlaHours = slaHours, Sector = sector };
}
