namespace OpsCenter.Domain.Identity;

public static class OpsRoles
{
    public const string Executive = nameof(Executive);
    public const string Official = nameof(Official);
    public const string AgencyStaff = nameof(AgencyStaff);
    public const string DataSteward = nameof(DataSteward);
    public const string Presenter = nameof(Presenter);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Executive, Official, AgencyStaff, DataSteward, Presenter, Admin];

    public static string ThaiName(string role) => role switch
    {
        Executive => "ผู้บริหาร",
        Official => "เจ้าหน้าที่จังหวัด",
        AgencyStaff => "เจ้าหน้าที่หน่วยงาน",
        DataSteward => "ผู้ดูแลข้อมูล",
        Presenter => "ผู้นำเสนอ",
        Admin => "ผู้ดูแลระบบ",
        _ => role,
    };
}
