using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Warehouse;

/// <summary>What an indicator must say before the data is asked: the rules the steward's page checks as it is filled and the service checks again.</summary>
public static class IndicatorRules
{
    public const int MaxName = 300;

    public static IReadOnlyList<FieldError> Check(IndicatorInput input)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Dataset))
        {
            errors.Add(new FieldError("dataset", "ต้องเลือกชุดข้อมูล", "Choose a dataset"));
        }

        if (string.IsNullOrWhiteSpace(input.Kpi) && string.IsNullOrWhiteSpace(input.NeedInput))
        {
            errors.Add(new FieldError("kpi", "ต้องระบุตัวชี้วัด หรือปัจจัยของดัชนีความต้องการ ที่จะรับค่าจากข้อมูลนี้", "Name the KPI or the need-index input that takes its values"));
        }

        if (string.IsNullOrWhiteSpace(input.NameTh) || input.NameTh.Trim().Length > MaxName)
        {
            errors.Add(new FieldError("nameTh", "ต้องระบุชื่อตัวชี้วัดจากข้อมูล (ไม่เกิน 300 ตัวอักษร)", "Name the indicator (at most 300 characters)"));
        }

        if (input.Measure is Measure.Sum or Measure.Average && string.IsNullOrWhiteSpace(input.Of))
        {
            errors.Add(new FieldError("of", "ผลรวมหรือค่าเฉลี่ยต้องเลือกคอลัมน์ตัวเลข", "A sum or an average needs a number column"));
        }

        if (input.Measure == Measure.RatePerThousand)
        {
            errors.Add(new FieldError("measure", "ตัวชี้วัดจากข้อมูลใช้ได้เฉพาะจำนวน ผลรวม หรือค่าเฉลี่ย", "An indicator is a count, a sum or an average"));
        }

        if (string.IsNullOrWhiteSpace(input.FilterColumn) && !string.IsNullOrWhiteSpace(input.FilterValue))
        {
            errors.Add(new FieldError("filterColumn", "ต้องเลือกคอลัมน์ที่จะกรองด้วยค่านี้", "Choose the column this value filters"));
        }

        if (!string.IsNullOrWhiteSpace(input.AreaCode) && AreaCodes.Normalize(input.AreaCode) is null)
        {
            errors.Add(new FieldError("areaCode", "รหัสพื้นที่ต้องเป็นรหัส มท. 2, 4 หรือ 6 หลัก", "The area must be a DOPA code of 2, 4 or 6 digits"));
        }

        return errors;
    }
}
