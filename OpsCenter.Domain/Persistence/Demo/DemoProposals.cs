using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Proposals;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Citizen proposals in every state of their life: fresh ones gathering support, two alike (to show the similarity
/// hint), one under review, one put into next year's plan, one declined and one merged. Supporter keys are marked
/// "demo:" because no real phone stands behind them.
/// </summary>
internal static class DemoProposals
{
    private static readonly (string Title, string Description, int District, string Category, ProposalStatus Status, int Supports)[] Proposals =
    [
        ("ขุดลอกคลองระบายน้ำหมู่ 4 ป้องกันน้ำท่วมซ้ำซาก", "ทุกปีช่วงฤดูฝนน้ำท่วมถนนและบ้านเรือนในหมู่ 4 เพราะคลองระบายน้ำตื้นเขินและมีวัชพืชขึ้นหนาแน่น ขอให้ขุดลอกคลองและทำประตูระบายน้ำ", 5, "flood", ProposalStatus.InPlan, 148),
        ("ขุดลอกคลองส่งน้ำและกำจัดผักตบชวา ป้องกันน้ำท่วม", "คลองในหมู่บ้านตื้นเขิน ผักตบชวาเต็มคลอง น้ำระบายไม่ทันเวลาฝนตกหนัก ทำให้น้ำท่วมนาข้าวและถนน ขอให้ขุดลอกคลอง", 5, "flood", ProposalStatus.Submitted, 37),
        ("ติดตั้งเครื่องวัดฝุ่น PM2.5 และแจ้งเตือนหน้าโรงเรียน", "ใกล้โรงงานปูนซีเมนต์และเหมืองหิน ฝุ่นหนาแน่นโดยเฉพาะช่วงเช้า เด็กนักเรียนเป็นภูมิแพ้ ขอเครื่องวัดฝุ่นพร้อมป้ายแจ้งเตือนหน้าโรงเรียนทุกแห่งในตำบล", 2, "pm25", ProposalStatus.UnderReview, 212),
        ("ล้างถนนและฉีดพรมน้ำลดฝุ่นจากรถบรรทุก", "รถบรรทุกหินวิ่งผ่านชุมชนตลอดวัน ฝุ่นฟุ้งเข้าบ้าน ขอให้มีรถฉีดพรมน้ำล้างถนนทุกวันและบังคับให้รถบรรทุกปิดผ้าใบคลุม", 13, "pm25", ProposalStatus.Submitted, 96),
        ("ไฟฟ้าส่องสว่างทางโค้งอันตรายหน้าวัด", "ถนนสายหลักหน้าวัดเป็นทางโค้งมืด เกิดอุบัติเหตุรถจักรยานยนต์บ่อยครั้งในเวลากลางคืน ขอติดตั้งไฟส่องสว่างพลังงานแสงอาทิตย์และป้ายเตือน", 3, "lighting", ProposalStatus.Submitted, 54),
        ("ศูนย์ดูแลผู้สูงอายุกลางวันในชุมชน", "ผู้สูงอายุหลายคนอยู่บ้านลำพังเวลากลางวันเพราะลูกหลานไปทำงานโรงงาน ขอให้มีศูนย์ดูแลผู้สูงอายุกลางวันพร้อมผู้ดูแลและกิจกรรม", 1, "welfare", ProposalStatus.Submitted, 73),
        ("ขยายเขตประปาหมู่บ้านให้ทั่วถึง", "บ้านเรือนท้ายหมู่บ้านประมาณ 60 หลังยังไม่มีน้ำประปาใช้ ต้องซื้อน้ำและใช้น้ำบ่อที่ขุ่น ขอขยายเขตท่อประปาหมู่บ้าน", 7, "water-supply", ProposalStatus.Submitted, 41),
        ("สร้างสนามฟุตบอลหญ้าเทียมประจำตำบล", "เยาวชนไม่มีสถานที่เล่นกีฬาที่ได้มาตรฐาน ขอให้สร้างสนามฟุตบอลหญ้าเทียมพร้อมไฟส่องสว่างประจำตำบล", 1, "other", ProposalStatus.Declined, 19),
        ("ขุดลอกคลองป้องกันน้ำท่วมหมู่ 4 (ซ้ำ)", "ขอให้ขุดลอกคลองระบายน้ำหมู่ 4 เพราะน้ำท่วมทุกปี ถนนเสียหาย", 5, "flood", ProposalStatus.Merged, 6),
        ("จุดคัดแยกขยะและธนาคารขยะในชุมชน", "ขยะในชุมชนมีมากและไม่มีการคัดแยก รถเก็บขยะมาไม่สม่ำเสมอ ขอจุดคัดแยกขยะและจัดตั้งธนาคารขยะรับซื้อขยะรีไซเคิล", 4, "cleanliness", ProposalStatus.Submitted, 28),
        ("ตลาดเกษตรกรปลอดสารพิษประจำอำเภอ", "เกษตรกรในอำเภอปลูกผักปลอดสารแต่ไม่มีที่ขาย ขอพื้นที่จัดตลาดเกษตรกรทุกสุดสัปดาห์พร้อมหลังคาและลานจอดรถ", 8, "agriculture", ProposalStatus.Submitted, 33),
        ("กล้องวงจรปิดจุดเสี่ยงในหมู่บ้าน", "มีการลักขโมยทรัพย์สินบ่อยครั้ง และทางแยกในหมู่บ้านเกิดอุบัติเหตุ ขอติดตั้งกล้องวงจรปิดเชื่อมกับสถานีตำรวจ", 9, "safety", ProposalStatus.Submitted, 25),
    ];

    public static async Task SeedAsync(OpsDbContext db, ProvinceFacts facts, string prefix, Random random, DateTime now, CancellationToken ct)
    {
        var districts = facts.Districts.ToList();
        var subdistricts = facts.Subdistricts.ToList();
        var sectorOf = await db.Set<ReportCategory>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Sector, ct);
        var agencies = await db.Set<Agencies.Agency>().AsNoTracking().Where(a => a.ProvinceCode == facts.Code).ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        var created = new List<CitizenProposal>();
        for (var i = 0; i < Proposals.Length; i++)
        {
            var spec = Proposals[i];
            var district = districts[Math.Min(spec.District, districts.Count) - 1].Code;
            var inDistrict = subdistricts.Where(s => s.Code.StartsWith(district, StringComparison.Ordinal)).ToList();
            var area = inDistrict.Count > 0 && i % 3 != 2 ? inDistrict[random.Next(inDistrict.Count)].Code : district;
            var createdAt = now.AddDays(-random.Next(3, 150)).AddMinutes(-random.Next(0, 1440));
            created.Add(new CitizenProposal
            {
                ProvinceCode = facts.Code, TrackingCode = TrackingNumbers.New("PR" + facts.Code, random), Title = spec.Title, Description = spec.Description,
                AreaCode = area, CategoryCode = spec.Category, Status = spec.Status, SupportCount = spec.Supports, CreatedAt = createdAt,
                UpdatedAt = createdAt.AddDays(random.Next(1, 3)),
            });
        }

        db.AddRange(created);
        await db.SaveChangesAsync(ct);

        db.AddRange(created.SelectMany(p => Enumerable.Range(1, p.SupportCount).Select(n => new ProposalSupport
        {
            ProposalId = p.Id, SupporterKey = $"demo:{p.Id}:{n}", CreatedAt = p.CreatedAt.AddHours(n * 0.5),
        })));

        var nextYear = ThaiCalendar.FiscalYearOf(now) + 1;
        foreach (var proposal in created.Where(p => p.Status != ProposalStatus.Submitted))
        {
            proposal.TriagedAt = proposal.CreatedAt.AddDays(random.Next(3, 20));
            if (proposal.TriagedAt > now)
            {
                proposal.TriagedAt = now.AddHours(-2);
            }

            proposal.UpdatedAt = proposal.TriagedAt.Value;
            proposal.StaffResponse = proposal.Status switch
            {
                ProposalStatus.UnderReview => "สำนักงานทรัพยากรธรรมชาติฯ กำลังสำรวจพื้นที่และประมาณราคา",
                ProposalStatus.Declined => "ไม่อยู่ในอำนาจหน้าที่ของจังหวัด ได้ประสานองค์การบริหารส่วนตำบลให้พิจารณาในแผนพัฒนาท้องถิ่นแล้ว",
                ProposalStatus.Merged => "รวมกับข้อเสนอเรื่องเดียวกันในพื้นที่เดียวกัน ผู้สนับสนุนถูกนับรวมแล้ว",
                ProposalStatus.InPlan => $"บรรจุในแผนปฏิบัติราชการปีงบประมาณ {nextYear} เสนอขอรับงบประมาณจังหวัด",
                _ => null,
            };
        }

        created.First(p => p.Status == ProposalStatus.Merged).MergedIntoId = created[0].Id;
        var accepted = created.First(p => p.Status == ProposalStatus.InPlan);
        var project = new Project
        {
            ProvinceCode = facts.Code, Code = $"{prefix}-{nextYear}-P{accepted.Id:000}", NameTh = $"โครงการขุดลอกคลองระบายน้ำป้องกันน้ำท่วม ({accepted.TrackingCode})",
            Sector = sectorOf[accepted.CategoryCode], OwnerAgencyId = agencies[$"{prefix}-RID"], AreaCode = accepted.AreaCode, FiscalYear = nextYear,
            Status = ProjectStatus.Proposed, Description = accepted.Description, CreatedAt = accepted.TriagedAt!.Value, UpdatedAt = accepted.TriagedAt.Value,
            DevelopmentIssueId = await db.Set<DevelopmentIssue>().Where(d => d.ProvinceCode == facts.Code && d.SectorCodes.Contains(Sectors.Water)).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct),
            BudgetLines = [new BudgetLine { Source = BudgetSource.Province, FiscalYear = nextYear, Requested = Money.FromBaht(2_450_000), UpdatedAt = accepted.TriagedAt.Value }],
        };
        db.Add(project);
        await db.SaveChangesAsync(ct);
        accepted.ProjectId = project.Id;
        db.Add(new EvidenceLink
        {
            ProjectId = project.Id, Kind = EvidenceKind.Proposal, TargetId = accepted.Id.ToString(CultureInfo.InvariantCulture),
            Note = $"ข้อเสนอของประชาชน {accepted.TrackingCode} ({accepted.SupportCount} ผู้สนับสนุน)", CreatedAt = accepted.TriagedAt.Value,
        });
        db.UpdateRange(created);
        await db.SaveChangesAsync(ct);
    }
}
