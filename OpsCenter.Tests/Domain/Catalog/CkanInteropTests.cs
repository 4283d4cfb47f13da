using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class CkanInteropTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);

    private static readonly Agency Nre = new() { Id = 6, Code = "SRB-NRE", ProvinceCode = "19", NameTh = "สำนักงานทรัพยากรธรรมชาติฯ", NameEn = "NRE Office" };

    private static CatalogEntry Entry(string slug, string title, string tags, DateTime modified, params DatasetVersion[] versions) => new(new Dataset
    {
        Id = slug.Length, ProvinceCode = "19", Slug = slug, TitleTh = title, OwnerAgencyId = Nre.Id, FrequencyUnit = FrequencyUnit.Month,
        FrequencyInterval = 1, Classification = DataClassification.Public, Tags = tags, LastDataUpdateAt = modified, CreatedAt = modified.AddYears(-1),
        MetadataModifiedAt = modified, GeoCoverage = GeoCoverage.District, DataType = DatasetDataType.Statistical,
    }, Nre, versions);

    [Fact]
    public void Package_HasCkanAndThaiGdcFieldNames()
    {
        var version = new DatasetVersion { Id = 9, Number = 2, FileName = "pm.csv", Format = "CSV", SizeBytes = 10, UploadedByName = "x", UploadedAt = Now, HasContent = true };
        var package = CkanPackages.Package(Entry("srb-pm25", "ค่าฝุ่น", "ฝุ่น,PM2.5", Now, version), "https://ops.example", Now);

        foreach (var field in new[] { "id", "name", "title", "notes", "owner_org", "organization", "maintainer", "maintainer_email", "tags", "resources", "metadata_modified", "metadata_created", "license_id", "num_resources", "data_type", "update_frequency_unit", "update_frequency_interval", "geo_coverage", "data_category", "objective", "data_source", "data_format" })
        {
            Assert.True(package.ContainsKey(field), field);
        }

        Assert.Equal("srb-pm25", package["name"]!.GetValue<string>());
        Assert.Equal("เดือน", package["update_frequency_unit"]!.GetValue<string>());
        Assert.Equal("ข้อมูลสาธารณะ", package["data_category"]!.GetValue<string>());
        Assert.Equal("อำเภอ", package["geo_coverage"]!.GetValue<string>());
        Assert.Equal(package["owner_org"]!.GetValue<string>(), package["organization"]!["id"]!.GetValue<string>());
        Assert.Equal(["ฝุ่น", "PM2.5"], package["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        var resource = package["resources"]![0]!;
        Assert.Equal("https://ops.example/catalog/srb-pm25/versions/2/download", resource["url"]!.GetValue<string>());
        Assert.Equal("CSV", resource["format"]!.GetValue<string>());
        Assert.Equal("2026-11-21T03:00:00.000000", resource["last_modified"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", package["id"]!.GetValue<string>());
    }

    [Fact]
    public void Search_FreeTextFiltersPagingAndSort()
    {
        var packages = new[]
        {
            Entry("srb-a-waste", "ปริมาณขยะ", "ขยะ", Now.AddDays(-3)),
            Entry("srb-b-pm25", "ค่าฝุ่น PM2.5", "ฝุ่น", Now.AddDays(-1)),
            Entry("srb-c-recycle", "ขยะรีไซเคิล", "ขยะ,รีไซเคิล", Now.AddDays(-2)),
        }.Select(e => CkanPackages.Package(e, "https://x", Now)).ToList();

        var text = CkanSearch.Search(packages, new CkanSearchQuery("ขยะ", null, 10, 0, null) { Now = DateTime.UtcNow });
        Assert.Equal(2, text.Count);

        var filtered = CkanSearch.Search(packages, new CkanSearchQuery(null, "tags:รีไซเคิล organization:srb-nre", 10, 0, null) { Now = DateTime.UtcNow });
        Assert.Equal("srb-c-recycle", Assert.Single(filtered.Results)["name"]!.GetValue<string>());

        var newest = CkanSearch.Search(packages, new CkanSearchQuery("*:*", null, 2, 1, "metadata_modified desc") { Now = DateTime.UtcNow, FacetFields = ["tags"] });
        Assert.Equal(3, newest.Count);
        Assert.Equal(["srb-c-recycle", "srb-a-waste"], newest.Results.Select(r => r["name"]!.GetValue<string>()));
        Assert.Equal(2, newest.SearchFacets["tags"]!["items"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "ขยะ")!["count"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("metadata_modified desc", true)]
    [InlineData("score desc, name asc", true)]
    [InlineData("colour desc", false)]
    [InlineData("name sideways", false)]
    public void Search_SortIsValidated(string sort, bool valid) => Assert.Equal(valid, CkanSearch.SortProblem(sort) is null);

    [Fact]
    public void Import_PackageShowDump_MapsThaiGdcFields()
    {
        const string json = """
            {"help": "x", "success": true, "result": {
              "name": "pao-road-repair", "title": "งานซ่อมถนน อบจ.", "notes": "รายการซ่อมถนน",
              "maintainer": "กองช่าง", "maintainer_email": "road@pao.go.th", "data_type": "ข้อมูลระเบียน",
              "update_frequency_unit": "ไตรมาส", "update_frequency_interval": "1", "geo_coverage": "ตำบล",
              "data_category": "ข้อมูลสาธารณะ", "objective": ["พันธกิจหน่วยงาน"], "data_format": ["CSV"],
              "last_updated_date": "2026-09-30", "tags": [{"name": "ถนน"}, {"name": "ซ่อมบำรุง"}],
              "organization": {"name": "pao-saraburi"},
              "resources": [{"name": "repairs.csv", "url": "https://pao.example/repairs.csv", "format": "csv", "last_modified": "2026-10-02T08:00:00.000000"}]
            }}
            """;

        var package = Assert.Single(CkanImportParser.Parse(json, "19", Now));

        Assert.True(package.IsValid, string.Join("; ", package.Errors));
        var d = package.Dataset!;
        Assert.Equal((FrequencyUnit.Quarter, 1, DataClassification.Public, DatasetDataType.Record, GeoCoverage.Subdistrict), (d.FrequencyUnit, d.FrequencyInterval, d.Classification, d.DataType, d.GeoCoverage));
        Assert.Equal("ถนน,ซ่อมบำรุง", d.Tags);
        Assert.Equal("พันธกิจหน่วยงาน", d.Objective);
        Assert.Equal(new DateTime(2026, 10, 2, 8, 0, 0, DateTimeKind.Utc), d.LastDataUpdateAt);
        Assert.Equal("CSV", Assert.Single(package.Resources).Format);
        Assert.Equal("pao-saraburi", package.Organization);
    }

    [Fact]
    public void Import_InvalidPackages_AreReportedNotGuessed()
    {
        const string json = """
            {"success": true, "result": {"count": 2, "results": [
              {"name": "Bad Name", "title": "", "update_frequency_unit": "ไม่ทราบ", "data_category": "?"},
              {"name": "hourly-aqi", "title": "AQI", "update_frequency_unit": "ชั่วโมง", "update_frequency_interval": "x", "data_category": "ข้อมูลส่วนบุคคล"}
            ]}}
            """;

        var packages = CkanImportParser.Parse(json, "19", Now);

        Assert.Equal(2, packages.Count);
        Assert.All(packages, p => Assert.False(p.IsValid));
        Assert.Equal(4, packages[0].Errors.Count);
        Assert.Contains(packages[1].Errors, e => e.StartsWith("update_frequency_interval", StringComparison.Ordinal));
        Assert.Contains(packages[1].Warnings, w => w.StartsWith("update_frequency_unit", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_PackageOfAnotherProvincesAgency_IsRefusedNamingIt_AndATitleNamingOneIsAWarning()
    {
        const string json = """
            {"success": true, "result": {"count": 2, "results": [
              {"name": "pte-water", "title": "คุณภาพน้ำ", "update_frequency_unit": "ปี", "update_frequency_interval": "1", "data_category": "ข้อมูลสาธารณะ",
               "organization": {"name": "pte-pao", "title": "องค์การบริหารส่วนจังหวัดปทุมธานี"}},
              {"name": "lopburi-compare", "title": "เปรียบเทียบปริมาณขยะกับจังหวัดลพบุรี", "update_frequency_unit": "ปี", "update_frequency_interval": "1",
               "data_category": "ข้อมูลสาธารณะ", "organization": {"name": "srb-pao", "title": "องค์การบริหารส่วนจังหวัดสระบุรี"}}
            ]}}
            """;

        var packages = CkanImportParser.Parse(json, "19", Now);

        Assert.False(packages[0].IsValid);
        Assert.Contains(packages[0].Errors, e => e.Contains("จังหวัดปทุมธานี", StringComparison.Ordinal) && e.Contains("Pathum Thani", StringComparison.Ordinal));
        Assert.True(packages[1].IsValid, string.Join("; ", packages[1].Errors));
        Assert.Contains(packages[1].Warnings, w => w.Contains("จังหวัดลพบุรี", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_NotJson_IsAFormatError() =>
        Assert.Throws<FormatException>(() => CkanImportParser.Parse("{not json", "19", Now));

    [Fact]
    public void Ids_AreStableUuids()
    {
        Assert.Equal(CkanIds.Package("srb-a"), CkanIds.Package("srb-a"));
        Assert.NotEqual(CkanIds.Package("srb-a"), CkanIds.Organization("srb-a"));
        Assert.True(Guid.TryParse(CkanIds.Resource(42), out _));
    }
}
