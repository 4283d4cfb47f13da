using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Datasets a provincial data center actually keeps, with owners and promised frequencies; some are left overdue on purpose.</summary>
internal static class DemoCatalog
{
    private static readonly (string Slug, string Th, string En, string Owner, FrequencyUnit Unit, int Interval, DataClassification Class)[] Datasets =
    [
        ("population-registered", "จำนวนประชากรตามทะเบียนราษฎร รายตำบล", "Registered population by subdistrict", "PO", FrequencyUnit.Year, 1, DataClassification.Public),
        ("complaints-monthly", "สถิติเรื่องร้องเรียนรายเดือน", "Monthly complaint statistics", "PO", FrequencyUnit.Month, 1, DataClassification.Public),
        ("pm25-hourly", "ค่าฝุ่นละออง PM2.5 รายชั่วโมง", "Hourly PM2.5 readings", "NRE", FrequencyUnit.Day, 1, DataClassification.Public),
        ("factories-registered", "ทะเบียนโรงงานอุตสาหกรรม", "Registered factories", "NRE", FrequencyUnit.Quarter, 1, DataClassification.Public),
        ("waste-volume", "ปริมาณขยะมูลฝอยชุมชน", "Municipal solid waste volume", "NRE", FrequencyUnit.Month, 1, DataClassification.Public),
        ("dengue-cases", "ผู้ป่วยโรคไข้เลือดออก รายสัปดาห์", "Weekly dengue cases", "PHO", FrequencyUnit.Week, 1, DataClassification.Public),
        ("health-facilities", "สถานบริการสาธารณสุข", "Health facilities", "PHO", FrequencyUnit.Year, 1, DataClassification.Public),
        ("elderly-care-register", "ทะเบียนผู้สูงอายุที่มีภาวะพึ่งพิง", "Register of dependent elderly", "PHO", FrequencyUnit.Quarter, 1, DataClassification.Personal),
        ("road-accidents", "สถิติอุบัติเหตุทางถนน", "Road accident statistics", "POL", FrequencyUnit.Month, 1, DataClassification.Public),
        ("crime-hotspots", "จุดเสี่ยงอาชญากรรม", "Crime hotspots", "POL", FrequencyUnit.Quarter, 1, DataClassification.Security),
        ("reservoir-levels", "ปริมาณน้ำในอ่างเก็บน้ำ", "Reservoir levels", "RID", FrequencyUnit.Day, 1, DataClassification.Public),
        ("irrigation-areas", "พื้นที่ชลประทาน", "Irrigated areas", "RID", FrequencyUnit.Year, 1, DataClassification.Public),
        ("flood-areas", "พื้นที่ประสบอุทกภัย", "Flood-affected areas", "DDPM", FrequencyUnit.Month, 1, DataClassification.Public),
        ("disaster-victims", "ผู้ประสบสาธารณภัยที่ได้รับความช่วยเหลือ", "Disaster victims assisted", "DDPM", FrequencyUnit.Month, 1, DataClassification.Personal),
        ("rice-production", "ผลผลิตข้าวรายอำเภอ", "Rice production by district", "AGR", FrequencyUnit.Year, 1, DataClassification.Public),
        ("farmer-register", "ทะเบียนเกษตรกร", "Farmer register", "AGR", FrequencyUnit.Quarter, 1, DataClassification.Personal),
        ("schools-students", "จำนวนสถานศึกษาและนักเรียน", "Schools and students", "EDU", FrequencyUnit.Year, 1, DataClassification.Public),
        ("poverty-tpmap", "ครัวเรือนยากจนเป้าหมาย (TPMAP)", "Target poor households (TPMAP)", "MSDHS", FrequencyUnit.Year, 1, DataClassification.Personal),
        ("welfare-recipients", "ผู้ได้รับเบี้ยยังชีพ", "Living-allowance recipients", "MSDHS", FrequencyUnit.Month, 1, DataClassification.Personal),
        ("local-revenue", "รายได้ขององค์กรปกครองส่วนท้องถิ่น", "Local government revenue", "PLO", FrequencyUnit.Year, 1, DataClassification.Public),
        ("road-network", "โครงข่ายถนนทางหลวง", "Highway road network", "DOH", FrequencyUnit.Year, 1, DataClassification.Public),
        ("building-permits", "ใบอนุญาตก่อสร้างอาคาร", "Building permits", "PWTP", FrequencyUnit.Month, 1, DataClassification.Public),
        ("provincial-statistics", "สถิติจังหวัด (รายงานสถิติจังหวัด)", "Provincial statistical report", "NSO", FrequencyUnit.Year, 1, DataClassification.Public),
        ("budget-disbursement", "ผลการเบิกจ่ายงบประมาณ", "Budget disbursement", "PO", FrequencyUnit.Month, 1, DataClassification.Public),
    ];

    public static IEnumerable<Dataset> Build(string provinceCode, string prefix, IReadOnlyList<Agency> agencies, Random random, DateTime nowUtc)
    {
        var agencyByCode = agencies.ToDictionary(a => a.Code);
        foreach (var d in Datasets)
        {
            var period = Freshness.NextDueAt(nowUtc, d.Unit, d.Interval) - nowUtc;

            // About a quarter of the catalog is behind its promise, as in any real province.
            var lateness = random.NextDouble() < 0.27 ? 1.1 + random.NextDouble() : random.NextDouble() * 0.95;
            yield return new Dataset
            {
                ProvinceCode = provinceCode,
                Slug = $"{prefix.ToLowerInvariant()}-{d.Slug}",
                TitleTh = d.Th,
                TitleEn = d.En,
                OwnerAgencyId = agencyByCode[$"{prefix}-{d.Owner}"].Id,
                FrequencyUnit = d.Unit,
                FrequencyInterval = d.Interval,
                Classification = d.Class,
                LastDataUpdateAt = nowUtc - (period * lateness),
                CreatedAt = nowUtc.AddYears(-2).AddDays(-random.Next(0, 200)),
            };
        }
    }
}
