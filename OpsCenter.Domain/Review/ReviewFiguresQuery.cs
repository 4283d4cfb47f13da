using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Domain.Review;

/// <summary>
/// The live figures of an agenda item: what the screens show for it and what a decision taken on it keeps. Visibility
/// items read the wall's shared snapshot (computed once for every screen), agency items the catalog and report queues.
/// </summary>
public sealed class ReviewFiguresQuery(IDbContextFactory<OpsDbContext> dbFactory, CatalogQuery catalog, KpiBoardQuery kpis, WallFeed feed, TimeProvider time)
{
    private const int MaxRows = 8;

    /// <summary>The period the visibility items look back over, as on the governor's wall.</summary>
    public const int PeriodDays = 30;

    public static WallView ViewOf(string provinceCode, string? areaCode) => new(provinceCode, areaCode, PeriodDays);

    public async Task<ReviewFigures> ForAsync(string provinceCode, string? areaCode, ReviewAgendaItem item, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (figures, rows) = item.Kind switch
        {
            ReviewItemKinds.FreshnessBoard => await FreshnessBoardAsync(provinceCode, ct),
            ReviewItemKinds.AgencyFreshness => await AgencyFreshnessAsync(provinceCode, item.SubjectId, ct),
            ReviewItemKinds.Unowned => await UnownedAsync(provinceCode, now, ct),
            ReviewItemKinds.OwnerOverdue => await OwnerOverdueAsync(provinceCode, item.SubjectId, now, ct),
            ReviewItemKinds.Kpis => Kpis(await feed.GetAsync(ViewOf(provinceCode, areaCode), ct)),
            ReviewItemKinds.Heatmap => Heatmap(await feed.GetAsync(ViewOf(provinceCode, areaCode), ct)),
            ReviewItemKinds.Budget => Budget(await feed.GetAsync(ViewOf(provinceCode, areaCode), ct), areaCode),
            ReviewItemKinds.FollowUpAction => await FollowUpAsync(item.SubjectId, now, ct),
            _ => ([], []),
        };
        return new ReviewFigures(item.TitleTh, item.TitleEn, now, figures, rows);
    }

    private async Task<(IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>)> FreshnessBoardAsync(string provinceCode, CancellationToken ct)
    {
        var scores = await catalog.ScorecardsAsync(provinceCode, ct);
        var total = scores.Sum(s => s.Score.Total);
        var overdue = scores.Sum(s => s.Score.Overdue);
        var within = total == 0 ? 0 : (scores.Sum(s => s.Score.Current + s.Score.DueSoon) * 100.0) / total;
        IReadOnlyList<ReviewFigure> figures =
        [
            new("ชุดข้อมูลทั้งหมด", "Datasets", N(total)),
            new("ปรับปรุงตามกำหนด", "Within promise", $"{within:0.0}%", within >= 90 ? ReviewTones.Good : within >= 70 ? ReviewTones.Warn : ReviewTones.Bad),
            new("ค้างปรับปรุง", "Overdue", N(overdue), overdue == 0 ? ReviewTones.Good : ReviewTones.Bad),
            new("ใกล้ครบกำหนด", "Due soon", N(scores.Sum(s => s.Score.DueSoon)), ReviewTones.Warn),
        ];
        var rows = scores.Where(s => s.Score.Overdue > 0).OrderByDescending(s => s.Score.Overdue).Take(MaxRows)
            .Select(s => new ReviewRow(s.Agency.NameTh, s.Agency.NameEn, $"{N(s.Score.Overdue)} / {N(s.Score.Total)}", ReviewTones.Bad)).ToList();
        return (figures, rows);
    }

    private async Task<(IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>)> AgencyFreshnessAsync(string provinceCode, int? agencyId, CancellationToken ct)
    {
        var reminders = (await catalog.RemindersAsync(provinceCode, ct)).Where(r => r.Owner.Id == agencyId).ToList();
        var overdue = reminders.Where(r => r.Reminder.IsOverdue).ToList();
        IReadOnlyList<ReviewFigure> figures =
        [
            new("ค้างปรับปรุง", "Overdue", N(overdue.Count), overdue.Count == 0 ? ReviewTones.Good : ReviewTones.Bad),
            new("ใกล้ครบกำหนด", "Due soon", N(reminders.Count - overdue.Count), ReviewTones.Warn),
        ];
        var rows = overdue.OrderByDescending(r => r.Reminder.DaysFromDue).Take(MaxRows)
            .Select(r => new ReviewRow(r.Reminder.Dataset.TitleTh, r.Reminder.Dataset.TitleEn ?? r.Reminder.Dataset.TitleTh,
                $"{r.Reminder.DaysFromDue:0} วัน / days", ReviewTones.Bad)).ToList();
        return (figures, rows);
    }

    private async Task<(IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>)> UnownedAsync(string provinceCode, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unowned = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.ProvinceCode == provinceCode && r.OwnerAgencyId == null && ReportStatuses.Open.Contains(r.Status))
            .OrderBy(r => r.ReceivedAt).Select(r => new { r.TrackingNumber, r.CategoryCode, r.ReceivedAt }).ToListAsync(ct);
        IReadOnlyList<ReviewFigure> figures = [new("เรื่องที่ยังไม่มีเจ้าของ", "Reports without an owner", N(unowned.Count), unowned.Count == 0 ? ReviewTones.Good : ReviewTones.Bad)];
        var rows = unowned.Take(MaxRows).Select(r => new ReviewRow($"{r.TrackingNumber} · {r.CategoryCode}", $"{r.TrackingNumber} · {r.CategoryCode}",
            $"{(now - r.ReceivedAt).TotalDays:0} วัน / days", ReviewTones.Warn)).ToList();
        return (figures, rows);
    }

    private async Task<(IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>)> OwnerOverdueAsync(string provinceCode, int? agencyId, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var overdueReports = await db.Set<CitizenReport>().CountAsync(
            r => r.ProvinceCode == provinceCode && r.OwnerAgencyId == agencyId && ReportStatuses.Open.Contains(r.Status) && r.DueAt < now, ct);
        var actions = await OpenActionsOfAsync(db, agencyId, ct);
        var overdueActions = actions.Where(a => a.DueAt < now).ToList();
        var offTrack = (await kpis.CardsAsync(provinceCode, ct)).Where(c => c.Lead.Agency.Id == agencyId && c.Status == KpiStatus.OffTrack).ToList();
        IReadOnlyList<ReviewFigure> figures =
        [
            new("เรื่องร้องเรียนเกินกำหนด", "Overdue reports", N(overdueReports), overdueReports == 0 ? ReviewTones.Good : ReviewTones.Bad),
            new("ตัวชี้วัด" + KpiWords.OffTrackCount.Thai, "Off-track KPIs", N(offTrack.Count), offTrack.Count == 0 ? ReviewTones.Good : ReviewTones.Bad),
            new("ข้อสั่งการเกินกำหนด", "Overdue actions", N(overdueActions.Count), overdueActions.Count == 0 ? ReviewTones.Good : ReviewTones.Bad),
        ];
        var rows = offTrack.Select(c => new ReviewRow(c.Kpi.NameTh, c.Kpi.NameEn, Value(c.Latest?.Value), ReviewTones.Bad))
            .Concat(overdueActions.Select(a => new ReviewRow(a.Text, a.Text, $"{a.ProgressPercent}%", ReviewTones.Bad)))
            .Take(MaxRows).ToList();
        return (figures, rows);
    }

    private static (IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>) Kpis(WallSnapshot snapshot)
    {
        var tiles = snapshot.Kpis.Tiles;
        IReadOnlyList<ReviewFigure> figures =
        [
            new(KpiWords.OnTrack.Thai, KpiWords.OnTrack.English, N(tiles.Count(t => t.Status == KpiStatus.OnTrack)), ReviewTones.Good),
            new(KpiWords.AtRisk.Thai, KpiWords.AtRisk.English, N(tiles.Count(t => t.Status == KpiStatus.AtRisk)), ReviewTones.Warn),
            new(KpiWords.OffTrackCount.Thai, KpiWords.OffTrackCount.English, N(tiles.Count(t => t.Status == KpiStatus.OffTrack)), ReviewTones.Bad),
        ];
        var rows = tiles.Select(t => new ReviewRow(t.NameTh, t.NameEn, $"{Value(t.Value)} / {Value(t.Target)} {t.Unit}", Tone(t.Status),
            $"{Value(t.Value)} / {Value(t.Target)} {t.UnitEn ?? t.Unit}")).ToList();
        return (figures, rows);
    }

    private static (IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>) Heatmap(WallSnapshot snapshot)
    {
        var c = snapshot.Counters;
        IReadOnlyList<ReviewFigure> figures =
        [
            new("เรื่องค้างดำเนินการ", "Open reports", N(c.Open)),
            new("เกินกำหนด", "Overdue", N(c.Overdue), c.Overdue == 0 ? ReviewTones.Good : ReviewTones.Bad),
            new($"รับเรื่อง {snapshot.View.PeriodDays} วัน", $"Received, {snapshot.View.PeriodDays} days", N(c.ReceivedInPeriod)),
            new("ช่วงก่อนหน้า", "Previous period", N(c.ReceivedPreviousPeriod)),
        ];
        return (figures, []);
    }

    private static (IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>) Budget(WallSnapshot snapshot, string? areaCode)
    {
        var districts = snapshot.Budget.Districts.Where(d => areaCode is null || areaCode.StartsWith(d.DistrictCode, StringComparison.Ordinal)).ToList();
        var under = districts.Count(d => d.BudgetToNeedRatio < 0.8);
        IReadOnlyList<ReviewFigure> figures =
        [
            new("ปีงบประมาณ", "Fiscal year", (snapshot.Budget.FiscalYear + 543).ToString(CultureInfo.InvariantCulture)),
            new("อำเภอที่ได้งบต่ำกว่าความต้องการ", "Districts under-funded for their need", N(under), under == 0 ? ReviewTones.Good : ReviewTones.Warn),
        ];
        var rows = districts.OrderBy(d => d.BudgetToNeedRatio).Take(MaxRows)
            .Select(d => new ReviewRow(d.NameTh, d.NameEn, $"{d.BudgetShare:P0} / {d.NeedShare:P0}", d.BudgetToNeedRatio < 0.8 ? ReviewTones.Bad : ReviewTones.Neutral)).ToList();
        return (figures, rows);
    }

    private async Task<(IReadOnlyList<ReviewFigure>, IReadOnlyList<ReviewRow>)> FollowUpAsync(int? actionId, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await (from x in db.Set<ActionItem>().AsNoTracking()
                           join g in db.Set<Agency>() on x.OwnerAgencyId equals g.Id
                           where x.Id == actionId
                           select new { Action = x, Agency = g }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return ([new("สถานะ", "Status", "ไม่พบงานนี้ / not found", ReviewTones.Warn)], []);
        }

        var a = found.Action;
        var late = ReviewCarryOver.IsOverdue(a.Status, a.DueAt, now);
        var (statusTh, statusEn) = ReviewText.Status(a.Status);
        IReadOnlyList<ReviewFigure> figures =
        [
            new("สถานะ", "Status", $"{statusTh} / {statusEn}", a.Status == ActionItemStatus.Done ? ReviewTones.Good : late ? ReviewTones.Bad : ReviewTones.Neutral),
            new("ความคืบหน้า", "Progress", $"{a.ProgressPercent}%", a.ProgressPercent >= 100 ? ReviewTones.Good : ReviewTones.Neutral),
            new("ครบกำหนด", "Due", a.DueAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), late ? ReviewTones.Bad : ReviewTones.Neutral),
        ];
        IReadOnlyList<ReviewRow> rows =
        [
            new("ผู้รับผิดชอบ", "Owner", $"{found.Agency.NameTh}{(a.OwnerPersonName is null ? "" : $" · {a.OwnerPersonName}")}"),
            .. a.ProgressNote is null ? Array.Empty<ReviewRow>() : [new ReviewRow("ความคืบหน้าล่าสุด", "Latest progress", a.ProgressNote)],
        ];
        return (figures, rows);
    }

    private static async Task<List<ActionItem>> OpenActionsOfAsync(OpsDbContext db, int? agencyId, CancellationToken ct) =>
        await db.Set<ActionItem>().AsNoTracking()
            .Where(a => a.OwnerAgencyId == agencyId && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress))
            .ToListAsync(ct);

    private static string Tone(KpiStatus status) => status switch
    {
        KpiStatus.OnTrack => ReviewTones.Good,
        KpiStatus.AtRisk => ReviewTones.Warn,
        KpiStatus.OffTrack => ReviewTones.Bad,
        _ => ReviewTones.Neutral,
    };

    private static string N(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Value(double? value) => value is { } v ? v.ToString("#,##0.##", CultureInfo.InvariantCulture) : "–";
}
