using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Brings the demo reports to life: routing rules, a timeline for every report that matches its status, escalations
/// of the overdue ones, a few reporters who left contact details, and duplicates (some merged, some only suggested).
/// </summary>
internal static class DemoReportWorkflow
{
    private static readonly string[] FirstNames = ["สมชาย", "สมหญิง", "ประยูร", "วันเพ็ญ", "สุนทร", "มาลี", "ธนพล", "กาญจนา", "อนุชา", "พรทิพย์"];
    private static readonly string[] LastNames = ["ใจดี", "ศรีสุข", "มั่นคง", "แก้วมณี", "บุญมา", "ทองดี", "สายสุวรรณ", "พึ่งบุญ"];

    private static readonly string[] Resolutions =
    [
        "ซ่อมแซมเรียบร้อยแล้ว ขอบคุณที่แจ้งเรื่อง", "ลงพื้นที่ตรวจสอบและแก้ไขแล้ว", "ประสานหน่วยงานเจ้าของพื้นที่ดำเนินการแล้ว",
        "บรรจุในแผนงบประมาณปีถัดไปและดำเนินการเบื้องต้นแล้ว",
    ];

    private static readonly string[] Rejections = ["อยู่นอกเขตความรับผิดชอบของจังหวัด", "ข้อมูลไม่เพียงพอ ติดต่อผู้แจ้งไม่ได้", "เป็นเรื่องทางแพ่งระหว่างเอกชน"];

    /// <summary>The rules the demo reports were routed by: line agencies province-wide, municipalities for local services in their tambons.</summary>
    public static List<RoutingRule> Rules(string provinceCode, string prefix, IReadOnlyList<Agency> agencies)
    {
        var byCode = agencies.ToDictionary(a => a.Code);
        var rules = DemoReports.LineAgencyFor
            .Where(l => l.Value != "PO")
            .Select(l => new RoutingRule { ProvinceCode = provinceCode, CategoryCode = l.Key, AgencyId = byCode[$"{prefix}-{l.Value}"].Id, Note = "หน่วยงานหลักของจังหวัด / Line agency" })
            .ToList();
        foreach (var municipality in agencies.Where(a => a.Kind == AgencyKind.Municipality))
        {
            foreach (var area in municipality.Areas.Select(a => a.AreaCode).Distinct())
            {
                rules.AddRange(DemoReports.LocalGovernmentCategories.Order(StringComparer.Ordinal).Select(category => new RoutingRule
                {
                    ProvinceCode = provinceCode, CategoryCode = category, AreaCode = area, AgencyId = municipality.Id, Note = "บริการท้องถิ่นในเขตเทศบาล / Local service",
                }));
            }
        }

        return rules;
    }

    /// <summary>Works on the reports the seeder is still tracking, so the demo keeps exactly Demo:ReportsPerProvince reports.</summary>
    public static async Task SeedAsync(OpsDbContext db, string provinceCode, string prefix, IReadOnlyList<Agency> agencies, int seed, DateTime now, CancellationToken ct)
    {
        var random = new Random(seed);
        db.AddRange(Rules(provinceCode, prefix, agencies));
        var names = agencies.ToDictionary(a => a.Id, a => a.NameTh);
        var districtOffices = agencies.Where(a => a.Kind == AgencyKind.DistrictOffice).ToDictionary(a => a.Areas[0].AreaCode, a => a.Id);
        var reports = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == provinceCode).OrderBy(r => r.Id).ToListAsync(ct);
        var copies = PlanDuplicates(reports, random, now);
        foreach (var report in reports)
        {
            var (entries, level) = copies.Contains(report) ? DuplicateTimeline(report) : Timeline(report, names, districtOffices, random, now);
            db.AddRange(entries);
            report.EscalationLevel = level;
            if (report.Channel == ReportChannel.Web && random.NextDouble() < 0.06)
            {
                db.Add(Contact(report, random));
            }
        }

        // The seeder turns automatic change detection off for speed; these reports were changed in place.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    private static (List<ReportTimelineEntry> Entries, EscalationLevel Level) Timeline(
        CitizenReport r, Dictionary<int, string> names, Dictionary<string, int> districtOffices, Random random, DateTime now)
    {
        var owner = r.OwnerAgencyId is { } id ? names.GetValueOrDefault(id) : null;
        var staff = $"เจ้าหน้าที่{owner}";
        var entries = new List<ReportTimelineEntry>
        {
            Entry(r, r.ReceivedAt, TimelineKind.Received, ReportStatus.Received, r.OwnerAgencyId, "ระบบ / System", $"รับเรื่องแล้ว ส่งถึง{owner} / Received; routed to the owner agency", null),
        };
        var end = r.ResolvedAt ?? now;
        var step = r.ReceivedAt.AddHours(1 + (random.NextDouble() * 6));
        if (r.Status != ReportStatus.Received && step < end)
        {
            entries.Add(Entry(r, step, TimelineKind.Assigned, ReportStatus.Assigned, r.OwnerAgencyId, staff, null, "demo"));
            step = step.AddHours(2 + (random.NextDouble() * 20));
            if (r.Status is not ReportStatus.Assigned && step < end)
            {
                var forwarded = r.Status == ReportStatus.Forwarded;
                entries.Add(Entry(r, step, forwarded ? TimelineKind.Forwarded : TimelineKind.StatusChanged,
                    forwarded ? ReportStatus.Forwarded : ReportStatus.InProgress, r.OwnerAgencyId, staff, forwarded ? "ส่งต่อหน่วยงานที่เกี่ยวข้อง" : null, "demo"));
            }
        }

        var level = EscalationLevel.None;
        if (r.DueAt is { } due && due < end)
        {
            level = EscalationLevel.DistrictChief;
            var office = r.DistrictCode is { } d ? districtOffices.GetValueOrDefault(d) : (int?)null;
            entries.Add(Entry(r, due, TimelineKind.Overdue, r.Status is ReportStatus.Received ? ReportStatus.Received : ReportStatus.InProgress, office,
                "ระบบ / System", "เกินกำหนด แจ้งนายอำเภอเพื่อเร่งรัด / Overdue; escalated to the district chief", null));
            if (due.AddHours(48) < end)
            {
                level = EscalationLevel.DeputyGovernor;
                entries.Add(Entry(r, due.AddHours(48), TimelineKind.Escalated, entries[^1].Status, null,
                    "ระบบ / System", "เกินกำหนดนาน ส่งเรื่องถึงรองผู้ว่าราชการจังหวัด / Long overdue; escalated to the deputy governor", null));
            }
        }

        if (r.ResolvedAt is { } closed && r.Status is ReportStatus.Resolved or ReportStatus.Rejected)
        {
            var note = r.Status == ReportStatus.Resolved ? Resolutions[random.Next(Resolutions.Length)] : Rejections[random.Next(Rejections.Length)];
            entries.Add(Entry(r, closed, TimelineKind.StatusChanged, r.Status, r.OwnerAgencyId, staff, note, "demo"));
        }

        return (entries.OrderBy(e => e.At).ToList(), level);
    }

    private static ReportTimelineEntry Entry(CitizenReport r, DateTime at, TimelineKind kind, ReportStatus status, int? agency, string actor, string? note, string? userId) => new()
    {
        ReportId = r.Id, At = at, Kind = kind, Status = status, AgencyId = agency, ActorName = actor, ActorUserId = userId, Note = note,
    };

    private static ReporterContact Contact(CitizenReport r, Random random) => new()
    {
        ReportId = r.Id,
        Name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
        Phone = $"08{random.Next(1, 10)}{random.Next(1000000, 9999999)}",
        ConsentAt = r.ReceivedAt,
        ConsentSource = "web-form-v1 (demo)",
    };

    /// <summary>
    /// Makes some later web reports second reports of an earlier open problem a few metres away: half of them merged into
    /// the first (which then counts two citizens), half only suggested to staff as possible duplicates.
    /// </summary>
    private static HashSet<CitizenReport> PlanDuplicates(List<CitizenReport> reports, Random random, DateTime now)
    {
        var web = reports.Where(r => r.Channel == ReportChannel.Web && r.Latitude is not null).ToList();
        var primaries = web.Where(r => r.IsOpen).Where((_, i) => i % 25 == 0).Take(16).ToList();
        var pool = web.Where(r => r.Status == ReportStatus.Received && !primaries.Contains(r)).ToList();
        var copies = new HashSet<CitizenReport>();
        foreach (var (primary, index) in primaries.Zip(pool).Select((pair, i) => (pair, i)))
        {
            var (first, copy) = primary;
            copy.Kind = first.Kind;
            copy.CategoryCode = first.CategoryCode;
            copy.Description = first.Description + " (แจ้งซ้ำ มีผู้พบเห็นเช่นกัน)";
            copy.Latitude = first.Latitude + ((random.NextDouble() - 0.5) * 0.0006);
            copy.Longitude = first.Longitude + ((random.NextDouble() - 0.5) * 0.0006);
            copy.DistrictCode = first.DistrictCode;
            copy.SubdistrictCode = first.SubdistrictCode;
            copy.OwnerAgencyId = first.OwnerAgencyId;
            copy.ReceivedAt = Min(first.ReceivedAt.AddHours(2 + random.Next(40)), now);
            copy.UpdatedAt = copy.ReceivedAt;
            copy.DueAt = first.DueAt;
            copy.PossibleDuplicateOfId = first.Id;
            if (index % 2 == 0)
            {
                copy.Status = ReportStatus.Duplicate;
                copy.DuplicateOfId = first.Id;
                copy.ResolvedAt = Min(copy.ReceivedAt.AddHours(3), now);
                first.ReporterCount++;
            }

            copies.Add(copy);
        }

        return copies;
    }

    private static (List<ReportTimelineEntry>, EscalationLevel) DuplicateTimeline(CitizenReport copy)
    {
        var entries = new List<ReportTimelineEntry>
        {
            Entry(copy, copy.ReceivedAt, TimelineKind.Received, ReportStatus.Received, copy.OwnerAgencyId, "ระบบ / System",
                "รับเรื่องแล้ว พบเรื่องใกล้เคียงที่ยังเปิดอยู่ / Received; a similar open report is nearby", null),
        };
        if (copy.Status == ReportStatus.Duplicate)
        {
            entries.Add(Entry(copy, copy.ResolvedAt!.Value, TimelineKind.Merged, ReportStatus.Duplicate, copy.OwnerAgencyId, "เจ้าหน้าที่สำนักงานจังหวัด", "รวมกับเรื่องเดิมที่แจ้งไว้ก่อน", "demo"));
        }

        return (entries, EscalationLevel.None);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
