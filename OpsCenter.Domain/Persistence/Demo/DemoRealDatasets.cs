using System.Security.Cryptography;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Real public datasets in the demo catalog, beside the generated ones: DOPA's registered population by subdistrict,
/// the PAO budget ordinances and TPMAP's poverty counts, converted by scripts/demo-real-datasets.py from ../shared/data
/// (Persistence/Demo/RealData/SOURCES.md says where each came from and under what licence). Each is stamped with the
/// date its source describes, so its staleness is the real one.
/// </summary>
internal static class DemoRealDatasets
{
    private sealed record Source(string Slug, string File, string Th, string En, string Owner, FrequencyUnit Unit, DateTime AsOf,
        GeoCoverage Coverage, string Tags, string Origin, string License, string Note);

    private static IEnumerable<Source> SourcesOf(string provinceCode) =>
    [
        new("dopa-population-2567", $"{provinceCode}-dopa-population-2567.csv",
            "จำนวนประชากรและบ้านตามทะเบียนราษฎร รายตำบล พ.ศ. 2567 (ข้อมูลจริง)", "Registered population and households by subdistrict, BE 2567 (real data)",
            "PO", FrequencyUnit.Year, new DateTime(2024, 12, 31, 17, 0, 0, DateTimeKind.Utc), GeoCoverage.Subdistrict, "ประชากร,ทะเบียนราษฎร,ข้อมูลจริง",
            "กรมการปกครอง (stat.bora.dopa.go.th, stat_t67)", CkanLicenses.NotSpecified,
            "แยกตามสำนักทะเบียน: แถวของเทศบาลเป็นส่วนของตำบลในเขตเทศบาล รวมตามรหัสตำบลจึงได้ยอดของตำบล"),
        new("pao-budget", $"{provinceCode}-pao-budget.csv",
            "ข้อบัญญัติงบประมาณรายจ่ายประจำปี อบจ. รายด้านและแผนงาน พ.ศ. 2565–2566 (ข้อมูลจริง)", "PAO annual budget ordinance by area and plan, BE 2565–2566 (real data)",
            "PLO", FrequencyUnit.Year, new DateTime(2022, 10, 1, 0, 0, 0, DateTimeKind.Utc), GeoCoverage.Province, "งบประมาณ,อบจ.,ข้อมูลจริง",
            "ข้อบัญญัติงบประมาณ อบจ. รวบรวมโดย ACT/WeVis (wevisdemo/act-local-budgeting)", CkanLicenses.NotSpecified,
            "จำนวนเงินเป็นบาท ตามข้อบัญญัติที่ประกาศ ไม่ใช่ผลการเบิกจ่าย"),
        new("tpmap-poverty-2561", "tpmap-2561-provinces.csv",
            "จำนวนคนจนและครัวเรือนยากจนเป้าหมาย TPMAP พ.ศ. 2561 รายจังหวัด (ข้อมูลจริง)", "TPMAP target poor people and households by province, BE 2561 (real data)",
            "PO", FrequencyUnit.Year, new DateTime(2018, 12, 31, 17, 0, 0, DateTimeKind.Utc), GeoCoverage.Province, "ความยากจน,TPMAP,ข้อมูลจริง",
            "TPMAP (NECTEC/สศช.) ผ่าน na399/faces-of-poverty", "อื่นๆ",
            "ทุกจังหวัดยกเว้นกรุงเทพมหานคร เพื่อเทียบกับจังหวัดอื่น; สาธารณสมบัติ (Unlicense)"),
    ];

    public static async Task AddAsync(OpsDbContext db, string provinceCode, string prefix, IReadOnlyList<Agency> agencies, DateTime nowUtc, CancellationToken ct)
    {
        var agencyByCode = agencies.ToDictionary(a => a.Code);
        var added = new List<(Dataset Dataset, byte[] Content, TableProfile Profile, Source Source)>();
        foreach (var source in SourcesOf(provinceCode))
        {
            var content = Read(source.File);
            var profile = CsvTableReader.Profile(new MemoryStream(content), cancellationToken: ct);
            var owner = agencyByCode[$"{prefix}-{source.Owner}"];
            var dataset = new Dataset
            {
                ProvinceCode = provinceCode,
                Slug = $"{prefix.ToLowerInvariant()}-{source.Slug}",
                TitleTh = source.Th,
                TitleEn = source.En,
                OwnerAgencyId = owner.Id,
                FrequencyUnit = source.Unit,
                FrequencyInterval = 1,
                Classification = DataClassification.Public,
                LastDataUpdateAt = source.AsOf,
                CreatedAt = source.AsOf,
                DataType = DatasetDataType.Statistical,
                GeoCoverage = source.Coverage,
                Tags = source.Tags,
                Description = $"{source.Th} ที่มา: {source.Origin} {source.Note}",
                Objective = "เพื่อการให้บริการประชาชน",
                Maintainer = $"กลุ่มงานข้อมูล {owner.NameTh}",
                MaintainerEmail = $"data.{source.Owner.ToLowerInvariant()}@{prefix.ToLowerInvariant()}.example.go.th",
                DataSource = source.Origin,
                DataFormat = "CSV",
                License = source.License,
                MetadataModifiedAt = source.AsOf,
            };
            dataset.AnnouncedFreshness = dataset.FreshnessAt(nowUtc);
            added.Add((dataset, content, profile, source));
        }

        db.AddRange(added.Select(a => a.Dataset));
        await db.SaveChangesAsync(ct);
        var versions = added.Select(a => (Version: new DatasetVersion
        {
            DatasetId = a.Dataset.Id,
            Number = 1,
            FileName = a.Source.File,
            Format = "CSV",
            SizeBytes = a.Content.Length,
            RowCount = a.Profile.RowCount,
            ColumnsJson = a.Profile.ColumnsJson(),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(a.Content)),
            UploadedByName = a.Dataset.Maintainer ?? "ผู้ดูแลข้อมูล",
            UploadedAt = a.Source.AsOf,
            HasContent = true,
        }, a.Content)).ToList();
        db.AddRange(versions.Select(v => v.Version));
        await db.SaveChangesAsync(ct);
        db.AddRange(versions.Select(v => new DatasetVersionChunk { VersionId = v.Version.Id, Index = 0, Bytes = v.Content }));
        await db.SaveChangesAsync(ct);
    }

    private static byte[] Read(string file)
    {
        using var stream = typeof(DemoRealDatasets).Assembly.GetManifestResourceStream($"OpsCenter.RealData.{file}")
            ?? throw new InvalidOperationException($"The demo's real dataset {file} is not embedded (Persistence/Demo/RealData).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
