using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;

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

    /// <summary>Keywords, GD data type and the finest area each dataset breaks down to.</summary>
    private static readonly Dictionary<string, (string Tags, DatasetDataType Type, GeoCoverage Coverage, string Measure)> Details = new()
    {
        ["population-registered"] = ("ประชากร,ทะเบียนราษฎร", DatasetDataType.Statistical, GeoCoverage.Subdistrict, "population"),
        ["complaints-monthly"] = ("ร้องเรียน,ศูนย์ดำรงธรรม", DatasetDataType.Statistical, GeoCoverage.District, "complaints"),
        ["pm25-hourly"] = ("ฝุ่น,PM2.5,คุณภาพอากาศ", DatasetDataType.Statistical, GeoCoverage.District, "pm25_ugm3"),
        ["factories-registered"] = ("โรงงาน,อุตสาหกรรม", DatasetDataType.Record, GeoCoverage.Subdistrict, "factories"),
        ["waste-volume"] = ("ขยะ,สิ่งแวดล้อม", DatasetDataType.Statistical, GeoCoverage.LocalGovernment, "waste_tons"),
        ["dengue-cases"] = ("ไข้เลือดออก,สาธารณสุข", DatasetDataType.Statistical, GeoCoverage.District, "cases"),
        ["health-facilities"] = ("สถานพยาบาล,สาธารณสุข", DatasetDataType.Geospatial, GeoCoverage.Subdistrict, "facilities"),
        ["elderly-care-register"] = ("ผู้สูงอายุ,สวัสดิการ", DatasetDataType.Record, GeoCoverage.Village, "dependents"),
        ["road-accidents"] = ("อุบัติเหตุ,ถนน,ความปลอดภัย", DatasetDataType.Statistical, GeoCoverage.District, "deaths"),
        ["crime-hotspots"] = ("อาชญากรรม,ความปลอดภัย", DatasetDataType.Geospatial, GeoCoverage.Subdistrict, "incidents"),
        ["reservoir-levels"] = ("น้ำ,อ่างเก็บน้ำ", DatasetDataType.Statistical, GeoCoverage.District, "storage_pct"),
        ["irrigation-areas"] = ("ชลประทาน,น้ำ,เกษตร", DatasetDataType.Geospatial, GeoCoverage.District, "irrigated_rai"),
        ["flood-areas"] = ("น้ำท่วม,ภัยพิบัติ", DatasetDataType.Geospatial, GeoCoverage.Village, "flooded_rai"),
        ["disaster-victims"] = ("ภัยพิบัติ,ช่วยเหลือ", DatasetDataType.Record, GeoCoverage.Village, "households"),
        ["rice-production"] = ("ข้าว,เกษตร", DatasetDataType.Statistical, GeoCoverage.District, "tons"),
        ["farmer-register"] = ("เกษตรกร,ทะเบียน", DatasetDataType.Record, GeoCoverage.Village, "farmers"),
        ["schools-students"] = ("การศึกษา,โรงเรียน", DatasetDataType.Statistical, GeoCoverage.District, "students"),
        ["poverty-tpmap"] = ("ความยากจน,TPMAP", DatasetDataType.Record, GeoCoverage.Subdistrict, "poor_households"),
        ["welfare-recipients"] = ("เบี้ยยังชีพ,สวัสดิการ", DatasetDataType.Record, GeoCoverage.LocalGovernment, "recipients"),
        ["local-revenue"] = ("รายได้,อปท.,การคลัง", DatasetDataType.Statistical, GeoCoverage.LocalGovernment, "revenue_baht"),
        ["road-network"] = ("ถนน,ทางหลวง", DatasetDataType.Geospatial, GeoCoverage.District, "road_km"),
        ["building-permits"] = ("อาคาร,ใบอนุญาต", DatasetDataType.Record, GeoCoverage.District, "permits"),
        ["provincial-statistics"] = ("สถิติ,รายงานสถิติจังหวัด", DatasetDataType.Mixed, GeoCoverage.District, "value"),
        ["budget-disbursement"] = ("งบประมาณ,เบิกจ่าย", DatasetDataType.Statistical, GeoCoverage.Province, "disbursed_pct"),
    };

    public static IEnumerable<Dataset> Build(string provinceCode, string prefix, IReadOnlyList<Agency> agencies, Random random, DateTime nowUtc)
    {
        var agencyByCode = agencies.ToDictionary(a => a.Code);
        foreach (var d in Datasets)
        {
            var period = Freshness.NextDueAt(nowUtc, d.Unit, d.Interval) - nowUtc;

            // About a quarter of the catalog is behind its promise, as in any real province.
            var lateness = random.NextDouble() < 0.27 ? 1.1 + random.NextDouble() : random.NextDouble() * 0.95;
            var owner = agencyByCode[$"{prefix}-{d.Owner}"];
            var detail = Details[d.Slug];
            var created = nowUtc.AddYears(-2).AddDays(-random.Next(0, 200));
            var dataset = new Dataset
            {
                ProvinceCode = provinceCode,
                Slug = $"{prefix.ToLowerInvariant()}-{d.Slug}",
                TitleTh = d.Th,
                TitleEn = d.En,
                OwnerAgencyId = owner.Id,
                FrequencyUnit = d.Unit,
                FrequencyInterval = d.Interval,
                Classification = d.Class,
                LastDataUpdateAt = nowUtc - (period * lateness),
                CreatedAt = created,
                DataType = detail.Type,
                GeoCoverage = detail.Coverage,
                Tags = detail.Tags,
                Description = $"ข้อมูลจำลองเพื่อการสาธิต: {d.Th} จัดทำโดย{owner.NameTh} ปรับปรุง{GdcVocabulary.ThaiFrequency(d.Unit, d.Interval)} เพื่อใช้ติดตามสถานการณ์และวางแผนพัฒนาจังหวัด",
                Objective = d.Class == DataClassification.Public ? "เพื่อการให้บริการประชาชน" : "พันธกิจหน่วยงาน",
                Maintainer = $"กลุ่มงานข้อมูล {owner.NameTh}",
                MaintainerEmail = $"data.{d.Owner.ToLowerInvariant()}@{prefix.ToLowerInvariant()}.example.go.th",
                DataSource = owner.NameTh,
                DataFormat = "CSV",
                License = d.Class == DataClassification.Public ? "Open Data Common" : "License not specified",
                MetadataModifiedAt = created.AddDays(random.Next(1, 300)),
            };
            dataset.AnnouncedFreshness = dataset.FreshnessAt(nowUtc);
            yield return dataset;
        }
    }

    /// <summary>
    /// Past versions behind each dataset's last update, each a small CSV of the measure by area, so the detail page has a
    /// history, the punctuality chart has periods and the CKAN resources can be downloaded. One dataset gains a column.
    /// </summary>
    public static async Task AddVersionsAsync(OpsDbContext db, IReadOnlyList<Dataset> datasets, ProvinceFacts facts, Random random, CancellationToken ct)
    {
        var versions = new List<(DatasetVersion Version, byte[] Content)>();
        foreach (var dataset in datasets)
        {
            var slug = dataset.Slug[(dataset.Slug.IndexOf('-', StringComparison.Ordinal) + 1)..];
            var detail = Details[slug];
            var uploads = new List<DateTime> { dataset.LastDataUpdateAt!.Value };
            var count = random.Next(3, 7);
            while (uploads.Count < count)
            {
                var previous = uploads[^1];
                var span = Freshness.NextDueAt(previous, dataset.FrequencyUnit, dataset.FrequencyInterval) - previous;
                uploads.Add(previous - (span * (random.NextDouble() < 0.3 ? 1.15 + (random.NextDouble() * 0.5) : 0.8 + (random.NextDouble() * 0.2))));
            }

            uploads.Reverse();
            if (uploads[0] < dataset.CreatedAt)
            {
                // The seeder does not detect changes, so the correction is marked by hand.
                dataset.CreatedAt = uploads[0].AddDays(-random.Next(1, 30));
                db.Entry(dataset).Property(d => d.CreatedAt).IsModified = true;
            }

            for (var i = 0; i < uploads.Count; i++)
            {
                var extraColumn = slug == "waste-volume" && i == uploads.Count - 1;
                var content = Csv(facts, detail.Coverage, detail.Measure, random, extraColumn);
                var columns = Columns(detail.Measure, extraColumn);
                versions.Add((new DatasetVersion
                {
                    DatasetId = dataset.Id,
                    Number = i + 1,
                    FileName = $"{slug}-{ThaiCalendar.ToBuddhistYear(ThaiCalendar.ToBangkok(uploads[i]).Year)}-{i + 1:00}.csv",
                    Format = "CSV",
                    SizeBytes = content.Length,
                    RowCount = Areas(facts, detail.Coverage).Count,
                    ColumnsJson = columns,
                    SchemaChangesJson = i == 0 ? null : extraColumn
                        ? """{"Added":["recycled_tons"],"Removed":[],"Renamed":[],"TypeChanged":[],"PreviousRowCount":0,"RowCount":0}"""
                        : """{"Added":[],"Removed":[],"Renamed":[],"TypeChanged":[],"PreviousRowCount":0,"RowCount":0}""",
                    Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
                    UploadedByName = dataset.Maintainer ?? "ผู้ดูแลข้อมูล",
                    UploadedAt = uploads[i],
                    HasContent = true,
                }, content));
            }
        }

        db.AddRange(versions.Select(v => v.Version));
        await db.SaveChangesAsync(ct);
        db.AddRange(versions.Select(v => new DatasetVersionChunk { VersionId = v.Version.Id, Index = 0, Bytes = v.Content }));
        await db.SaveChangesAsync(ct);
    }

    private static List<(string Code, string Name)> Areas(ProvinceFacts facts, GeoCoverage coverage) => coverage switch
    {
        GeoCoverage.Province => Enumerable.Range(1, 12).Select(m => (facts.Code, ThaiCalendar.FormatMonth(2026, m, true))).ToList(),
        GeoCoverage.District => facts.Districts.Select(d => (d.Code, d.NameTh)).ToList(),
        GeoCoverage.LocalGovernment => facts.Municipalities.Select(m => (m.Codes[0], m.NameTh)).ToList(),
        _ => facts.Subdistricts.Select(d => (d.Code, d.NameTh)).ToList(),
    };

    private static string Columns(string measure, bool extraColumn) =>
        "[{\"name\":\"area_code\",\"type\":\"Integer\"},{\"name\":\"area_name\",\"type\":\"Text\"},{\"name\":\"" + measure + "\",\"type\":\"Integer\"}"
        + (extraColumn ? ",{\"name\":\"recycled_tons\",\"type\":\"Integer\"}]" : "]");

    private static byte[] Csv(ProvinceFacts facts, GeoCoverage coverage, string measure, Random random, bool extraColumn)
    {
        var text = new System.Text.StringBuilder();
        text.Append("area_code,area_name,").Append(measure).AppendLine(extraColumn ? ",recycled_tons" : "");
        // Population is the one measure the demo knows for real (the areas' DOPA figures): the generated dataset shows the
        // same people the maps and rates count, not a second, made-up population.
        var people = facts.Subdistricts.Concat(facts.Districts).ToDictionary(a => a.Code, a => a.Population);
        foreach (var (code, name) in Areas(facts, coverage))
        {
            var drawn = random.Next(10, 5000);
            var value = measure == "population" && people.TryGetValue(code, out var population) ? population : drawn;
            text.Append(code).Append(',').Append(name).Append(',').Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            text.AppendLine(extraColumn ? "," + (value / 4).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }
}
