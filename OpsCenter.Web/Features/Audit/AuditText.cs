using OpsCenter.Domain.Audit;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Audit;

public static class AuditText
{
    public static string Action(string action) => action switch
    {
        AuditActions.ReporterContactRead => T("อ่านข้อมูลติดต่อผู้แจ้ง", "Read a reporter's contact"),
        AuditActions.ReportsExported => T("ส่งออกรายการเรื่องร้องเรียน", "Exported the report queue"),
        AuditActions.UserRolesChanged => T("เปลี่ยนบทบาทผู้ใช้", "Changed a user's roles"),
        AuditActions.UserDisabled => T("ระงับผู้ใช้", "Disabled a user"),
        AuditActions.UserEnabled => T("เปิดใช้ผู้ใช้", "Enabled a user"),
        AuditActions.AccessTokenIssued => T("ออกโทเคนเข้าถึงส่วนบุคคล", "Issued a personal access token"),
        AuditActions.AccessTokenRevoked => T("เพิกถอนโทเคนเข้าถึงส่วนบุคคล", "Revoked a personal access token"),
        AuditActions.DataSubjectExported => T("ส่งออกข้อมูลของเจ้าของข้อมูล", "Exported a data subject's data"),
        AuditActions.ReportsAnonymised => T("ลบข้อมูลส่วนบุคคลของเรื่องที่พ้นระยะเก็บ", "Anonymised reports past retention"),
        AuditActions.ProvinceOpenedNationally => T("ส่วนกลางเปิดดูข้อมูลจังหวัด", "The national office opened the province"),
        _ => action,
    };
}
