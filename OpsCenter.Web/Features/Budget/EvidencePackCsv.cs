using System.Globalization;
using System.Text;
using CsvHelper;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Budget;

/// <summary>
/// The evidence pack as one CSV a spreadsheet opens: every row says which section it belongs to, so the project, the
/// need of its areas, the monthly trend and each linked item can be filtered apart. Formula-like text is escaped.
/// Sections and column names are fixed for scripts; states, kinds and notes are in the viewer's language.
/// </summary>
public static class EvidencePackCsv
{
    public static readonly string[] Header =
        ["section", "kind", "id", "code", "title_th", "title_en", "area_code", "sector", "category", "status", "date", "value", "value2", "note"];

    public static byte[] Write(EvidencePack pack)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\r\n" };
        using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            var p = pack.Detail.Project;
            if (pack.IsAreaPack)
            {
                WriteAreaHead(csv, pack);
            }
            else
            {
                WriteProjectHead(csv, pack);
            }

            foreach (var area in pack.AreaNeeds)
            {
                Row(csv, "area_need", "need_index_per_1000", area.Code, "", area.NameTh, area.NameEn, area.Code, p.Sector, "", T($"อันดับ {area.SectorRank}/{area.AreasRanked}", $"rank {area.SectorRank}/{area.AreasRanked}"),
                    Iso(pack.AsOf), Num(area.SectorIndex), Num(area.AllSectorsIndex), T($"เรื่อง {area.Reports} ค้าง {area.OpenReports} ประชากร {area.Population}", $"reports {area.Reports}, unresolved {area.OpenReports}, population {area.Population}"));
            }

            foreach (var month in pack.Trend)
            {
                Row(csv, "monthly_reports", "month", $"{month.Year:0000}-{month.Month:00}", "", "", "", "", p.Sector, "", "", "",
                    month.Linked.ToString(CultureInfo.InvariantCulture), month.InAreas.ToString(CultureInfo.InvariantCulture),
                    (month.Partial ? T("ยังไม่ครบเดือน (ถึงวันที่ของชุดหลักฐาน) · ", "partial month (to the pack's date) · ") : "") + (pack.IsAreaPack
                    ? T("value = value2 = เรื่องด้านนี้ในพื้นที่", "value = value2 = reports of the sector in the area")
                    : T("value = เรื่องที่เชื่อมกับโครงการ, value2 = เรื่องทั้งหมดของด้านนี้ในพื้นที่โครงการ", "value = linked reports, value2 = all reports of the sector in the project's areas")));
            }

            foreach (var report in pack.LinkedReports)
            {
                Row(csv, "linked_report", T(ReportStatuses.KindThai(report.Kind), ReportStatuses.KindEnglish(report.Kind)), report.Id.ToString(CultureInfo.InvariantCulture), report.TrackingNumber, report.CategoryTh, report.CategoryEn,
                    report.SubdistrictCode ?? report.DistrictCode ?? "", "", report.CategoryCode, T(ReportStatuses.ThaiName(report.Status), ReportStatuses.EnglishName(report.Status)), Iso(report.ReceivedAt),
                    report.Latitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "", report.Longitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "",
                    report.ResolvedAt is { } resolved ? T($"เสร็จ {Iso(resolved)}", $"resolved {Iso(resolved)}") : "");
            }

            foreach (var item in pack.Detail.Evidence.Where(e => e.Kind != EvidenceKind.Report))
            {
                Row(csv, "linked_" + item.Kind.ToString().ToLowerInvariant(), KindName(item.Kind), item.TargetId, item.DetailEn ?? "", item.TitleTh, item.TitleEn,
                    "", "", "", item.Exists ? "" : T("ไม่พบแล้ว", "missing"), Iso(item.CreatedAt), "", "", item.Note);
            }
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    private static void WriteProjectHead(CsvWriter csv, EvidencePack pack)
    {
        var p = pack.Detail.Project;
        Row(csv, "project", "project", p.Id.ToString(CultureInfo.InvariantCulture), p.Code, p.NameTh, p.NameEn, string.Join(";", p.AllAreaCodes()), p.Sector, "",
            BudgetTerms.StatusName(p.Status, IsThai), p.FiscalYear.ToString(CultureInfo.InvariantCulture), pack.Detail.Requested.ToString(), pack.Detail.Approved.ToString(), p.Description);
        foreach (var line in p.BudgetLines)
        {
            Row(csv, "budget_line", BudgetTerms.SourceName(line.Source, IsThai), line.Id.ToString(CultureInfo.InvariantCulture), "", BudgetTerms.SourceName(line.Source, true),
                BudgetTerms.SourceName(line.Source, false), "", "", "", "", line.FiscalYear.ToString(CultureInfo.InvariantCulture),
                line.Approved.ToString(), line.Disbursed.ToString(), T($"ขอ {line.Requested}", $"requested {line.Requested}"));
        }
    }

    /// <summary>An area pack's head: the area and sector asked for, the projects already there (none: "no project yet"), its indicators.</summary>
    private static void WriteAreaHead(CsvWriter csv, EvidencePack pack)
    {
        var p = pack.Detail.Project;
        var area = pack.Detail.Areas[0];
        var status = pack.ProjectsInArea.Count == 0
            ? T("ยังไม่มีโครงการ", "no project yet")
            : T($"มีโครงการ {pack.ProjectsInArea.Count} โครงการ", $"{pack.ProjectsInArea.Count} projects");
        Row(csv, "area", "area_sector", area.Code, "", area.NameTh, area.NameEn, area.Code, p.Sector, "", status, pack.FiscalYear.ToString(CultureInfo.InvariantCulture),
            pack.ReportsInAreas.ToString(CultureInfo.InvariantCulture), pack.OpenInAreas.ToString(CultureInfo.InvariantCulture),
            T("value = เรื่องด้านนี้ในพื้นที่, value2 = ยังไม่แก้ไข", "value = reports of the sector in the area, value2 = unresolved"));
        foreach (var project in pack.ProjectsInArea)
        {
            Row(csv, "area_project", "project", project.Id.ToString(CultureInfo.InvariantCulture), project.Code, project.NameTh, project.NameEn, project.AreaCode, project.Sector, "",
                BudgetTerms.StatusName(project.Status, IsThai), project.FiscalYear.ToString(CultureInfo.InvariantCulture), "", "", "");
        }

        foreach (var indicator in pack.Indicators)
        {
            Row(csv, "indicator", indicator.CountsTowardSector ? T("นับในดัชนีด้านนี้", "counts toward this sector") : T("ข้อมูลประกอบ", "context"), indicator.Code, "",
                indicator.NameTh, indicator.NameEn, indicator.AreaCode, indicator.CountsTowardSector ? p.Sector : "", "", "",
                indicator.Year?.ToString(CultureInfo.InvariantCulture) ?? "", Num(indicator.Value), "", string.Join(" · ", new[] { T(indicator.Unit, indicator.UnitEn ?? indicator.Unit), indicator.Source ?? "" }.Where(x => x.Length > 0)));
        }
    }

    private static string KindName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Dataset => T("ชุดข้อมูล", "Dataset"),
        EvidenceKind.Kpi => T("ตัวชี้วัด", "KPI"),
        EvidenceKind.Report => T("เรื่องร้องเรียน", "Report"),
        EvidenceKind.Proposal => T("ข้อเสนอของประชาชน", "Citizen proposal"),
        EvidenceKind.NeedCell => T("ความต้องการของพื้นที่", "Area need"),
        EvidenceKind.ExplorerView => T("มุมมองจากคลังข้อมูล", "Data explorer view"),
        _ => kind.ToString(),
    };

    private static void Row(CsvWriter csv, params string?[] fields) => csv.WriteRecord(fields.Select(f => f ?? "").ToArray());

    private static string Num(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Iso(DateTime utc) => ThaiCalendar.EnsureUtc(utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
