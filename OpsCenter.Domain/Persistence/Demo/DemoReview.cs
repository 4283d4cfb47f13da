using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Review;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Last month's review meeting and the actions it decided, so the follow-up section has history on day one.</summary>
internal static class DemoReview
{
    public static (ReviewSession Session, List<ActionItem> Actions) Build(ProvinceFacts facts, string prefix, IReadOnlyList<Agency> agencies, DateTime nowUtc)
    {
        var byCode = agencies.ToDictionary(a => a.Code);
        var heldAt = nowUtc.Date.AddDays(-28).AddHours(2);
        var session = new ReviewSession
        {
            ProvinceCode = facts.Code,
            Title = $"ประชุมติดตามผล 4 จริง จังหวัด{facts.NameTh} ครั้งที่ 1",
            HeldAt = heldAt,
            ChairName = $"ผู้ว่าราชการจังหวัด{facts.NameTh}",
            Status = ReviewSessionStatus.Closed,
        };

        ActionItem Action(string text, string agency, int dueInDays, ActionItemStatus status) => new()
        {
            Text = text,
            OwnerAgencyId = byCode[$"{prefix}-{agency}"].Id,
            DueAt = heldAt.AddDays(dueInDays),
            Status = status,
            CreatedAt = heldAt,
            ClosedAt = status == ActionItemStatus.Done ? heldAt.AddDays(dueInDays - 3) : null,
        };

        var actions = new List<ActionItem>
        {
            Action("เร่งปรับปรุงชุดข้อมูลที่ค้างการปรับปรุงให้เป็นปัจจุบันภายในเดือนนี้", "NSO", 21, ActionItemStatus.InProgress),
            Action("ลงพื้นที่ตรวจสอบแหล่งกำเนิดฝุ่น PM2.5 ในพื้นที่อุตสาหกรรม", "NRE", 14, ActionItemStatus.Open),
            Action("จัดทำแผนขุดลอกคูระบายน้ำในพื้นที่น้ำท่วมซ้ำซาก", "RID", 45, ActionItemStatus.Open),
            Action("สรุปผลการเบิกจ่ายงบประมาณไตรมาสแรกเสนอที่ประชุม", "PO", 10, ActionItemStatus.Done),
        };
        return (session, actions);
    }
}
