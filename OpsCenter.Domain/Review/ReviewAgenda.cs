namespace OpsCenter.Domain.Review;

/// <summary>An agency and how many of its datasets are overdue.</summary>
public sealed record AgencyOverdueDatasets(int AgencyId, string NameTh, string NameEn, int Overdue);

/// <summary>An owner that is late: overdue reports, off-track KPIs it leads, overdue review actions.</summary>
public sealed record OwnerLateness(int AgencyId, string NameTh, string NameEn, int OverdueReports, int OffTrackKpis, int OverdueActions)
{
    public int Total => OverdueReports + OffTrackKpis + OverdueActions;
}

/// <summary>What the agenda builder reads, gathered from live data by <see cref="ReviewService"/>.</summary>
public sealed record AgendaFacts(
    IReadOnlyList<AgencyOverdueDatasets> OverdueDatasets,
    int UnownedReports,
    IReadOnlyList<OwnerLateness> LateOwners,
    bool HasKpis,
    bool HasBudget,
    IReadOnlyList<CarriedAction> FollowUps,
    DateTime? Now = null);

/// <summary>An agenda item before it is saved.</summary>
public sealed record AgendaDraft(ReviewSection Section, string Kind, string TitleTh, string TitleEn, int? SubjectId = null);

/// <summary>Builds a new session's agenda from the four sections, worst first within each, short enough for one meeting.</summary>
public static class ReviewAgenda
{
    /// <summary>At most this many agencies per section: the rest are on the section's board item.</summary>
    public const int MaxAgenciesPerSection = 5;

    public static IReadOnlyList<AgendaDraft> Build(AgendaFacts facts)
    {
        var items = new List<AgendaDraft>
        {
            new(ReviewSection.RealData, ReviewItemKinds.FreshnessBoard, "กระดานความทันสมัยของข้อมูล", "Data freshness board"),
        };
        items.AddRange(facts.OverdueDatasets.Where(a => a.Overdue > 0)
            .OrderByDescending(a => a.Overdue).ThenBy(a => a.AgencyId).Take(MaxAgenciesPerSection)
            .Select(a => new AgendaDraft(ReviewSection.RealData, ReviewItemKinds.AgencyFreshness,
                $"ข้อมูลค้างปรับปรุง: {a.NameTh} ({a.Overdue} ชุด)", $"Overdue data: {a.NameEn} ({a.Overdue})", a.AgencyId)));

        if (facts.UnownedReports > 0)
        {
            items.Add(new(ReviewSection.RealAction, ReviewItemKinds.Unowned, $"เรื่องที่ยังไม่มีเจ้าของ ({facts.UnownedReports} เรื่อง)", $"Items without an owner ({facts.UnownedReports})"));
        }

        items.AddRange(facts.LateOwners.Where(o => o.Total > 0)
            .OrderByDescending(o => o.Total).ThenBy(o => o.AgencyId).Take(MaxAgenciesPerSection)
            .Select(o => new AgendaDraft(ReviewSection.RealAction, ReviewItemKinds.OwnerOverdue,
                $"งานค้างเกินกำหนด: {o.NameTh}", $"Overdue work: {o.NameEn}", o.AgencyId)));

        if (facts.HasKpis)
        {
            items.Add(new(ReviewSection.RealVisibility, ReviewItemKinds.Kpis, "ตัวชี้วัดสำคัญของจังหวัด", "Provincial KPIs"));
        }

        items.Add(new(ReviewSection.RealVisibility, ReviewItemKinds.Heatmap, "แผนที่ความหนาแน่นเรื่องร้องเรียน", "Report heatmap"));
        if (facts.HasBudget)
        {
            items.Add(new(ReviewSection.RealVisibility, ReviewItemKinds.Budget, "งบประมาณเทียบความต้องการ", "Budget versus need"));
        }

        items.AddRange(facts.FollowUps.OrderByDescending(a => a.IsOpen).ThenBy(a => a.DueAt).ThenBy(a => a.ActionId)
            .Select(a => FollowUp(a, facts.Now is { } now && ReviewCarryOver.IsOverdue(a.Status, a.DueAt, now))));
        return items;
    }

    private static AgendaDraft FollowUp(CarriedAction action, bool overdue) => overdue
        ? new(ReviewSection.RealFollowUp, ReviewItemKinds.FollowUpAction, $"ติดตาม (เลยกำหนด): {Shorten(action.Text)}", $"Follow-up (overdue): {Shorten(action.Text)}", action.ActionId)
        : new(ReviewSection.RealFollowUp, ReviewItemKinds.FollowUpAction, $"ติดตาม: {Shorten(action.Text)}", $"Follow-up: {Shorten(action.Text)}", action.ActionId);

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 119), "…");

    public static (string Thai, string English) NameOf(ReviewSection section) => section switch
    {
        ReviewSection.RealData => ("ข้อมูลจริง", "Real data"),
        ReviewSection.RealAction => ("ทำจริง", "Real action"),
        ReviewSection.RealVisibility => ("เห็นจริง", "Real visibility"),
        ReviewSection.RealFollowUp => ("ตามจริง", "Real follow-up"),
        _ => (section.ToString(), section.ToString()),
    };
}
