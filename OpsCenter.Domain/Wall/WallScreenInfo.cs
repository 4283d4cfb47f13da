using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Wall;

/// <summary>A screen's configuration and control state as the displays use it: immutable, shared by every display of it.</summary>
public sealed record WallScreenInfo(
    int Id,
    string ProvinceCode,
    string Slug,
    string NameTh,
    string NameEn,
    string? AreaCode,
    int PeriodDays,
    TimeSpan RotationInterval,
    IReadOnlyList<WallSlide> Slides,
    WallControl Control,
    DateTime UpdatedAt,
    int? FollowingReviewId = null)
{
    public WallView View => new(ProvinceCode, AreaCode, Math.Clamp(PeriodDays, 1, 365));

    public static WallScreenInfo From(WallScreen screen) => new(
        screen.Id, screen.ProvinceCode, screen.Slug, screen.NameTh, screen.NameEn, screen.AreaCode, screen.PeriodDays,
        screen.RotationInterval, screen.Slides, screen.Control, screen.UpdatedAt, screen.FollowReviewId);
}

/// <summary>What an admin submits for a screen; <see cref="WallScreenRules.Validate"/> says what is wrong with it.</summary>
public sealed record WallScreenInput(
    string Slug,
    string NameTh,
    string NameEn,
    string? AreaCode,
    int PeriodDays,
    int RotationSeconds,
    IReadOnlyList<WallSlide> Slides,
    int SortOrder = 0);

public static class WallScreenRules
{
    public const int MaxSlides = 20;

    /// <summary>Literal paths under /wall that a screen's URL name must not shadow.</summary>
    public static readonly IReadOnlyList<string> ReservedSlugs = ["token", "connect", "disconnect", "blank", "remote"];

    public static IReadOnlyList<FieldError> Validate(WallScreenInput input)
    {
        var errors = new List<FieldError>();
        if (input.Slug is not { Length: >= 2 and <= 40 } || !input.Slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors.Add(new("slug", "ชื่อในลิงก์ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ - ยาว 2–40 ตัว", "The URL name must be 2–40 lower-case letters, digits or hyphens"));
        }
        else if (ReservedSlugs.Contains(input.Slug))
        {
            errors.Add(new("slug", "ชื่อในลิงก์นี้สงวนไว้สำหรับระบบ", "This URL name is reserved"));
        }

        if (string.IsNullOrWhiteSpace(input.NameTh) || input.NameTh.Length > 200)
        {
            errors.Add(new("nameTh", "กรุณาตั้งชื่อจอภาษาไทย (ไม่เกิน 200 ตัวอักษร)", "Give the screen a Thai name (at most 200 characters)"));
        }

        if (string.IsNullOrWhiteSpace(input.NameEn) || input.NameEn.Length > 200)
        {
            errors.Add(new("nameEn", "กรุณาตั้งชื่อจอภาษาอังกฤษ (ไม่เกิน 200 ตัวอักษร)", "Give the screen an English name (at most 200 characters)"));
        }

        if (input.AreaCode is { Length: > 0 } area && (area.Length is not (4 or 6) || !area.All(char.IsAsciiDigit)))
        {
            errors.Add(new("areaCode", "รหัสพื้นที่ต้องเป็นรหัสอำเภอ 4 หลักหรือตำบล 6 หลัก", "The area must be a 4-digit district or 6-digit subdistrict code"));
        }

        if (input.PeriodDays is < 1 or > 365)
        {
            errors.Add(new("periodDays", "ช่วงเวลาต้องอยู่ระหว่าง 1 ถึง 365 วัน", "The period must be 1 to 365 days"));
        }

        if (input.RotationSeconds != 0 && input.RotationSeconds is < 5 or > 3600)
        {
            errors.Add(new("rotationSeconds", "เวลาหมุนเวียนต้องเป็น 0 (ไม่หมุน) หรือ 5–3600 วินาที", "Rotation must be 0 (hold) or 5–3600 seconds"));
        }

        if (input.Slides.Count is < 1 or > MaxSlides)
        {
            errors.Add(new("slides", $"ต้องมี 1–{MaxSlides} หน้า", $"A screen needs 1 to {MaxSlides} slides"));
        }

        for (var i = 0; i < input.Slides.Count; i++)
        {
            var slide = input.Slides[i];
            if (slide.Panels.Count is < 1 or > WallPanels.MaxPerSlide || slide.Panels.Any(p => !WallPanels.IsKnown(p)) || slide.Panels.Distinct().Count() != slide.Panels.Count)
            {
                errors.Add(new($"slides[{i}].panels", $"หน้า {i + 1}: เลือกแผง 1–{WallPanels.MaxPerSlide} แผงที่ไม่ซ้ำกัน", $"Slide {i + 1}: choose 1 to {WallPanels.MaxPerSlide} different panels"));
            }

            if (string.IsNullOrWhiteSpace(slide.TitleTh) || slide.TitleTh.Length > 200 || (slide.TitleEn?.Length ?? 0) > 200)
            {
                errors.Add(new($"slides[{i}].title", $"หน้า {i + 1}: กรุณาใส่หัวข้อ (ไม่เกิน 200 ตัวอักษร)", $"Slide {i + 1}: give it a title (at most 200 characters)"));
            }
        }

        return errors;
    }
}
