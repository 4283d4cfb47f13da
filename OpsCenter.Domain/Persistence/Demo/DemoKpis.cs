using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Gaps;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Provincial KPIs, most owned jointly, with twelve months of owners' parts drifting around their targets.</summary>
internal static class DemoKpis
{
    /// <summary>
    /// The three KPIs the system can compute from its own data (budget lines, reports, the catalog) carry no seeded
    /// values: they are computed, and their history is what the recorder leaves (see <see cref="KpiMeasurementService.RecordComputedAsync"/>).
    /// </summary>
    private static readonly Spec[] Kpis =
    [
        new("complaints-on-time", "ร้อยละเรื่องร้องเรียนที่แก้ไขเสร็จภายในกำหนด", "Complaints resolved on time", "%", null, KpiDirection.HigherIsBetter, "PO", 85, 0, 0, 0, KpiAggregation.LeadValue, "complaints-monthly",
            "เรื่องที่แก้ไขเสร็จภายในกำหนด ÷ เรื่องที่แก้ไขเสร็จในเดือน × 100", "Reports resolved by their due time ÷ reports resolved in the month × 100", KpiComputation.ComplaintsResolvedOnTime),
        new("pm25-average", "ค่าเฉลี่ยฝุ่นละออง PM2.5", "Average PM2.5", "µg/m³", null, KpiDirection.LowerIsBetter, "NRE", 37.5, 48, -0.6, 6, KpiAggregation.LeadValue, "pm25-hourly",
            "ค่าเฉลี่ยรายเดือนของค่ารายชั่วโมงทุกสถานี", "Monthly mean of every station's hourly values"),
        new("budget-disbursement", "ร้อยละการเบิกจ่ายงบประมาณ", "Budget disbursed", "%", null, KpiDirection.HigherIsBetter, "PO", 80, 0, 0, 0, KpiAggregation.LeadValue, "budget-disbursement",
            "เบิกจ่ายสะสมตั้งแต่ต้นปีงบประมาณ ÷ งบประมาณที่อนุมัติของปี × 100", "Disbursed in the fiscal year to date ÷ approved for the year × 100", KpiComputation.BudgetDisbursed),
        new("road-deaths", "ผู้เสียชีวิตจากอุบัติเหตุทางถนน", "Road traffic deaths", "ราย", "deaths", KpiDirection.LowerIsBetter, "POL", 12, 16, -0.2, 3, KpiAggregation.Sum, "road-accidents",
            "ผู้เสียชีวิตในเขตตำรวจ + ผู้เสียชีวิตบนทางหลวง", "Deaths on locally policed roads + deaths on national highways"),
        new("dengue-rate", "อัตราป่วยโรคไข้เลือดออกต่อแสนประชากร", "Dengue cases per 100,000", "ต่อแสนประชากร", "per 100,000 residents", KpiDirection.LowerIsBetter, "PHO", 8, 12, -0.3, 3, KpiAggregation.LeadValue, "dengue-cases",
            "ผู้ป่วยรายใหม่ ÷ ประชากรกลางปี × 100,000", "New cases ÷ mid-year population × 100,000"),
        new("datasets-current", "ร้อยละชุดข้อมูลที่เป็นปัจจุบัน", "Datasets kept current", "%", null, KpiDirection.HigherIsBetter, "NSO", 90, 0, 0, 0, KpiAggregation.LeadValue, null,
            "ชุดข้อมูลที่ไม่ค้างปรับปรุง ÷ ชุดข้อมูลทั้งหมดในบัญชีข้อมูล × 100", "Datasets not overdue for an update ÷ every dataset in the catalog × 100", KpiComputation.DatasetsCurrent),
        new("waste-recycled", "ร้อยละขยะที่นำกลับมาใช้ใหม่", "Waste recycled", "%", null, KpiDirection.HigherIsBetter, "NRE", 35, 24, 0.6, 2, KpiAggregation.WeightedAverage, "waste-volume",
            "ขยะที่นำกลับมาใช้ใหม่ ÷ ขยะที่เกิดขึ้น × 100", "Waste recycled ÷ waste generated × 100"),
        new("irrigated-share", "ร้อยละพื้นที่เกษตรที่ได้รับน้ำชลประทาน", "Farmland irrigated", "%", null, KpiDirection.HigherIsBetter, "RID", 45, 38, 0.4, 1.5, KpiAggregation.LeadValue, "irrigation-areas",
            "พื้นที่ชลประทาน ÷ พื้นที่เกษตรทั้งหมด × 100", "Irrigated area ÷ all farmland × 100"),
    ];

    /// <summary>Co-owners by KPI: agency suffix, weight, part in Thai and English.</summary>
    private static readonly Dictionary<string, (string Agency, double Weight, string Th, string En)[]> CoOwners = new()
    {
        ["complaints-on-time"] = [("PWTP", 0.35, "แก้ไขเรื่องถนน ไฟฟ้า ทางเท้า", "Fixes roads, lighting and pavements"), ("PAO", 0.25, "แก้ไขเรื่องในความรับผิดชอบของ อบจ.", "Resolves reports in the PAO's remit")],
        ["pm25-average"] = [("AGR", 1, "ลดการเผาในที่โล่งภาคเกษตร", "Cuts open burning on farms"), ("DDPM", 1, "เฝ้าระวังไฟป่าและหมอกควัน", "Watches for wildfire and haze")],
        ["budget-disbursement"] = [("PWTP", 0.3, "เบิกจ่ายงบก่อสร้าง", "Disburses construction budget"), ("RID", 0.2, "เบิกจ่ายงบชลประทาน", "Disburses irrigation budget")],
        ["road-deaths"] = [("DOH", 7, "ผู้เสียชีวิตบนทางหลวงแผ่นดิน", "Deaths on national highways")],
        ["dengue-rate"] = [("PLO", 1, "อปท. กำจัดแหล่งเพาะพันธุ์ยุงลาย", "Local governments clear mosquito breeding sites")],
        ["datasets-current"] = [("PO", 1, "ติดตามหน่วยงานให้ปรับปรุงข้อมูลตามรอบ", "Chases agencies to update on time")],
        ["waste-recycled"] = [("MUN-01", 0.7, "คัดแยกและรีไซเคิลขยะในเขตเทศบาล", "Sorts and recycles municipal waste")],
        ["irrigated-share"] = [("AGR", 1, "ส่งเสริมการใช้น้ำอย่างประหยัด", "Promotes water-saving farming")],
    };

    private static readonly Dictionary<string, (double Weight, string Th, string En)> LeadParts = new()
    {
        ["complaints-on-time"] = (0.4, "ติดตามเรื่องผ่านศูนย์ดำรงธรรม", "Follows reports through the Damrongdhama centre"),
        ["budget-disbursement"] = (0.5, "เบิกจ่ายงบพัฒนาจังหวัด", "Disburses the provincial development budget"),
        ["road-deaths"] = (5, "ผู้เสียชีวิตบนถนนในเขตตำรวจ", "Deaths on roads policed locally"),
        ["waste-recycled"] = (0.3, "ศูนย์กำจัดขยะรวมของจังหวัด", "The provincial waste centre"),
        ["datasets-current"] = (1, "ดูแลบัญชีข้อมูลจังหวัดและมาตรฐานข้อมูล", "Keeps the provincial data catalog and its standards"),
    };

    /// <summary>Every agency that owns a part of a demo KPI, by code suffix: each needs someone who can sign in and report it.</summary>
    public static IReadOnlyList<string> OwnerSuffixes =>
        Kpis.Select(k => k.Lead).Concat(CoOwners.Values.SelectMany(c => c.Select(o => o.Agency))).Distinct().ToList();

    public static List<Kpi> Build(string provinceCode, string prefix, IReadOnlyList<Agency> agencies, IReadOnlyList<Dataset> datasets, DateTime nowUtc)
    {
        var agencyByCode = agencies.ToDictionary(a => a.Code);
        var datasetBySlug = datasets.ToDictionary(d => d.Slug);
        // Targets for every fiscal year the seeded year of measurements touches, and the next one.
        var firstYear = ThaiCalendar.FiscalYearOf(ThaiCalendar.AddBangkokMonths(nowUtc, -13));
        var years = Enumerable.Range(firstYear, ThaiCalendar.FiscalYearOf(nowUtc) + 2 - firstYear).ToList();
        return Kpis.Select(k =>
        {
            var lead = LeadParts.GetValueOrDefault(k.Code, (1, "รายงานค่าตัวชี้วัดและรับผิดชอบผลรวม", "Reports the value and answers for the whole"));
            var owners = new List<KpiOwner> { new() { AgencyId = agencyByCode[$"{prefix}-{k.Lead}"].Id, IsLead = true, Weight = lead.Weight, PartTh = lead.Th, PartEn = lead.En } };
            owners.AddRange(CoOwners[k.Code].Where(c => agencyByCode.ContainsKey($"{prefix}-{c.Agency}"))
                .Select(c => new KpiOwner { AgencyId = agencyByCode[$"{prefix}-{c.Agency}"].Id, Weight = c.Weight, PartTh = c.Th, PartEn = c.En }));
            return new Kpi
            {
                ProvinceCode = provinceCode,
                Code = $"{prefix}-{k.Code}",
                NameTh = k.Th,
                NameEn = k.En,
                Unit = k.Unit,
                UnitEn = k.UnitEn,
                Direction = k.Direction,
                LeadAgencyId = owners[0].AgencyId,
                Aggregation = k.Aggregation,
                SourceDatasetId = k.Source is null ? null : datasetBySlug.GetValueOrDefault($"{prefix.ToLowerInvariant()}-{k.Source}")?.Id,
                FormulaTh = k.FormulaTh,
                FormulaEn = k.FormulaEn,
                Computation = k.Computation,
                Targets = years.Select(y => new KpiTarget { FiscalYear = y, Target = k.Target }).ToList(),
                Owners = owners,
            };
        }).ToList();
    }

    /// <summary>
    /// Twelve months of parts and joint values of the reported KPIs. In the last month one co-owner of a summed KPI has
    /// not reported yet, so its joint value is withheld, as the page and the wall must show.
    /// </summary>
    public static (List<KpiMeasurement> Joint, List<KpiPartMeasurement> Parts) Measurements(IReadOnlyList<Kpi> kpis, IReadOnlyList<Agency> agencies, string prefix, Random random, DateTime nowUtc)
    {
        var names = agencies.ToDictionary(a => a.Id, a => a.NameTh);
        var thisMonth = KpiPeriods.MonthContaining(nowUtc);
        var joint = new List<KpiMeasurement>();
        var parts = new List<KpiPartMeasurement>();
        foreach (var kpi in kpis.Where(k => !k.IsComputed))
        {
            var spec = Kpis.First(k => $"{prefix}-{k.Code}" == kpi.Code);
            for (var monthsAgo = 12; monthsAgo >= 1; monthsAgo--)
            {
                var step = 12 - monthsAgo;
                var value = spec.Start + (spec.Drift * step) + ((random.NextDouble() - 0.5) * spec.Noise);
                var period = KpiPeriods.Shift(thisMonth, -monthsAgo);
                // Owners report in the first week of the next month, but never after the moment of seeding.
                var enteredAt = Min(KpiPeriods.Shift(period, 1).AddDays(random.Next(1, 8)), nowUtc);
                var reporters = kpi.Aggregation == KpiAggregation.LeadValue ? kpi.Owners.Where(o => o.IsLead).ToList() : kpi.Owners;
                var totalWeight = reporters.Sum(o => o.Weight);
                var reported = new List<KpiPart>();
                foreach (var owner in reporters)
                {
                    var partValue = kpi.Aggregation == KpiAggregation.Sum
                        ? Math.Round(Math.Max(0, (value * owner.Weight / totalWeight) + ((random.NextDouble() - 0.5) * 2)))
                        : Clamp(value + (owner.IsLead ? 0 : (random.NextDouble() - 0.5) * spec.Noise), kpi.Unit);
                    var awaited = monthsAgo == 1 && kpi.Aggregation == KpiAggregation.Sum && !owner.IsLead;
                    if (awaited)
                    {
                        continue;
                    }

                    reported.Add(new KpiPart(owner.AgencyId, owner.Weight, partValue));
                    parts.Add(new KpiPartMeasurement
                    {
                        KpiId = kpi.Id,
                        AgencyId = owner.AgencyId,
                        PeriodStart = period,
                        Value = Math.Round(partValue, 1),
                        EnteredByName = $"เจ้าหน้าที่{names[owner.AgencyId]}",
                        EnteredAt = enteredAt,
                        EvidenceNote = $"รายงานผลประจำเดือน {KpiPeriods.Label(period, true)} ตามแบบรายงานของ{names[owner.AgencyId]}",
                    });
                }

                if (reported.Count < reporters.Count)
                {
                    continue;
                }

                var combined = JointKpiStatus.Of(kpi.Aggregation, reported, kpi.TargetFor(ThaiCalendar.FiscalYearOf(period)), kpi.Direction).Value!.Value;
                joint.Add(new KpiMeasurement
                {
                    KpiId = kpi.Id,
                    PeriodStart = period,
                    Value = Math.Round(combined, 1),
                    EnteredAt = enteredAt,
                    EnteredByName = reported.Count == 1 ? parts[^1].EnteredByName : null,
                    EvidenceNote = reported.Count == 1 ? parts[^1].EvidenceNote : $"รวมจาก {reported.Count} หน่วยงาน / joint value of {reported.Count} agencies",
                });
            }
        }

        return (joint, parts);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>What KPIs and development issues need from the catalog; some needs have no dataset yet.</summary>
    public static IEnumerable<DatasetRequirement> Requirements(string provinceCode, string prefix, IReadOnlyList<Kpi> kpis, IReadOnlyList<Dataset> datasets)
    {
        var p = prefix.ToLowerInvariant();
        var bySlug = datasets.ToDictionary(d => d.Slug);
        int? Id(string slug) => bySlug.GetValueOrDefault($"{p}-{slug}")?.Id;
        foreach (var kpi in kpis.Where(k => k.SourceDatasetId is not null))
        {
            yield return new DatasetRequirement { ProvinceCode = provinceCode, KpiId = kpi.Id, RequiredTitleTh = bySlug.Values.First(d => d.Id == kpi.SourceDatasetId).TitleTh, DatasetId = kpi.SourceDatasetId };
        }

        var dengue = kpis.First(k => k.Code == $"{prefix}-dengue-rate");
        yield return new DatasetRequirement { ProvinceCode = provinceCode, KpiId = dengue.Id, RequiredTitleTh = "ค่าดัชนีลูกน้ำยุงลาย (HI/CI) รายหมู่บ้าน", RequiredTitleEn = "Larval indices (HI/CI) by village" };
        // Codes match the development issues DemoPlans seeds into the provincial plan.
        var issues = new (string Code, string Th, string En, (string Th, string? Slug)[] Needs)[]
        {
            ("05", "เศรษฐกิจ: ส่งเสริมการท่องเที่ยวและอุตสาหกรรมสีเขียว", "Economy: tourism and green industry",
                [("สถิตินักท่องเที่ยวและรายได้จากการท่องเที่ยว", null), ("ทะเบียนโรงงานอุตสาหกรรม", "factories-registered"), ("ผลผลิตข้าวรายอำเภอ", "rice-production")]),
            ("03", "สิ่งแวดล้อม: แก้ปัญหาฝุ่น PM2.5 และขยะ", "Environment: PM2.5 and waste",
                [("ค่าฝุ่นละออง PM2.5 รายชั่วโมง", "pm25-hourly"), ("จุดความร้อน (hotspot) รายวัน", null), ("ปริมาณขยะมูลฝอยชุมชน", "waste-volume")]),
            ("04", "สังคม: ลดความเหลื่อมล้ำและดูแลกลุ่มเปราะบาง", "Society: inequality and vulnerable groups",
                [("ครัวเรือนยากจนเป้าหมาย (TPMAP)", "poverty-tpmap"), ("ผู้ได้รับเบี้ยยังชีพ", "welfare-recipients"), ("ทะเบียนผู้สูงอายุที่มีภาวะพึ่งพิง", "elderly-care-register"), ("ทะเบียนคนพิการ", null)]),
            ("02", "น้ำ: บริหารจัดการน้ำท่วมและภัยแล้ง", "Water: floods and drought",
                [("ปริมาณน้ำในอ่างเก็บน้ำ", "reservoir-levels"), ("พื้นที่ประสบอุทกภัย", "flood-areas"), ("แผนที่พื้นที่เสี่ยงภัยแล้ง", null)]),
        };
        foreach (var issue in issues)
        {
            foreach (var need in issue.Needs)
            {
                yield return new DatasetRequirement
                {
                    ProvinceCode = provinceCode,
                    DevelopmentIssueCode = $"{prefix}-DI-{issue.Code}",
                    NeedTitleTh = issue.Th,
                    NeedTitleEn = issue.En,
                    RequiredTitleTh = need.Th,
                    DatasetId = need.Slug is null ? null : Id(need.Slug),
                };
            }
        }
    }

    private static double Clamp(double value, string unit) => unit == "%" ? Math.Clamp(value, 0, 100) : Math.Max(0, value);

    private sealed record Spec(
        string Code, string Th, string En, string Unit, string? UnitEn, KpiDirection Direction, string Lead, double Target, double Start, double Drift, double Noise,
        KpiAggregation Aggregation, string? Source, string FormulaTh, string FormulaEn, KpiComputation Computation = KpiComputation.Reported);
}
