using System.Text.RegularExpressions;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Reports.Intake;

/// <summary>Checks a submission on its own, before anything touches the database.</summary>
public static partial class SubmissionRules
{
    public const int MaxDescription = 4000;
    public const int MinDescription = 5;

    public static IReadOnlyList<FieldError> Validate(ReportSubmission s)
    {
        var errors = new List<FieldError>();
        if (s.Kind is null)
        {
            errors.Add(new("kind", "กรุณาเลือกประเภทเรื่อง (ร้องเรียน หรือ ความต้องการ)", "Choose the kind: complaint or need"));
        }

        if (string.IsNullOrWhiteSpace(s.CategoryCode))
        {
            errors.Add(new("category", "กรุณาเลือกหมวดหมู่", "Choose a category"));
        }

        CheckDescription(s.Description, errors);
        CheckLocation(s, errors);
        CheckText("address", s.Address, 500, errors);
        CheckContact(s, errors);
        CheckPhoto(s, errors);
        return errors;
    }

    /// <summary>Text PostgreSQL and every client can store and show: no NUL or other control characters, no broken surrogate pairs.</summary>
    public static bool IsStorableText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckDescription(string? description, List<FieldError> errors)
    {
        var length = description?.Trim().Length ?? 0;
        if (length < MinDescription)
        {
            errors.Add(new("description", $"กรุณาเล่ารายละเอียดอย่างน้อย {MinDescription} ตัวอักษร", $"Describe the problem in at least {MinDescription} characters"));
        }
        else
        {
            CheckText("description", description, MaxDescription, errors);
        }
    }

    private static void CheckLocation(ReportSubmission s, List<FieldError> errors)
    {
        CheckCodes(s, errors);
        if (s.HasCoordinates)
        {
            if (s.Latitude is not { } lat || !double.IsFinite(lat) || lat is < -90 or > 90)
            {
                errors.Add(new("lat", "ละติจูดต้องเป็นตัวเลขระหว่าง -90 ถึง 90", "Latitude must be a number between -90 and 90"));
            }

            if (s.Longitude is not { } lon || !double.IsFinite(lon) || lon is < -180 or > 180)
            {
                errors.Add(new("long", "ลองจิจูดต้องเป็นตัวเลขระหว่าง -180 ถึง 180", "Longitude must be a number between -180 and 180"));
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(s.DistrictCode) && string.IsNullOrWhiteSpace(s.SubdistrictCode))
        {
            errors.Add(new("lat", "กรุณาปักหมุดบนแผนที่ หรือเลือกอำเภอและตำบล", "Drop a pin on the map or choose a district and subdistrict"));
        }
    }

    /// <summary>Area codes must be well formed whenever they are sent, even when coordinates decide the place.</summary>
    private static void CheckCodes(ReportSubmission s, List<FieldError> errors)
    {
        if (!string.IsNullOrWhiteSpace(s.SubdistrictCode) && Areas.AreaCodes.LevelOf(s.SubdistrictCode) != Areas.AreaLevel.Subdistrict)
        {
            errors.Add(new("subdistrictCode", "รหัสตำบลต้องเป็นตัวเลข 6 หลัก", "A subdistrict code has 6 digits"));
        }

        if (!string.IsNullOrWhiteSpace(s.DistrictCode) && Areas.AreaCodes.LevelOf(s.DistrictCode) != Areas.AreaLevel.District)
        {
            errors.Add(new("districtCode", "รหัสอำเภอต้องเป็นตัวเลข 4 หลัก", "A district code has 4 digits"));
        }
    }

    private static void CheckContact(ReportSubmission s, List<FieldError> errors)
    {
        CheckText("name", s.ContactName, 200, errors);
        if (!string.IsNullOrWhiteSpace(s.ContactPhone) && !PhonePattern().IsMatch(s.ContactPhone.Trim()))
        {
            errors.Add(new("phone", "หมายเลขโทรศัพท์ไม่ถูกต้อง", "The phone number is not valid"));
        }

        if (!string.IsNullOrWhiteSpace(s.ContactEmail) && (s.ContactEmail.Length > 254 || !EmailPattern().IsMatch(s.ContactEmail.Trim())))
        {
            errors.Add(new("email", "อีเมลไม่ถูกต้อง", "The email address is not valid"));
        }

        if (s.HasContact && !s.Consent)
        {
            errors.Add(new("consent", "กรุณายินยอมให้เก็บข้อมูลติดต่อ หรือเว้นช่องข้อมูลติดต่อไว้", "Consent to keeping your contact details, or leave them out"));
        }
    }

    private static void CheckPhoto(ReportSubmission s, List<FieldError> errors)
    {
        if (s.Photo is { } photo)
        {
            if (photo.Length > ImageFormats.MaxPhotoBytes)
            {
                errors.Add(new("photo", "รูปภาพต้องมีขนาดไม่เกิน 5 MB", "The photo must be 5 MB or smaller"));
            }
            else if (ImageFormats.Detect(photo) is null)
            {
                errors.Add(new("photo", "รองรับเฉพาะรูปภาพ JPEG หรือ PNG", "Only JPEG or PNG photos are accepted"));
            }
        }

        if (s.PhotoUrl is { } url && (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(new("media_url", "ลิงก์รูปภาพต้องเป็น http หรือ https", "The photo link must be an http or https URL"));
        }
    }

    private static void CheckText(string field, string? value, int max, List<FieldError> errors)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > max)
        {
            errors.Add(new(field, $"ยาวเกิน {max} ตัวอักษร", $"Longer than {max} characters"));
        }
        else if (!IsStorableText(value))
        {
            errors.Add(new(field, "มีอักขระที่ไม่อนุญาต", "Contains characters that are not allowed"));
        }
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{7,18}[0-9]$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
