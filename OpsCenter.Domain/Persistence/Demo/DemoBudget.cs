using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Projects for fiscal years 2568–2569, deliberately uneven so the budget-versus-need views have something to find.</summary>
internal sealed class DemoBudget(ProvinceFacts facts, IReadOnlyList<Agency> agencies, string prefix, Random random)
{
    private static readonly Dictionary<string, string[]> ProjectNames = new()
    {
        [Sectors.Infrastructure] = ["ก่อสร้างถนนคอนกรีตเสริมเหล็ก", "ปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต", "ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์", "ก่อสร้างสะพานคอนกรีตเสริมเหล็ก"],
        [Sectors.Water] = ["ขุดลอกคลองและแหล่งน้ำ", "ก่อสร้างระบบประปาหมู่บ้าน", "ก่อสร้างฝายชะลอน้ำ", "ปรับปรุงระบบระบายน้ำป้องกันน้ำท่วม"],
        [Sectors.Environment] = ["ลดฝุ่นละออง PM2.5 จากภาคอุตสาหกรรม", "บริหารจัดการขยะชุมชนแบบครบวงจร", "ปลูกป่าชุมชนและพื้นที่สีเขียว"],
        [Sectors.Health] = ["ป้องกันและควบคุมโรคไข้เลือดออก", "พัฒนาระบบการแพทย์ฉุกเฉิน", "ดูแลผู้สูงอายุระยะยาวในชุมชน"],
        [Sectors.Education] = ["ปรับปรุงอาคารเรียนและห้องปฏิบัติการ", "พัฒนาทักษะดิจิทัลสำหรับนักเรียน"],
        [Sectors.Economy] = ["ส่งเสริมเกษตรปลอดภัยและตลาดเกษตรกร", "พัฒนาการท่องเที่ยวเชิงวัฒนธรรม", "ยกระดับผลิตภัณฑ์ชุมชน OTOP"],
        [Sectors.Safety] = ["ติดตั้งกล้องวงจรปิดจุดเสี่ยง", "ปรับปรุงจุดเสี่ยงอุบัติเหตุทางถนน", "เตรียมความพร้อมรับมือสาธารณภัย"],
        [Sectors.Social] = ["ปรับปรุงที่อยู่อาศัยผู้ยากไร้", "ส่งเสริมอาชีพผู้พิการและผู้สูงอายุ"],
    };

    /// <summary>Relative budget emphasis by sector; water and environment are under-funded on purpose against the demo's report mix.</summary>
    private static readonly Dictionary<string, double> SectorEmphasis = new()
    {
        [Sectors.Infrastructure] = 3.0, [Sectors.Water] = 0.8, [Sectors.Environment] = 0.5, [Sectors.Health] = 1.0,
        [Sectors.Education] = 1.0, [Sectors.Economy] = 1.4, [Sectors.Safety] = 0.9, [Sectors.Social] = 0.6,
    };

    public IEnumerable<Project> Generate(DateTime nowUtc)
    {
        var agencyFor = DemoAgencies.LineAgencies.GroupBy(l => l.Sector)
            .ToDictionary(g => g.Key, g => agencies.First(a => a.Code == $"{prefix}-{g.First().Suffix}").Id);
        var pao = agencies.First(a => a.Code == $"{prefix}-PAO").Id;
        var districts = facts.Districts.ToList();
        var number = 0;

        // FY 2568–2569 as the plan's baseline, through to the current fiscal year so "this year" is never empty.
        var currentFiscalYear = ThaiCalendar.FiscalYearOf(nowUtc);
        var firstFiscalYear = Math.Min(2568, currentFiscalYear - 1);
        foreach (var fiscalYear in Enumerable.Range(firstFiscalYear, currentFiscalYear - firstFiscalYear + 1))
        {
            foreach (var district in districts)
            {
                foreach (var (sector, emphasis) in SectorEmphasis)
                {
                    // Busier districts get more projects; Mueang gets the most, as provincial capitals do.
                    var expected = emphasis * (0.4 + (district.Population / 60000.0));
                    var projects = (int)Math.Floor(expected + random.NextDouble());
                    for (var i = 0; i < projects; i++)
                    {
                        number++;
                        var names = ProjectNames[sector];
                        var source = (BudgetSource)(1 + random.Next(4));
                        var requestedBaht = RoundedBaht(300_000 + (random.NextDouble() * random.NextDouble() * 25_000_000));
                        var past = fiscalYear < currentFiscalYear;
                        var approved = past || random.NextDouble() < 0.8 ? RoundedBaht(requestedBaht * (0.6 + (random.NextDouble() * 0.4))) : 0;
                        var disbursedShare = past ? 0.85 + (random.NextDouble() * 0.15) : random.NextDouble() * 0.35;
                        var created = ThaiCalendar.FiscalYearStartUtc(fiscalYear).AddDays(-random.Next(30, 200));
                        yield return new Project
                        {
                            ProvinceCode = facts.Code,
                            Code = $"{prefix}-{fiscalYear}-{number:0000}",
                            NameTh = $"โครงการ{names[random.Next(names.Length)]} อำเภอ{district.NameTh}",
                            Sector = sector,
                            OwnerAgencyId = source == BudgetSource.LocalGovernment ? pao : agencyFor[sector],
                            AreaCode = district.Code,
                            FiscalYear = fiscalYear,
                            Status = approved == 0 ? ProjectStatus.Proposed : past ? ProjectStatus.Completed : ProjectStatus.InProgress,
                            CreatedAt = created,
                            UpdatedAt = created.AddDays(random.Next(1, 30)) < nowUtc ? created.AddDays(random.Next(1, 30)) : nowUtc,
                            BudgetLines =
                            [
                                new BudgetLine
                                {
                                    Source = source,
                                    FiscalYear = fiscalYear,
                                    Requested = Money.FromBaht(requestedBaht),
                                    Approved = Money.FromBaht(approved),
                                    Disbursed = Money.FromBaht(RoundedBaht(approved * disbursedShare)),
                                    UpdatedAt = nowUtc.AddDays(-random.Next(1, 90)),
                                },
                            ],
                        };
                    }
                }
            }
        }
    }

    private static long RoundedBaht(double baht) => (long)(Math.Round(baht / 1000) * 1000);
}
