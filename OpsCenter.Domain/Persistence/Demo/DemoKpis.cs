using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Provincial KPIs with twelve monthly measurements each, drifting around their targets.</summary>
internal static class DemoKpis
{
    private static readonly (string Code, string Th, string En, string Unit, KpiDirection Direction, string Lead, double Target, double Start, double Drift, double Noise)[] Kpis =
    [
        ("complaints-on-time", "ร้อยละเรื่องร้องเรียนที่แก้ไขเสร็จภายในกำหนด", "Complaints resolved on time", "%", KpiDirection.HigherIsBetter, "PO", 85, 72, 1.0, 3),
        ("pm25-average", "ค่าเฉลี่ยฝุ่นละออง PM2.5", "Average PM2.5", "µg/m³", KpiDirection.LowerIsBetter, "NRE", 37.5, 48, -0.6, 6),
        ("budget-disbursement", "ร้อยละการเบิกจ่ายงบประมาณ", "Budget disbursed", "%", KpiDirection.HigherIsBetter, "PO", 80, 20, 6.0, 2),
        ("road-deaths", "ผู้เสียชีวิตจากอุบัติเหตุทางถนน", "Road traffic deaths", "ราย/คน", KpiDirection.LowerIsBetter, "POL", 12, 16, -0.2, 3),
        ("dengue-rate", "อัตราป่วยโรคไข้เลือดออกต่อแสนประชากร", "Dengue cases per 100,000", "ต่อแสน", KpiDirection.LowerIsBetter, "PHO", 8, 12, -0.3, 3),
        ("datasets-current", "ร้อยละชุดข้อมูลที่เป็นปัจจุบัน", "Datasets kept current", "%", KpiDirection.HigherIsBetter, "NSO", 90, 65, 1.5, 4),
        ("waste-recycled", "ร้อยละขยะที่นำกลับมาใช้ใหม่", "Waste recycled", "%", KpiDirection.HigherIsBetter, "NRE", 35, 24, 0.6, 2),
        ("irrigated-share", "ร้อยละพื้นที่เกษตรที่ได้รับน้ำชลประทาน", "Farmland irrigated", "%", KpiDirection.HigherIsBetter, "RID", 45, 38, 0.4, 1.5),
    ];

    public static List<Kpi> Build(string provinceCode, string prefix, IReadOnlyList<Agency> agencies)
    {
        var agencyByCode = agencies.ToDictionary(a => a.Code);
        return Kpis.Select(k => new Kpi
        {
            ProvinceCode = provinceCode,
            Code = $"{prefix}-{k.Code}",
            NameTh = k.Th,
            NameEn = k.En,
            Unit = k.Unit,
            Direction = k.Direction,
            LeadAgencyId = agencyByCode[$"{prefix}-{k.Lead}"].Id,
            Targets = [new KpiTarget { FiscalYear = 2569, Target = k.Target }, new KpiTarget { FiscalYear = 2570, Target = k.Target }],
        }).ToList();
    }

    public static IEnumerable<KpiMeasurement> Measurements(IReadOnlyList<Kpi> kpis, string prefix, Random random, DateTime nowUtc)
    {
        var thisMonth = ThaiCalendar.FromBangkok(new DateTime(ThaiCalendar.ToBangkok(nowUtc).Year, ThaiCalendar.ToBangkok(nowUtc).Month, 1));
        foreach (var kpi in kpis)
        {
            var spec = Kpis.First(k => $"{prefix}-{k.Code}" == kpi.Code);
            for (var monthsAgo = 12; monthsAgo >= 1; monthsAgo--)
            {
                var step = 12 - monthsAgo;
                var value = spec.Start + (spec.Drift * step) + ((random.NextDouble() - 0.5) * spec.Noise);
                if (spec.Unit == "%")
                {
                    value = Math.Clamp(value, 0, 100);
                }

                var period = thisMonth.AddMonths(-monthsAgo);
                yield return new KpiMeasurement
                {
                    KpiId = kpi.Id,
                    PeriodStart = period,
                    Value = Math.Round(Math.Max(0, value), 1),
                    EnteredAt = period.AddMonths(1).AddDays(random.Next(1, 8)),
                };
            }
        }
    }
}
