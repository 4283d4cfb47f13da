namespace OpsCenter.Domain.Catalog.Interop;

/// <param name="Name">The field's name in the CKAN package (or resource) dictionary.</param>
/// <param name="DataTypes">The dataset types whose form shows the field (the schema's form_data_type).</param>
/// <param name="IsList">Multiple choice: a JSON list in the API.</param>
public sealed record GdcField(string Name, IReadOnlyList<DatasetDataType> DataTypes, bool IsList);

/// <summary>
/// The GD Catalog's dataset schema as ckanext-thai_gdc declares it (ckanext/thai_gdc/ckan_dataset.json, a
/// ckanext-scheming schema): every dataset and resource field in its order, which dataset types carry it, and the
/// Thai values its choice fields accept. Transcribed from that file; no field here is ours.
/// </summary>
public static class GdcSchema
{
    public static readonly IReadOnlyList<GdcField> DatasetFields =
    [
        new("data_type", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_type_other", [DatasetDataType.Other], false),
        new("title", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("name", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("owner_org", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("allow_harvest", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("reference_url_catalog", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("maintainer", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("maintainer_email", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("tag_string", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("notes", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("objective", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], true),
        new("objective_other", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("update_frequency_unit", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("update_frequency_unit_other", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("update_frequency_interval", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("geo_coverage", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("geo_coverage_other", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_source", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_format", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], true),
        new("data_format_other", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_category", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("license_id", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("license_id_other", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("accessible_condition", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_support", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_support_other", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_collect", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_collect_other", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("url", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_language", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], true),
        new("data_language_other", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("created_date", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("last_updated_date", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("data_release_calendar", [DatasetDataType.Statistical, DatasetDataType.Geospatial], false),
        new("first_year_of_data", [DatasetDataType.Statistical], false),
        new("last_year_of_data", [DatasetDataType.Statistical], false),
        new("disaggregate", [DatasetDataType.Statistical], true),
        new("disaggregate_other", [DatasetDataType.Statistical], false),
        new("unit_of_measure", [DatasetDataType.Statistical], false),
        new("unit_of_multiplier", [DatasetDataType.Statistical], false),
        new("unit_of_multiplier_other", [DatasetDataType.Statistical], false),
        new("calculation_method", [DatasetDataType.Statistical], false),
        new("standard", [DatasetDataType.Statistical], false),
        new("geographic_data_set", [DatasetDataType.Geospatial], false),
        new("equivalent_scale", [DatasetDataType.Geospatial], false),
        new("equivalent_scale_other", [DatasetDataType.Geospatial], false),
        new("west_bound_longitude", [DatasetDataType.Geospatial], false),
        new("east_bound_longitude", [DatasetDataType.Geospatial], false),
        new("north_bound_longitude", [DatasetDataType.Geospatial], false),
        new("south_bound_longitude", [DatasetDataType.Geospatial], false),
        new("positional_accuracy", [DatasetDataType.Geospatial], false),
        new("reference_period", [DatasetDataType.Geospatial], false),
        new("data_release_date", [DatasetDataType.Geospatial], false),
        new("high_value_dataset", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("reference_data", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("official_statistics", [DatasetDataType.Statistical], false),
    ];

    public static readonly IReadOnlyList<GdcField> ResourceFields =
    [
        new("url", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("name", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("description", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("resource_accessible_condition", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("resource_data_collect", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("resource_data_collect_other", [DatasetDataType.Record, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("resource_first_year_of_data", [DatasetDataType.Statistical], false),
        new("resource_last_year_of_data", [DatasetDataType.Statistical], false),
        new("resource_disaggregate", [DatasetDataType.Statistical], true),
        new("resource_disaggregate_other", [DatasetDataType.Statistical], false),
        new("resource_unit_of_measure", [DatasetDataType.Statistical], false),
        new("resource_unit_of_multiplier", [DatasetDataType.Statistical], false),
        new("resource_unit_of_multiplier_other", [DatasetDataType.Statistical], false),
        new("resource_geographic_data_set", [DatasetDataType.Geospatial], false),
        new("resource_equivalent_scale", [DatasetDataType.Geospatial], false),
        new("resource_equivalent_scale_other", [DatasetDataType.Geospatial], false),
        new("resource_positional_accuracy", [DatasetDataType.Geospatial], false),
        new("resource_created_date", [DatasetDataType.Record, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("resource_last_updated_date", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
        new("resource_data_release_calendar", [DatasetDataType.Statistical], false),
        new("resource_official_statistics", [DatasetDataType.Statistical], false),
        new("resource_data_release_date", [DatasetDataType.Geospatial], false),
        new("format", [DatasetDataType.Record, DatasetDataType.Statistical, DatasetDataType.Geospatial, DatasetDataType.Mixed, DatasetDataType.Other], false),
    ];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Choices = new Dictionary<string, IReadOnlyList<string>>
    {
        ["data_type"] = ["ข้อมูลระเบียน", "ข้อมูลสถิติ", "ข้อมูลภูมิสารสนเทศเชิงพื้นที่", "ข้อมูลหลากหลายประเภท", "ข้อมูลประเภทอื่นๆ"],
        ["allow_harvest"] = ["False", "True"],
        ["objective"] = ["ยุทธศาสตร์ชาติ", "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ", "แผนความมั่นคงแห่งชาติ", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", "แผนปฏิรูปประเทศ", "แผนระดับที่ 3 (มติครม. 4 ธ.ค. 2560)", "นโยบายรัฐบาล/ข้อสั่งการนายกรัฐมนตรี", "มติคณะรัฐมนตรี", "เพื่อการให้บริการประชาชน", "กฎหมายที่เกี่ยวข้อง", "พันธกิจหน่วยงาน", "ดัชนี/ตัวชี้วัดระดับนานาชาติ", "ไม่ทราบ", "อื่นๆ"],
        ["update_frequency_unit"] = ["ไม่ทราบ", "ปี", "ครึ่งปี", "ไตรมาส", "เดือน", "สัปดาห์", "วัน", "วันทำการ", "ชั่วโมง", "นาที", "ตามเวลาจริง", "ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล", "อื่นๆ"],
        ["geo_coverage"] = ["ไม่มี", "โลก", "ทวีป/กลุ่มประเทศในทวีป", "กลุ่มประเทศทางเศรษฐกิจ", "ประเทศ", "ภาค", "จังหวัด", "อำเภอ", "ตำบล", "หมู่บ้าน", "เทศบาล/อบต.", "พิกัด", "ไม่ทราบ", "อื่นๆ"],
        ["data_format"] = ["Database", "CSV", "XML", "Image", "Video", "Audio", "Text", "JSON", "HTML", "DOC/DOCX", "XLS", "PDF", "RDF", "NoSQL", "Arc/Info Coverage", "Shapefile", "GeoTiff", "GML", "ไม่ทราบ", "อื่นๆ"],
        ["data_category"] = ["ข้อมูลสาธารณะ", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง", "ข้อมูลความลับทางราชการ"],
        ["license_id"] = ["License not specified", "Creative Commons Attributions", "Creative Commons Attribution Share-Alike", "Creative Commons Non-Commercial (Any)", "Open Data Common", "GNU Free Documentation License", "อื่นๆ"],
        ["data_support"] = ["ไม่มี", "หน่วยงานของรัฐ", "หน่วยงานเอกชน", "หน่วยงาน/องค์กรระหว่างประเทศ", "มูลนิธิ/สมาคม", "สถาบันการศึกษา", "อื่นๆ"],
        ["data_collect"] = ["ไม่มี", "บุคคล", "ครัวเรือน/ครอบครัว", "บ้าน/ที่อยู่อาศัย", "บริษัท/ห้างร้าน/สถานประกอบการ", "อาคาร/สิ่งปลูกสร้าง", "พื้นที่การเกษตร ประมง ป่าไม้", "สัตว์และพันธุ์พืช", "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่", "แหล่งน้ำ เช่น แม่น้ำ อ่างเก็บน้ำ", "เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ", "ไม่ทราบ", "อื่นๆ"],
        ["data_language"] = ["ไทย", "อังกฤษ", "จีน", "มลายู", "พม่า", "ลาว", "เขมร", "ญี่ปุ่น", "เกาหลี", "ฝรั่งเศส", "เยอรมัน", "อารบิก", "ไม่ทราบ", "อื่นๆ"],
        ["disaggregate"] = ["ไม่มี", "เพศ", "อายุ/กลุ่มอายุ", "สถานภาพสมรส", "ศาสนา", "ระดับการศึกษา", "อาชีพ", "สถานภาพการทำงาน", "อุตสาหกรรม/ประเภทกิจการ", "รายได้", "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่", "ผลิตภัณฑ์", "ไม่ทราบ", "อื่นๆ"],
        ["unit_of_multiplier"] = ["หน่วย", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "สิบล้าน", "ร้อยล้าน", "พันล้าน", "หมื่นล้าน", "แสนล้าน", "ล้านล้าน", "ไม่ทราบ", "อื่นๆ"],
        ["geographic_data_set"] = ["ชั้นข้อมูลแปลงที่ดิน", "ชั้นข้อมูลขอบเขตการปกครอง", "ชั้นข้อมูลเส้นทางคมนาคม", "ชั้นข้อมูลชุมนุม/อาคาร", "ชั้นข้อมูลป่าไม้", "ชั้นข้อมูลการใช้ประโยชน์ที่ดิน", "ชั้นข้อมูลแหล่งน้ำ", "ชั้นข้อมูลอุทกศาสตร์", "ชั้นข้อมูลหมุดหลักฐานแผนที่", "ชั้นข้อมูลความสูงภูมิประเทศเชิงตัวเลข", "ชั้นข้อมูลภาพแผนที่ภูมิประเทศ", "ชั้นข้อมูลแผนที่ภาพถ่ายทางอากาศ", "ชั้นข้อมูลภาพวาดดาวเทียมดัดแก้"],
        ["equivalent_scale"] = ["1:4,000", "1:10,000", "1:25,000", "1:50,000", "1:250,000", "อื่นๆ"],
        ["high_value_dataset"] = ["False", "True"],
        ["reference_data"] = ["False", "True"],
        ["official_statistics"] = ["False", "True"],
        ["resource_data_collect"] = ["ไม่มี", "บุคคล", "ครัวเรือน/ครอบครัว", "บ้าน/ที่อยู่อาศัย", "บริษัท/ห้างร้าน/สถานประกอบการ", "อาคาร/สิ่งปลูกสร้าง", "พื้นที่การเกษตร ประมง ป่าไม้", "สัตว์และพันธุ์พืช", "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่", "แหล่งน้ำ เช่น แม่น้ำ อ่างเก็บน้ำ", "เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ", "ไม่ทราบ", "อื่นๆ"],
        ["resource_disaggregate"] = ["ไม่มี", "เพศ", "อายุ/กลุ่มอายุ", "สถานภาพสมรส", "ศาสนา", "ระดับการศึกษา", "อาชีพ", "สถานภาพการทำงาน", "อุตสาหกรรม/ประเภทกิจการ", "รายได้", "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่", "ผลิตภัณฑ์", "ไม่ทราบ", "อื่นๆ"],
        ["resource_unit_of_multiplier"] = ["หน่วย", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "สิบล้าน", "ร้อยล้าน", "พันล้าน", "หมื่นล้าน", "แสนล้าน", "ล้านล้าน", "ไม่ทราบ", "อื่นๆ"],
        ["resource_geographic_data_set"] = ["ชั้นข้อมูลแปลงที่ดิน", "ชั้นข้อมูลขอบเขตการปกครอง", "ชั้นข้อมูลเส้นทางคมนาคม", "ชั้นข้อมูลชุมนุม/อาคาร", "ชั้นข้อมูลป่าไม้", "ชั้นข้อมูลการใช้ประโยชน์ที่ดิน", "ชั้นข้อมูลแหล่งน้ำ", "ชั้นข้อมูลอุทกศาสตร์", "ชั้นข้อมูลหมุดหลักฐานแผนที่", "ชั้นข้อมูลความสูงภูมิประเทศเชิงตัวเลข", "ชั้นข้อมูลภาพแผนที่ภูมิประเทศ", "ชั้นข้อมูลแผนที่ภาพถ่ายทางอากาศ", "ชั้นข้อมูลภาพวาดดาวเทียมดัดแก้"],
        ["resource_equivalent_scale"] = ["1:4,000", "1:10,000", "1:25,000", "1:50,000", "1:250,000", "อื่นๆ"],
        ["resource_official_statistics"] = ["False", "True"],
    };

    public static IEnumerable<GdcField> DatasetFieldsFor(DatasetDataType type) => DatasetFields.Where(f => f.DataTypes.Contains(type));

    public static IEnumerable<GdcField> ResourceFieldsFor(DatasetDataType type) => ResourceFields.Where(f => f.DataTypes.Contains(type));
}
