using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Last month's review meeting with its agenda, decisions (and what was on screen) and actions, and the next meeting,
/// planned, whose agenda is built from the demo's live data, so the follow-up section has history on day one.
/// </summary>
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
            Attendees = $"รองผู้ว่าราชการจังหวัด{facts.NameTh}\nปลัดจังหวัด\nหัวหน้าสำนักงานจังหวัด\nสถิติจังหวัด\nหัวหน้าส่วนราชการที่เกี่ยวข้อง",
            StartedAt = heldAt,
            EndedAt = heldAt.AddHours(2),
        };

        ActionItem Action(string text, string agency, string person, int dueInDays, ActionItemStatus status, int progress) => new()
        {
            Text = text,
            OwnerAgencyId = byCode[$"{prefix}-{agency}"].Id,
            OwnerPersonName = person,
            DueAt = heldAt.AddDays(dueInDays),
            Status = status,
            ProgressPercent = progress,
            CreatedAt = heldAt,
            ClosedAt = status == ActionItemStatus.Done ? heldAt.AddDays(dueInDays - 3) : null,
        };

        var actions = new List<ActionItem>
        {
            Action("เร่งปรับปรุงชุดข้อมูลที่ค้างการปรับปรุงให้เป็นปัจจุบันภายในเดือนนี้", "NSO", "สถิติจังหวัด", 21, ActionItemStatus.InProgress, 60),
            Action("ลงพื้นที่ตรวจสอบแหล่งกำเนิดฝุ่น PM2.5 ในพื้นที่อุตสาหกรรม", "NRE", "ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติฯ", 14, ActionItemStatus.Open, 0),
            Action("จัดทำแผนขุดลอกคูระบายน้ำในพื้นที่น้ำท่วมซ้ำซาก", "RID", "ผู้อำนวยการโครงการชลประทาน", 45, ActionItemStatus.Open, 20),
            Action("สรุปผลการเบิกจ่ายงบประมาณไตรมาสแรกเสนอที่ประชุม", "PO", "หัวหน้าสำนักงานจังหวัด", 10, ActionItemStatus.Done, 100),
        };
        return (session, actions);
    }

    /// <summary>Saves the first meeting's agenda and decisions, each with the figures shown then, and links its actions to them.</summary>
    public static async Task AddDecisionsAsync(OpsDbContext db, ReviewSession session, List<ActionItem> actions, CancellationToken ct)
    {
        var sections = new[] { ReviewSection.RealData, ReviewSection.RealVisibility, ReviewSection.RealVisibility, ReviewSection.RealVisibility };
        var kinds = new[] { ReviewItemKinds.FreshnessBoard, ReviewItemKinds.Heatmap, ReviewItemKinds.Heatmap, ReviewItemKinds.Budget };
        var shown = new[]
        {
            Figures("กระดานความทันสมัยของข้อมูล", "Data freshness board", session.HeldAt, ("ค้างปรับปรุง", "Overdue", "9", ReviewTones.Bad), ("ปรับปรุงตามกำหนด", "Within promise", "71.4%", ReviewTones.Warn)),
            Figures("ค่าฝุ่น PM2.5 เกินมาตรฐาน", "PM2.5 above the standard", session.HeldAt, ("วันที่เกินมาตรฐาน", "Days above the standard", "12", ReviewTones.Bad)),
            Figures("แผนที่ความหนาแน่นเรื่องร้องเรียน", "Report heatmap", session.HeldAt, ("เรื่องน้ำท่วมขัง 30 วัน", "Flooding reports, 30 days", "48", ReviewTones.Bad)),
            Figures("งบประมาณเทียบความต้องการ", "Budget versus need", session.HeldAt, ("เบิกจ่ายไตรมาส 1", "Disbursed, first quarter", "18.2%", ReviewTones.Warn)),
        };
        var items = shown.Select((f, i) => new ReviewAgendaItem
        {
            ReviewSessionId = session.Id, Section = sections[i], Position = i, Kind = kinds[i], TitleTh = f.TitleTh, TitleEn = f.TitleEn,
        }).ToList();
        db.AddRange(items);
        await db.SaveChangesAsync(ct);

        var decisions = actions.Select((a, i) => ReviewDecision.Take(session.Id, items[i].Id, $"มอบหมาย: {a.Text}", shown[i], session.HeldAt.AddMinutes(20 * (i + 1)))).ToList();
        db.AddRange(decisions);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < actions.Count; i++)
        {
            actions[i].ReviewSessionId = session.Id;
            actions[i].DecisionId = decisions[i].Id;
        }

        db.AddRange(actions);
    }

    /// <summary>The next meeting, two days ahead: its agenda built from the seeded data by the same rules a new session uses.</summary>
    public static async Task AddNextSessionAsync(OpsDbContext db, ProvinceFacts facts, ReviewSession previous, IReadOnlyList<ActionItem> actions, DateTime nowUtc, CancellationToken ct)
    {
        var heldAt = nowUtc.Date.AddDays(2).AddHours(2);
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == facts.Code).ToDictionaryAsync(a => a.Id, ct);
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == facts.Code).ToListAsync(ct);
        var scores = CatalogScorecard.For(datasets.Select(DatasetFreshnessFacts.Of), nowUtc);
        var open = db.Set<CitizenReport>().Where(r => r.ProvinceCode == facts.Code && ReportStatuses.Open.Contains(r.Status));
        var unowned = await open.CountAsync(r => r.OwnerAgencyId == null, ct);
        var late = await open.Where(r => r.OwnerAgencyId != null && r.DueAt < nowUtc).GroupBy(r => r.OwnerAgencyId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var carried = ReviewCarryOver.For(0, heldAt, actions.Select(a => new CarriedAction(a.Id, previous.Id, previous.HeldAt, a.Text, a.Status, a.DueAt, a.ClosedAt)));
        var agenda = ReviewAgenda.Build(new AgendaFacts(
            scores.Select(s => new AgencyOverdueDatasets(s.AgencyId, agencies[s.AgencyId].NameTh, agencies[s.AgencyId].NameEn, s.Overdue)).ToList(),
            unowned,
            late.Select(l => new OwnerLateness(l.Key, agencies[l.Key].NameTh, agencies[l.Key].NameEn, l.Count, 0, 0)).ToList(),
            HasKpis: true,
            HasBudget: true,
            carried,
            nowUtc));

        var next = new ReviewSession
        {
            ProvinceCode = facts.Code,
            Title = $"ประชุมติดตามผล 4 จริง จังหวัด{facts.NameTh} ครั้งที่ 2",
            HeldAt = heldAt,
            ChairName = previous.ChairName,
            Attendees = previous.Attendees,
            Status = ReviewSessionStatus.Planned,
        };
        db.Add(next);
        await db.SaveChangesAsync(ct);
        db.AddRange(agenda.Select((d, i) => new ReviewAgendaItem
        {
            ReviewSessionId = next.Id, Section = d.Section, Position = i, Kind = d.Kind, TitleTh = d.TitleTh, TitleEn = d.TitleEn, SubjectId = d.SubjectId,
        }));
        await db.SaveChangesAsync(ct);
    }

    private static ReviewFigures Figures(string titleTh, string titleEn, DateTime at, params (string Th, string En, string Value, string Tone)[] figures) =>
        new(titleTh, titleEn, at, figures.Select(f => new ReviewFigure(f.Th, f.En, f.Value, f.Tone)).ToList(), []);
}
