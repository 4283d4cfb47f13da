using OpsCenter.Domain.Wall;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Three wall screens, so a fresh installation has live walls to look at: the governor's overview, complaints, budget.</summary>
internal static class DemoWall
{
    public static IEnumerable<WallScreen> Build(string provinceCode, DateTime now)
    {
        yield return Screen(provinceCode, "governor", "ผู้ว่าฯ ภาพรวม", "Governor's overview", 30, 20, 1, now,
        [
            new WallSlide("ภาพรวมจังหวัด", "Province overview", [WallPanels.Counters, WallPanels.Heatmap, WallPanels.Kpis, WallPanels.Ticker]),
            new WallSlide("งบประมาณเทียบความต้องการ", "Budget versus need", [WallPanels.Budget, WallPanels.Kpis]),
        ]);
        yield return Screen(provinceCode, "complaints", "เรื่องร้องเรียน", "Citizen reports", 14, 30, 2, now,
        [
            new WallSlide("เรื่องร้องเรียนวันนี้", "Reports today", [WallPanels.Counters, WallPanels.Heatmap, WallPanels.Ticker]),
            new WallSlide("เรื่องเกินกำหนดและยกระดับ", "Overdue and escalated", [WallPanels.Ticker, WallPanels.Counters]),
        ]);
        yield return Screen(provinceCode, "budget", "งบประมาณ", "Budget", 90, 0, 3, now,
        [
            new WallSlide("งบประมาณเทียบความต้องการรายอำเภอ", "Budget versus need by district", [WallPanels.Budget, WallPanels.Kpis]),
        ]);
    }

    private static WallScreen Screen(string province, string slug, string th, string en, int periodDays, int rotationSeconds, int order, DateTime now, List<WallSlide> slides) =>
        new()
        {
            ProvinceCode = province,
            Slug = slug,
            NameTh = th,
            NameEn = en,
            PeriodDays = periodDays,
            RotationSeconds = rotationSeconds,
            SortOrder = order,
            Slides = slides,
            ControlAnchorAt = now,
            UpdatedAt = now,
        };
}
