using System.Text.Json.Nodes;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Catalog;

/// <summary>Every field of ckanext-thai_gdc's dataset schema for the dataset's type, with the schema's Thai choices.</summary>
public sealed class GdcFieldsTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc);

    private static readonly Agency Owner = new() { Id = 1, Code = "SRB-PHO", ProvinceCode = "19", NameTh = "สาธารณสุขจังหวัด", NameEn = "Health" };

    private static JsonObject Package(DatasetDataType type, DataClassification classification, string? objective = null, string? license = null) =>
        CkanPackages.Package(new CatalogEntry(new Dataset
        {
            Id = 1, ProvinceCode = "19", Slug = "srb-x", TitleTh = "ชุดข้อมูล", OwnerAgencyId = 1, FrequencyUnit = FrequencyUnit.Month,
            Classification = classification, DataType = type, Objective = objective, License = license, DataFormat = "CSV",
            LastDataUpdateAt = Now.AddDays(-3), CreatedAt = Now.AddYears(-2), MetadataModifiedAt = Now.AddDays(-3),
        }, Owner, [new DatasetVersion { Id = 7, Number = 1, FileName = "x.csv", Format = "CSV", UploadedByName = "x", UploadedAt = Now.AddDays(-3) }]), "https://x", Now);

    public static TheoryData<DatasetDataType> DataTypes => [.. Enum.GetValues<DatasetDataType>()];

    [Theory]
    [MemberData(nameof(DataTypes))]
    public void Package_HasEverySchemaFieldOfItsType_WithChoicesFromTheSchema(DatasetDataType type)
    {
        var package = Package(type, DataClassification.Public);
        var resource = package["resources"]![0]!.AsObject();
        foreach (var (fields, dict) in new[] { (GdcSchema.DatasetFieldsFor(type), package), (GdcSchema.ResourceFieldsFor(type), resource) })
        {
            foreach (var field in fields.Where(f => f.Name != "tag_string"))
            {
                Assert.True(dict.ContainsKey(field.Name), $"{type} lacks {field.Name}");
                if (!GdcSchema.Choices.TryGetValue(field.Name, out var choices))
                {
                    continue;
                }

                var values = dict[field.Name] is JsonArray list ? list.Select(v => v!.GetValue<string>()).ToList() : [dict[field.Name]!.GetValue<string>()];
                Assert.All(values.Where(v => v.Length > 0), v => Assert.Contains(v, choices));
            }
        }

        Assert.Equal(GdcVocabulary.ThaiOf(type), package["data_type"]!.GetValue<string>());
    }

    [Fact]
    public void StatisticalAndGeospatialFields_GoOnlyWithTheirTypes()
    {
        var statistical = Package(DatasetDataType.Statistical, DataClassification.Public);
        Assert.Equal("2569", statistical["first_year_of_data"]!.GetValue<string>());
        Assert.True(statistical.ContainsKey("official_statistics"));
        Assert.False(statistical.ContainsKey("west_bound_longitude"));

        var geospatial = Package(DatasetDataType.Geospatial, DataClassification.Public);
        Assert.True(geospatial.ContainsKey("geographic_data_set"));
        Assert.True(geospatial.ContainsKey("positional_accuracy"));
        Assert.False(geospatial.ContainsKey("unit_of_measure"));
    }

    [Fact]
    public void Classified_IsPrivate_NotForHarvest_WithItsAccessCondition()
    {
        var open = Package(DatasetDataType.Record, DataClassification.Public);
        Assert.False(open["private"]!.GetValue<bool>());
        Assert.Equal("True", open["allow_harvest"]!.GetValue<string>());

        var personal = Package(DatasetDataType.Record, DataClassification.Personal);
        Assert.True(personal["private"]!.GetValue<bool>());
        Assert.Equal("False", personal["allow_harvest"]!.GetValue<string>());
        Assert.Contains("คุ้มครองข้อมูลส่วนบุคคล", personal["accessible_condition"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ข้อมูลส่วนบุคคล", personal["data_category"]!.GetValue<string>());
    }

    [Fact]
    public void FreeTextOutsideTheChoices_BecomesOther_WithTheTextKept()
    {
        var package = Package(DatasetDataType.Record, DataClassification.Public, objective: "ติดตามฝุ่นรายวัน", license: "CC0");
        Assert.Equal(["อื่นๆ"], package["objective"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("ติดตามฝุ่นรายวัน", package["objective_other"]!.GetValue<string>());
        Assert.Equal("อื่นๆ", package["license_id"]!.GetValue<string>());
        Assert.Equal("CC0", package["license_id_other"]!.GetValue<string>());

        var known = Package(DatasetDataType.Record, DataClassification.Public, objective: "พันธกิจหน่วยงาน", license: "Open Data Common");
        Assert.Equal("พันธกิจหน่วยงาน", known["objective"]![0]!.GetValue<string>());
        Assert.Equal("Open Data Common", known["license_id"]!.GetValue<string>());
    }
}
