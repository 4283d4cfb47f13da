using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// The provincial five-year plan around the demo projects: development issues, annual action plans, milestones, a few
/// projects that serve two districts, and evidence links, about a quarter of the projects left without any on purpose.
/// Runs after projects and reports are saved (it needs their ids) and uses its own random sequence, so it changes
/// nothing the earlier demo steps generate.
/// </summary>
internal static class DemoPlans
{
    private static readonly (string Th, string En, string[] Sectors)[] Issues =
    [
        ("พัฒนาโครงสร้างพื้นฐานและระบบโลจิสติกส์เชื่อมโยงภูมิภาค", "Infrastructure and regional logistics", [Sectors.Infrastructure]),
        ("บริหารจัดการทรัพยากรน้ำอย่างเป็นระบบ ป้องกันน้ำท่วมและภัยแล้ง", "Water management against floods and drought", [Sectors.Water]),
        ("จัดการสิ่งแวดล้อมและลดมลพิษฝุ่นละออง PM2.5 จากอุตสาหกรรม", "Environment and industrial PM2.5 pollution", [Sectors.Environment]),
        ("ยกระดับคุณภาพชีวิต สาธารณสุข และการศึกษา", "Quality of life, health and education", [Sectors.Health, Sectors.Education, Sectors.Social]),
        ("เสริมสร้างเศรษฐกิจ การเกษตร และการท่องเที่ยว", "Economy, agriculture and tourism", [Sectors.Economy]),
        ("เสริมสร้างความมั่นคงและความปลอดภัยในชีวิตและทรัพย์สิน", "Security and public safety", [Sectors.Safety]),
    ];

    private static readonly (string Th, string En, int Weight)[] Steps =
    [
        ("จัดทำแบบรูปรายการและ TOR", "Design and terms of reference", 1),
        ("จัดซื้อจัดจ้าง", "Procurement", 1),
        ("ดำเนินงานตามสัญญา", "Works under contract", 3),
        ("ตรวจรับและส่งมอบ", "Acceptance and handover", 1),
    ];

    /// <summary>Datasets and KPIs (by demo slug/code suffix) that evidence a sector's projects.</summary>
    private static readonly Dictionary<string, (string[] Datasets, string[] Kpis)> SectorEvidence = new()
    {
        [Sectors.Infrastructure] = (["road-network", "building-permits"], []),
        [Sectors.Water] = (["reservoir-levels", "flood-areas", "irrigation-areas"], ["irrigated-share"]),
        [Sectors.Environment] = (["pm25-hourly", "factories-registered", "waste-volume"], ["pm25-average", "waste-recycled"]),
        [Sectors.Health] = (["dengue-cases", "health-facilities", "elderly-care-register"], ["dengue-rate"]),
        [Sectors.Education] = (["schools-students"], []),
        [Sectors.Economy] = (["rice-production", "farmer-register"], []),
        [Sectors.Safety] = (["road-accidents", "crime-hotspots"], ["road-deaths"]),
        [Sectors.Social] = (["poverty-tpmap", "welfare-recipients"], []),
    };

    public static async Task SeedAsync(OpsDbContext db, ProvinceFacts facts, string prefix, Random random, DateTime now, CancellationToken ct)
    {
        var currentYear = ThaiCalendar.FiscalYearOf(now);
        var plan = new DevelopmentPlan
        {
            ProvinceCode = facts.Code,
            Code = $"{prefix}-PDP-{currentYear - 4}",
            NameTh = $"แผนพัฒนาจังหวัด{facts.NameTh} พ.ศ. {currentYear - 4}–{currentYear}",
            NameEn = $"{facts.NameEn} Provincial Development Plan {currentYear - 4}–{currentYear} BE",
            VisionTh = $"{facts.NameTh} เมืองน่าอยู่ เศรษฐกิจมั่นคง สิ่งแวดล้อมยั่งยืน ประชาชนมีส่วนร่วม",
            VisionEn = "A livable province with a stable economy, a sustainable environment and citizens who take part",
            FirstFiscalYear = currentYear - 4,
            LastFiscalYear = currentYear,
            Issues = Issues.Select((issue, i) => new DevelopmentIssue
            {
                ProvinceCode = facts.Code, Code = $"{prefix}-DI-{i + 1:00}", Number = i + 1, NameTh = issue.Th, NameEn = issue.En,
                SectorCodes = string.Join(',', issue.Sectors),
            }).ToList(),
        };
        var years = await db.Set<Project>().Where(p => p.ProvinceCode == facts.Code).Select(p => p.FiscalYear).Distinct().OrderBy(y => y).ToListAsync(ct);
        plan.ActionPlans = years.Where(plan.Covers).Select(year => new ActionPlan
        {
            ProvinceCode = facts.Code, FiscalYear = year,
            NameTh = $"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {year} จังหวัด{facts.NameTh}",
            NameEn = $"{facts.NameEn} Action Plan, fiscal year {year} BE",
            Status = year <= currentYear ? ActionPlanStatus.Approved : ActionPlanStatus.Draft,
        }).ToList();
        db.Add(plan);
        await db.SaveChangesAsync(ct);

        foreach (var actionPlan in plan.ActionPlans)
        {
            await db.Set<Project>().Where(p => p.ProvinceCode == facts.Code && p.FiscalYear == actionPlan.FiscalYear)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ActionPlanId, actionPlan.Id), ct);
        }

        foreach (var issue in plan.Issues)
        {
            var sectors = issue.SectorList().ToArray();
            await db.Set<Project>().Where(p => p.ProvinceCode == facts.Code && sectors.Contains(p.Sector))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DevelopmentIssueId, issue.Id), ct);
        }

        var projects = await db.Set<Project>().AsNoTracking().Where(p => p.ProvinceCode == facts.Code).OrderBy(p => p.Id)
            .Select(p => new DemoProject(p.Id, p.FiscalYear, p.Sector, p.AreaCode, p.Status)).ToListAsync(ct);
        db.AddRange(projects.SelectMany(p => Milestones(p, random, now)));
        db.AddRange(ExtraAreas(projects, facts, random));
        db.AddRange(await EvidenceAsync(db, projects, facts.Code, prefix, random, now, ct));
        await db.SaveChangesAsync(ct);
    }

    internal sealed record DemoProject(int Id, int FiscalYear, string Sector, string AreaCode, ProjectStatus Status);

    /// <summary>Four steps spread over the fiscal year; progress follows the calendar, a little behind for some projects.</summary>
    private static IEnumerable<ProjectMilestone> Milestones(DemoProject project, Random random, DateTime now)
    {
        var start = ThaiCalendar.FiscalYearStartUtc(project.FiscalYear);
        var lag = random.NextDouble() < 0.3 ? 0.25 + (random.NextDouble() * 0.3) : 0;
        for (var i = 0; i < Steps.Length; i++)
        {
            var opens = ThaiCalendar.AddBangkokMonths(start, i * 3);
            var due = ThaiCalendar.AddBangkokMonths(start, (i + 1) * 3).AddDays(-1);
            var elapsed = Math.Clamp((now - opens).TotalDays / (due - opens).TotalDays - lag, 0, 1);
            var progress = project.Status switch
            {
                ProjectStatus.Completed => 100,
                ProjectStatus.Proposed or ProjectStatus.Cancelled => 0,
                _ => (int)Math.Round(elapsed * 100 / 5) * 5,
            };
            yield return new ProjectMilestone
            {
                ProjectId = project.Id, Sequence = i + 1, NameTh = Steps[i].Th, NameEn = Steps[i].En, Weight = Steps[i].Weight, DueAt = due,
                ProgressPercent = progress, CompletedAt = progress == 100 ? (due < now ? due : now) : null, UpdatedAt = now,
            };
        }
    }

    /// <summary>Some water and road projects run through the neighbouring district too (a canal, a road).</summary>
    private static IEnumerable<ProjectArea> ExtraAreas(IReadOnlyList<DemoProject> projects, ProvinceFacts facts, Random random)
    {
        var districts = facts.Districts.Select(d => d.Code).ToList();
        foreach (var project in projects.Where(p => p.Sector is Sectors.Water or Sectors.Infrastructure))
        {
            var index = districts.IndexOf(project.AreaCode);
            if (index >= 0 && random.NextDouble() < 0.12)
            {
                yield return new ProjectArea { ProjectId = project.Id, AreaCode = districts[(index + 1) % districts.Count] };
            }
        }
    }

    private static async Task<List<EvidenceLink>> EvidenceAsync(OpsDbContext db, IReadOnlyList<DemoProject> projects, string province, string prefix, Random random, DateTime now, CancellationToken ct)
    {
        var sectorOf = await db.Set<ReportCategory>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Sector, ct);
        var reports = (await db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == province)
                .Select(r => new { r.Id, r.DistrictCode, r.CategoryCode, r.Kind }).OrderBy(r => r.Id).ToListAsync(ct))
            .ToLookup(r => (r.DistrictCode, sectorOf[r.CategoryCode]));
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == province).ToDictionaryAsync(d => d.Slug, d => d.Id, ct);
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => k.ProvinceCode == province).ToDictionaryAsync(k => k.Code, k => k.Id, ct);
        var links = new List<EvidenceLink>();
        var lowerPrefix = prefix.ToLowerInvariant();
        foreach (var project in projects)
        {
            EvidenceLink Link(EvidenceKind kind, string target, string note) =>
                new() { ProjectId = project.Id, Kind = kind, TargetId = target, Note = note, CreatedAt = now.AddDays(-random.Next(5, 120)) };

            if (random.NextDouble() < 0.27)
            {
                continue;
            }

            var candidates = reports[(project.AreaCode, project.Sector)].OrderByDescending(r => r.Kind == ReportKind.Need).ThenBy(_ => random.Next()).Take(random.Next(2, 7)).ToList();
            links.AddRange(candidates.Select(r => Link(EvidenceKind.Report, r.Id.ToString(CultureInfo.InvariantCulture), "เรื่องจากประชาชนในพื้นที่โครงการ")));
            if (random.NextDouble() < 0.35)
            {
                links.Add(Link(EvidenceKind.NeedCell, EvidenceLink.NeedCellId(project.AreaCode, project.Sector), "ดัชนีความต้องการของพื้นที่สูงกว่าค่าเฉลี่ยจังหวัด"));
            }

            var (sectorDatasets, sectorKpis) = SectorEvidence[project.Sector];
            if (sectorDatasets.Length > 0 && random.NextDouble() < 0.4 && datasets.TryGetValue($"{lowerPrefix}-{sectorDatasets[random.Next(sectorDatasets.Length)]}", out var dataset))
            {
                links.Add(Link(EvidenceKind.Dataset, dataset.ToString(CultureInfo.InvariantCulture), "ข้อมูลสถิติประกอบการจัดทำโครงการ"));
            }

            if (sectorKpis.Length > 0 && random.NextDouble() < 0.4 && kpis.TryGetValue($"{prefix}-{sectorKpis[random.Next(sectorKpis.Length)]}", out var kpi))
            {
                links.Add(Link(EvidenceKind.Kpi, kpi.ToString(CultureInfo.InvariantCulture), "ตัวชี้วัดที่โครงการมุ่งปรับปรุง"));
            }
        }

        return links;
    }
}
