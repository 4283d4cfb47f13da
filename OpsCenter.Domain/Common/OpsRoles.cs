namespace OpsCenter.Domain.Common;

public static class OpsRoles
{
    public const string Executive = nameof(Executive);
    public const string Official = nameof(Official);
    public const string AgencyStaff = nameof(AgencyStaff);
    public const string DataSteward = nameof(DataSteward);
    public const string Presenter = nameof(Presenter);
    public const string Admin = nameof(Admin);

    /// <summary>The national office: compares provinces and reads any one of them, changes nothing and sees no personal data.</summary>
    public const string National = nameof(National);

    /// <summary>The roles of a province's own people, the ones a province's administrator may grant.</summary>
    public static readonly IReadOnlyList<string> ProvinceRoles = [Executive, Official, AgencyStaff, DataSteward, Presenter, Admin];

    public static readonly IReadOnlyList<string> All = [.. ProvinceRoles, National];

    /// <summary>The province roles as one comma-separated list, for policies of things only a province's own people do.</summary>
    public const string ProvinceStaff = $"{Executive},{Official},{AgencyStaff},{DataSteward},{Presenter},{Admin}";

    public static string ThaiName(string role) => role switch
    {
        Executive => "ผู้บริหาร",
        Official => "เจ้าหน้าที่จังหวัด",
        AgencyStaff => "เจ้าหน้าที่หน่วยงาน",
        DataSteward => "ผู้ดูแลข้อมูล",
        Presenter => "ผู้นำเสนอ",
        Admin => "ผู้ดูแลระบบ",
        National => "ส่วนกลาง (ระดับประเทศ)",
        _ => role,
    };
}
