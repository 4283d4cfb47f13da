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

    public static async Task SeedAsync(OpsDbContext db, string provinceCode, string prefix, IReadOnlyList<Agency> agencies, int seed, DateTime now, CancellationToken ct)
    {
        var random = new Random(seed);
        db.AddRange(Rules(provinceCode, prefix, agencies));
        var names = agencies.ToDictionary(a => a.Id, a => a.NameTh);
        var districtOffices = agencies.Where(a => a.Kind == AgencyKind.DistrictOffice).ToDictionary(a => a.Areas[0].AreaCode, a => a.Id);
        var reports = await db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == provinceCode).OrderBy(r => r.Id).ToListAsync(ct);
        var escalated = new Dictionary<EscalationLevel, List<long>> { [EscalationLevel.DistrictChief] = [], [EscalationLevel.DeputyGovernor] = [] };
        foreach (var report in reports)
        {
            var (entries, level) = Timeline(report, names, districtOffices, random, now);
            db.AddRange(entries);
            if (level != EscalationLevel.None)
            {
                escalated[level].Add(report.Id);
            }

            if (report.Channel == ReportChannel.Web && random.NextDouble() < 0.06)
            {
                db.Add(Contact(report, random));
            }
        }

        foreach (var (level, ids) in escalated)
        {
            await db.Set<CitizenReport>().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.EscalationLevel, level), ct);
        }

        await db.SaveChangesAsync(ct);
        await DuplicatesAsync(db, reports, random, now, ct);
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

    /// <summary>Second reports of the same problem a few metres away: merged into the first for some, only suggested for others.</summary>
    private static async Task DuplicatesAsync(OpsDbContext db, List<CitizenReport> reports, Random random, DateTime now, CancellationToken ct)
    {
        var open = reports.Where(r => r.IsOpen && r.Latitude is not null && r.Channel == ReportChannel.Web).Take(400).ToList();
        var primaries = open.Where((_, i) => i % 25 == 0).Take(16).ToList();
        var copies = new List<CitizenReport>();
        foreach (var (primary, index) in primaries.Select((p, i) => (p, i)))
        {
            var received = primary.ReceivedAt.AddHours(2 + random.Next(40));
            copies.Add(new CitizenReport
            {
                TrackingNumber = TrackingNumbers.New(primary.TrackingNumber[..primary.TrackingNumber.IndexOf('-', StringComparison.Ordinal)] + "D", random),
                ProvinceCode = primary.ProvinceCode, Kind = primary.Kind, CategoryCode = primary.CategoryCode,
                Description = primary.Description + " (แจ้งซ้ำ มีผู้พบเห็นเช่นกัน)",
                Latitude = primary.Latitude + ((random.NextDouble() - 0.5) * 0.0006), Longitude = primary.Longitude + ((random.NextDouble() - 0.5) * 0.0006),
                DistrictCode = primary.DistrictCode, SubdistrictCode = primary.SubdistrictCode, OwnerAgencyId = primary.OwnerAgencyId,
                Channel = ReportChannel.Web, ReceivedAt = received < now ? received : now, UpdatedAt = received < now ? received : now,
                DueAt = primary.DueAt, Status = ReportStatus.Received, PossibleDuplicateOfId = primary.Id,
                EscalationLevel = primary.EscalationLevel,
            });
            if (index % 2 == 0)
            {
                copies[^1].Status = ReportStatus.Duplicate;
                copies[^1].DuplicateOfId = primary.Id;
                copies[^1].ResolvedAt = copies[^1].ReceivedAt.AddHours(3);
            }
        }

        db.AddRange(copies);
        await db.SaveChangesAsync(ct);
        foreach (var copy in copies)
        {
            db.Add(Entry(copy, copy.ReceivedAt, TimelineKind.Received, ReportStatus.Received, copy.OwnerAgencyId, "ระบบ / System",
                "รับเรื่องแล้ว พบเรื่องใกล้เคียงที่ยังเปิดอยู่ / Received; a similar open report is nearby", null));
            if (copy.Status == ReportStatus.Duplicate)
            {
                db.Add(Entry(copy, copy.ResolvedAt!.Value, TimelineKind.Merged, ReportStatus.Duplicate, copy.OwnerAgencyId, "เจ้าหน้าที่สำนักงานจังหวัด", "รวมกับเรื่องเดิม", "demo"));
            }
        }

        var merged = copies.Where(c => c.DuplicateOfId is not null).Select(c => c.DuplicateOfId!.Value).ToList();
        await db.Set<CitizenReport>().Where(r => merged.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReporterCount, r => r.ReporterCount + 1), ct);
        await db.SaveChangesAsync(ct);
    }
}
