using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget;

/// <summary>Thai and English names of budget terms, and the words an imported spreadsheet may use for them.</summary>
public static class BudgetTerms
{
    public static string StatusName(ProjectStatus status, bool thai) => (status, thai) switch
    {
        (ProjectStatus.Proposed, true) => "เสนอโครงการ",
        (ProjectStatus.Approved, true) => "อนุมัติแล้ว",
        (ProjectStatus.InProgress, true) => "กำลังดำเนินการ",
        (ProjectStatus.Completed, true) => "แล้วเสร็จ",
        (ProjectStatus.Cancelled, true) => "ยกเลิก",
        (ProjectStatus.InProgress, false) => "In progress",
        _ => status.ToString(),
    };

    public static string SourceName(BudgetSource source, bool thai) => (source, thai) switch
    {
        (BudgetSource.Province, true) => "งบจังหวัด",
        (BudgetSource.ProvinceGroup, true) => "งบกลุ่มจังหวัด",
        (BudgetSource.LocalGovernment, true) => "งบ อปท.",
        (BudgetSource.Ministry, true) => "งบกระทรวง/กรม",
        (BudgetSource.Province, false) => "Province",
        (BudgetSource.ProvinceGroup, false) => "Province group",
        (BudgetSource.LocalGovernment, false) => "Local government",
        _ => "Ministry",
    };

    public static string MeasureName(BudgetMeasure measure, bool thai) => (measure, thai) switch
    {
        (BudgetMeasure.Requested, true) => "งบที่ขอ",
        (BudgetMeasure.Disbursed, true) => "งบที่เบิกจ่าย",
        (BudgetMeasure.Approved, true) => "งบที่อนุมัติ",
        _ => measure.ToString(),
    };

    public static string SectorName(string code, bool thai) =>
        Sectors.Find(code) is { } sector ? (thai ? sector.NameTh : sector.NameEn) : code;

    private static readonly Dictionary<string, BudgetSource> SourceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["province"] = BudgetSource.Province, ["งบจังหวัด"] = BudgetSource.Province, ["จังหวัด"] = BudgetSource.Province,
        ["province-group"] = BudgetSource.ProvinceGroup, ["province_group"] = BudgetSource.ProvinceGroup, ["provincegroup"] = BudgetSource.ProvinceGroup,
        ["งบกลุ่มจังหวัด"] = BudgetSource.ProvinceGroup, ["กลุ่มจังหวัด"] = BudgetSource.ProvinceGroup,
        ["local"] = BudgetSource.LocalGovernment, ["local-government"] = BudgetSource.LocalGovernment, ["local_government"] = BudgetSource.LocalGovernment,
        ["localgovernment"] = BudgetSource.LocalGovernment, ["งบ อปท."] = BudgetSource.LocalGovernment, ["อปท."] = BudgetSource.LocalGovernment,
        ["อปท"] = BudgetSource.LocalGovernment, ["งบท้องถิ่น"] = BudgetSource.LocalGovernment, ["ท้องถิ่น"] = BudgetSource.LocalGovernment,
        ["ministry"] = BudgetSource.Ministry, ["function"] = BudgetSource.Ministry, ["งบกระทรวง/กรม"] = BudgetSource.Ministry,
        ["งบกระทรวง"] = BudgetSource.Ministry, ["งบกรม"] = BudgetSource.Ministry, ["กระทรวง"] = BudgetSource.Ministry, ["งบฟังก์ชัน"] = BudgetSource.Ministry,
    };

    private static readonly Dictionary<string, ProjectStatus> StatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["proposed"] = ProjectStatus.Proposed, ["เสนอโครงการ"] = ProjectStatus.Proposed, ["เสนอ"] = ProjectStatus.Proposed, ["ขอรับงบประมาณ"] = ProjectStatus.Proposed,
        ["approved"] = ProjectStatus.Approved, ["อนุมัติแล้ว"] = ProjectStatus.Approved, ["อนุมัติ"] = ProjectStatus.Approved, ["ได้รับอนุมัติ"] = ProjectStatus.Approved,
        ["in-progress"] = ProjectStatus.InProgress, ["in_progress"] = ProjectStatus.InProgress, ["inprogress"] = ProjectStatus.InProgress,
        ["in progress"] = ProjectStatus.InProgress, ["กำลังดำเนินการ"] = ProjectStatus.InProgress, ["ดำเนินการ"] = ProjectStatus.InProgress,
        ["completed"] = ProjectStatus.Completed, ["แล้วเสร็จ"] = ProjectStatus.Completed, ["เสร็จสิ้น"] = ProjectStatus.Completed, ["ดำเนินการแล้วเสร็จ"] = ProjectStatus.Completed,
        ["cancelled"] = ProjectStatus.Cancelled, ["canceled"] = ProjectStatus.Cancelled, ["ยกเลิก"] = ProjectStatus.Cancelled,
    };

    public static BudgetSource? ParseSource(string? text) =>
        text is null ? null : SourceWords.TryGetValue(text.Trim(), out var source) ? source : null;

    public static ProjectStatus? ParseStatus(string? text) =>
        text is null ? null : StatusWords.TryGetValue(text.Trim(), out var status) ? status : null;

    /// <summary>A sector by its code or its Thai or English name.</summary>
    public static string? ParseSector(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return Sectors.All.FirstOrDefault(s =>
            string.Equals(s.Code, trimmed, StringComparison.OrdinalIgnoreCase)
            || s.NameTh == trimmed
            || (trimmed.StartsWith("ด้าน", StringComparison.Ordinal) && s.NameTh == trimmed["ด้าน".Length..])
            || string.Equals(s.NameEn, trimmed, StringComparison.OrdinalIgnoreCase))?.Code;
    }
}
