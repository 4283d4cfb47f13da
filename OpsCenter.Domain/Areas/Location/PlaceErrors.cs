using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Areas;

/// <summary>What every channel says about a point the installation does not serve: the province it is in, by name.</summary>
public static class PlaceErrors
{
    public static string ThaiName(ProvinceOutline province) => province.Code == "10" ? province.NameTh : "จังหวัด" + province.NameTh;

    public static string Thai(ProvinceOutline? province) => province is null
        ? "จุดนี้อยู่นอกประเทศไทยหรือนอกเขตจังหวัดใด ๆ ซึ่งระบบนี้ไม่ได้ให้บริการ"
        : $"จุดนี้อยู่ใน{ThaiName(province)} ซึ่งระบบนี้ไม่ได้ให้บริการ";

    public static string English(ProvinceOutline? province) => province is null
        ? "This point is outside every Thai province; this system does not serve it"
        : $"This point is in {province.NameEn}, which this system does not serve";

    public static FieldError Outside(ProvinceOutline? province) => new("lat", Thai(province), English(province));
}
