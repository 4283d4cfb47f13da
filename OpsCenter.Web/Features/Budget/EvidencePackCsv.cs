using System.Globalization;
using System.Text;
using CsvHelper;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Web.Features.Budget;

/// <summary>
/// The evidence pack as one CSV a spreadsheet opens: every row says which section it belongs to, so the project, the
/// need of its areas, the monthly trend and each linked item can be filtered apart. Formula-like text is escaped.
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
            Row(csv, "project", "project", p.Id.ToString(CultureInfo.InvariantCulture), p.Code, p.NameTh, p.NameEn, string.Join(";", p.AllAreaCodes()), p.Sector, "",
                p.Status.ToString(), p.FiscalYear.ToString(CultureInfo.InvariantCulture), pack.Detail.Requested.ToString(), pack.Detail.Approved.ToString(), p.Description);
            foreach (var line in p.BudgetLines)
            {
                Row(csv, "budget_line", line.Source.ToString(), line.Id.ToString(CultureInfo.InvariantCulture), "", BudgetTerms.SourceName(line.Source, true),
                    BudgetTerms.SourceName(line.Source, false), "", "", "", "", line.FiscalYear.ToString(CultureInfo.InvariantCulture),
                    line.Approved.ToString(), line.Disbursed.ToString(), $"requested {line.Requested}");
            }

            foreach (var area in pack.AreaNeeds)
            {
                Row(csv, "area_need", "need_index_per_1000", area.Code, "", area.NameTh, area.NameEn, area.Code, p.Sector, "", $"rank {area.SectorRank}/{area.AreasRanked}",
                    Iso(pack.AsOf), Num(area.SectorIndex), Num(area.AllSectorsIndex), $"reports {area.Reports}, unresolved {area.OpenReports}, population {area.Population}");
            }

            foreach (var month in pack.Trend)
            {
                Row(csv, "monthly_reports", "month", $"{month.Year:0000}-{month.Month:00}", "", "", "", "", p.Sector, "", "", "",
                    month.Linked.ToString(CultureInfo.InvariantCulture), month.InAreas.ToString(CultureInfo.InvariantCulture), "value = linked reports, value2 = all reports of the sector in the project's areas");
            }

            foreach (var report in pack.LinkedReports)
            {
                Row(csv, "linked_report", report.Kind.ToString(), report.Id.ToString(CultureInfo.InvariantCulture), report.TrackingNumber, report.CategoryTh, report.CategoryEn,
                    report.SubdistrictCode ?? report.DistrictCode ?? "", "", report.CategoryCode, ReportStatuses.EnglishName(report.Status), Iso(report.ReceivedAt),
                    report.Latitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "", report.Longitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "",
                    report.ResolvedAt is { } resolved ? $"resolved {Iso(resolved)}" : "");
            }

            foreach (var item in pack.Detail.Evidence.Where(e => e.Kind != EvidenceKind.Report))
            {
                Row(csv, "linked_" + item.Kind.ToString().ToLowerInvariant(), item.Kind.ToString(), item.TargetId, item.DetailEn ?? "", item.TitleTh, item.TitleEn,
                    "", "", "", item.Exists ? "" : "missing", Iso(item.CreatedAt), "", "", item.Note);
            }
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    private static void Row(CsvWriter csv, params string?[] fields) => csv.WriteRecord(fields.Select(f => f ?? "").ToArray());

    private static string Num(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Iso(DateTime utc) => ThaiCalendar.EnsureUtc(utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
