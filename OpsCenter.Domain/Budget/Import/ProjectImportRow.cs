using System.Globalization;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget.Import;

/// <summary>A valid row of a project list: one project and one of its budget lines.</summary>
public sealed record ProjectImportRow(
    long Row,
    string Code,
    string NameTh,
    string? NameEn,
    string Sector,
    int OwnerAgencyId,
    IReadOnlyList<string> AreaCodes,
    int FiscalYear,
    BudgetSource Source,
    Money Requested,
    Money Approved,
    Money Disbursed,
    ProjectStatus Status,
    int? DevelopmentIssueId,
    string? Description);

/// <summary>What a row is checked against: the province's agencies, areas and development issues, and codes already used.</summary>
public sealed record ProjectImportLookups(
    string ProvinceCode,
    IReadOnlyDictionary<string, int> AgencyIdByCode,
    IReadOnlySet<string> AreaCodes,
    IReadOnlyDictionary<string, int> IssueIdByCode,
    IReadOnlyDictionary<string, string> ProvinceOfProjectCode);

/// <summary>The rules for one row of a province's project list; pure, so every refusal reason is tested without a database.</summary>
public static class ProjectImportValidator
{
    public const int MinFiscalYear = 2500;
    public const int MaxFiscalYear = 2700;

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("code", ["รหัสโครงการ", "project_code"], true, "รหัสโครงการ ไม่ซ้ำกัน", "Project code, unique"),
        new("name_th", ["ชื่อโครงการ", "name"], true, "ชื่อโครงการ (ภาษาไทย)", "Project name in Thai"),
        new("name_en", ["ชื่อภาษาอังกฤษ"], false, "ชื่อภาษาอังกฤษ", "Name in English"),
        new("sector", ["ด้าน", "ด้านการพัฒนา"], true, "ด้าน: รหัสหรือชื่อ เช่น water หรือ ทรัพยากรน้ำ", "Sector code or name, e.g. water"),
        new("owner_agency", ["หน่วยงาน", "หน่วยงานรับผิดชอบ", "agency"], true, "รหัสหน่วยงานรับผิดชอบ เช่น SRB-RID", "Owner agency code, e.g. SRB-RID"),
        new("area_codes", ["พื้นที่", "รหัสพื้นที่", "area_code", "area"], true, "รหัสพื้นที่ DOPA คั่นด้วย ; เช่น 1902;1903 (รหัสจังหวัด = ทั้งจังหวัด)", "DOPA area codes separated by ; (the province code for province-wide)"),
        new("fiscal_year", ["ปีงบประมาณ", "fy"], true, "ปีงบประมาณ พ.ศ. เช่น 2570", "Fiscal year in the Buddhist era, e.g. 2570"),
        new("source", ["แหล่งงบประมาณ", "แหล่งงบ", "budget_source"], true, "งบจังหวัด งบกลุ่มจังหวัด งบ อปท. หรือ งบกระทรวง/กรม", "province, province-group, local or ministry"),
        new("requested", ["งบที่ขอ", "วงเงินที่ขอ", "requested_baht"], true, "งบที่ขอ (บาท)", "Amount requested (baht)"),
        new("approved", ["งบที่ได้รับอนุมัติ", "งบอนุมัติ", "approved_baht"], false, "งบที่ได้รับอนุมัติ (บาท)", "Amount approved (baht)"),
        new("disbursed", ["เบิกจ่าย", "งบเบิกจ่าย", "disbursed_baht"], false, "เบิกจ่ายแล้ว (บาท)", "Amount disbursed (baht)"),
        new("status", ["สถานะ"], false, "สถานะ เช่น เสนอโครงการ อนุมัติแล้ว กำลังดำเนินการ แล้วเสร็จ", "Status, e.g. proposed, approved, in-progress, completed"),
        new("development_issue", ["ประเด็นการพัฒนา", "issue_code"], false, "รหัสประเด็นการพัฒนา เช่น SRB-DI-02", "Development issue code, e.g. SRB-DI-02"),
        new("description", ["รายละเอียด", "หลักการและเหตุผล"], false, "รายละเอียดโครงการ", "Description"),
    ];

    public static (ProjectImportRow? Row, List<ImportIssue> Issues) Validate(long row, Func<string, string?> field, ProjectImportLookups lookups)
    {
        var issues = new List<ImportIssue>();
        void Fail(string name, string thai, string english) => issues.Add(new ImportIssue(row, name, thai, english));
        string? Text(string name) => field(name)?.Trim() is { Length: > 0 } value ? value : null;

        var code = Text("code");
        if (code is null)
        {
            Fail("code", "ไม่มีรหัสโครงการ", "The project code is missing");
        }
        else if (code.Length > 40)
        {
            Fail("code", "รหัสโครงการยาวเกิน 40 ตัวอักษร", "The project code is longer than 40 characters");
        }
        else if (lookups.ProvinceOfProjectCode.TryGetValue(code, out var otherProvince) && otherProvince != lookups.ProvinceCode)
        {
            Fail("code", "รหัสโครงการนี้เป็นของจังหวัดอื่น", "This project code belongs to another province");
        }

        var nameTh = Text("name_th");
        if (nameTh is null)
        {
            Fail("name_th", "ไม่มีชื่อโครงการ", "The project name is missing");
        }
        else if (nameTh.Length > 500)
        {
            Fail("name_th", "ชื่อโครงการยาวเกิน 500 ตัวอักษร", "The project name is longer than 500 characters");
        }

        var nameEn = Text("name_en");
        if (nameEn is { Length: > 500 })
        {
            Fail("name_en", "ชื่อภาษาอังกฤษยาวเกิน 500 ตัวอักษร", "The English name is longer than 500 characters");
        }

        var sector = BudgetTerms.ParseSector(Text("sector"));
        if (sector is null)
        {
            Fail("sector", $"ไม่รู้จักด้าน '{Text("sector")}' (ใช้ {string.Join(", ", Sectors.All.Select(s => s.Code))})",
                $"Unknown sector '{Text("sector")}' (use {string.Join(", ", Sectors.All.Select(s => s.Code))})");
        }

        var agencyCode = Text("owner_agency");
        int? agencyId = agencyCode is not null && lookups.AgencyIdByCode.TryGetValue(agencyCode, out var id) ? id : null;
        if (agencyId is null)
        {
            Fail("owner_agency", agencyCode is null ? "ไม่มีรหัสหน่วยงาน" : $"ไม่พบหน่วยงานรหัส '{agencyCode}' ในจังหวัดนี้",
                agencyCode is null ? "The owner agency is missing" : $"No agency with code '{agencyCode}' in this province");
        }

        var areas = ParseAreas(Text("area_codes"), lookups, Fail);
        var fiscalYear = ParseFiscalYear(Text("fiscal_year"), Fail);

        var source = BudgetTerms.ParseSource(Text("source"));
        if (source is null)
        {
            Fail("source", $"ไม่รู้จักแหล่งงบประมาณ '{Text("source")}'", $"Unknown budget source '{Text("source")}'");
        }

        var requested = ParseAmount("requested", Text("requested"), required: true, Fail);
        var approved = ParseAmount("approved", Text("approved"), required: false, Fail);
        var disbursed = ParseAmount("disbursed", Text("disbursed"), required: false, Fail);
        if (approved is { } a && disbursed is { } d && d > a)
        {
            Fail("disbursed", "เบิกจ่ายมากกว่างบที่ได้รับอนุมัติ", "Disbursed is more than approved");
        }

        ProjectStatus? status = Text("status") is { } statusText ? BudgetTerms.ParseStatus(statusText) : DefaultStatus(approved);
        if (status is null)
        {
            Fail("status", $"ไม่รู้จักสถานะ '{Text("status")}'", $"Unknown status '{Text("status")}'");
        }

        int? issueId = null;
        if (Text("development_issue") is { } issueCode)
        {
            if (lookups.IssueIdByCode.TryGetValue(issueCode, out var found))
            {
                issueId = found;
            }
            else
            {
                Fail("development_issue", $"ไม่พบประเด็นการพัฒนารหัส '{issueCode}'", $"No development issue with code '{issueCode}'");
            }
        }

        var description = Text("description");
        if (description is { Length: > 4000 })
        {
            Fail("description", "รายละเอียดยาวเกิน 4,000 ตัวอักษร", "The description is longer than 4,000 characters");
        }

        if (issues.Count > 0)
        {
            return (null, issues);
        }

        return (new ProjectImportRow(row, code!, nameTh!, nameEn, sector!, agencyId!.Value, areas!, fiscalYear!.Value, source!.Value,
            requested!.Value, approved ?? Money.Zero, disbursed ?? Money.Zero, status!.Value, issueId, description), issues);
    }

    private static ProjectStatus DefaultStatus(Money? approved) => approved is { Satang: > 0 } ? ProjectStatus.Approved : ProjectStatus.Proposed;

    private static List<string>? ParseAreas(string? text, ProjectImportLookups lookups, Action<string, string, string> fail)
    {
        if (text is null)
        {
            fail("area_codes", "ไม่มีรหัสพื้นที่", "The area code is missing");
            return null;
        }

        var codes = new List<string>();
        foreach (var part in text.Split([';', ' ', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = AreaCodes.Normalize(part);
            if (code is not null && AreaCodes.ProvinceOf(code) != lookups.ProvinceCode && ProvinceOutlines.Shipped.Get(AreaCodes.ProvinceOf(code)) is { } other)
            {
                fail("area_codes", $"พื้นที่รหัส '{part}' อยู่ใน{PlaceErrors.ThaiName(other)} ไม่ใช่จังหวัดนี้", $"Area '{part}' is in {other.NameEn}, not in this province");
                return null;
            }

            if (code is null || !lookups.AreaCodes.Contains(code))
            {
                fail("area_codes", $"ไม่พบพื้นที่รหัส '{part}' ในจังหวัดนี้", $"No area with code '{part}' in this province");
                return null;
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    private static int? ParseFiscalYear(string? text, Action<string, string, string> fail)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            fail("fiscal_year", $"ปีงบประมาณ '{text}' ไม่ใช่ตัวเลข", $"Fiscal year '{text}' is not a number");
            return null;
        }

        if (year is >= 1957 and <= 2157)
        {
            fail("fiscal_year", $"ปีงบประมาณ {year} ดูเหมือน ค.ศ. ให้ใช้ พ.ศ. (เช่น {ThaiCalendar.ToBuddhistYear(year)})",
                $"Fiscal year {year} looks Gregorian; use the Buddhist era (e.g. {ThaiCalendar.ToBuddhistYear(year)})");
            return null;
        }

        if (year is < MinFiscalYear or > MaxFiscalYear)
        {
            fail("fiscal_year", $"ปีงบประมาณ {year} อยู่นอกช่วง {MinFiscalYear}–{MaxFiscalYear}", $"Fiscal year {year} is outside {MinFiscalYear}–{MaxFiscalYear}");
            return null;
        }

        return year;
    }

    private static Money? ParseAmount(string field, string? text, bool required, Action<string, string, string> fail)
    {
        if (text is null)
        {
            if (required)
            {
                fail(field, "ไม่มีจำนวนเงิน", "The amount is missing");
            }

            return null;
        }

        if (!Money.TryParseBaht(text, out var money))
        {
            fail(field, $"จำนวนเงิน '{text}' ไม่ถูกต้อง (ตัวเลข ทศนิยมไม่เกิน 2 ตำแหน่ง)", $"Amount '{text}' is not valid (a number with at most two decimals)");
            return null;
        }

        if (money.IsNegative)
        {
            fail(field, "จำนวนเงินติดลบ", "The amount is negative");
            return null;
        }

        return money;
    }
}
