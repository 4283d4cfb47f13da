using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Review;

/// <summary>What a chair or secretary submits for a session.</summary>
public sealed record ReviewSessionInput(string Title, DateTime HeldAt, string ChairName, string? Attendees);

/// <summary>What the presenter records: a decision, optionally with the action that carries it out.</summary>
public sealed record ReviewDecisionInput(
    string Text,
    ReviewLinkKind LinkKind = ReviewLinkKind.None,
    string? LinkRef = null,
    string? ActionText = null,
    int? OwnerAgencyId = null,
    string? OwnerPersonName = null,
    DateTime? DueAt = null);

/// <summary>An owner's progress report on an action.</summary>
public sealed record ActionProgressInput(ActionItemStatus Status, int ProgressPercent, string? Note);

public static class ReviewRules
{
    public static IReadOnlyList<FieldError> Validate(ReviewSessionInput input)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 300)
        {
            errors.Add(new("title", "กรุณาใส่ชื่อการประชุม (ไม่เกิน 300 ตัวอักษร)", "Give the session a title (at most 300 characters)"));
        }

        if (string.IsNullOrWhiteSpace(input.ChairName) || input.ChairName.Length > 200)
        {
            errors.Add(new("chairName", "กรุณาระบุประธานการประชุม (ไม่เกิน 200 ตัวอักษร)", "Name the chair (at most 200 characters)"));
        }

        if (input.HeldAt == default || input.HeldAt.Year is < 2000 or > 2200)
        {
            errors.Add(new("heldAt", "กรุณาระบุวันและเวลาประชุม", "Give the date and time of the session"));
        }

        if ((input.Attendees?.Length ?? 0) > 4000)
        {
            errors.Add(new("attendees", "รายชื่อผู้เข้าประชุมยาวเกิน 4,000 ตัวอักษร", "The attendee list is longer than 4,000 characters"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(ReviewDecisionInput input, DateTime now)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > 2000)
        {
            errors.Add(new("text", "กรุณาบันทึกข้อสั่งการ (ไม่เกิน 2,000 ตัวอักษร)", "Write the decision (at most 2,000 characters)"));
        }

        if (!Enum.IsDefined(input.LinkKind))
        {
            errors.Add(new("linkKind", "ประเภทของสิ่งที่อ้างถึงไม่ถูกต้อง", "Unknown kind of link"));
        }
        else if (input.LinkKind != ReviewLinkKind.None && (string.IsNullOrWhiteSpace(input.LinkRef) || input.LinkRef.Length > 100))
        {
            errors.Add(new("linkRef", "กรุณาระบุรหัสของสิ่งที่อ้างถึง", "Give the code of what the decision is about"));
        }

        if (string.IsNullOrWhiteSpace(input.ActionText))
        {
            return errors;
        }

        if (input.ActionText.Length > 2000)
        {
            errors.Add(new("actionText", "งานที่มอบหมายยาวเกิน 2,000 ตัวอักษร", "The action is longer than 2,000 characters"));
        }

        if (input.OwnerAgencyId is null)
        {
            errors.Add(new("ownerAgencyId", "กรุณาเลือกหน่วยงานผู้รับผิดชอบ", "Choose the owner agency"));
        }

        if ((input.OwnerPersonName?.Length ?? 0) > 200)
        {
            errors.Add(new("ownerPersonName", "ชื่อผู้รับผิดชอบยาวเกิน 200 ตัวอักษร", "The owner's name is longer than 200 characters"));
        }

        if (input.DueAt is not { } due || due.Date < now.Date)
        {
            errors.Add(new("dueAt", "กรุณากำหนดวันครบกำหนดที่ยังไม่ผ่านไป", "Give a due date that has not passed"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(ActionProgressInput input)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(new("status", "สถานะไม่ถูกต้อง", "Unknown status"));
        }

        if (input.ProgressPercent is < 0 or > 100)
        {
            errors.Add(new("progressPercent", "ความคืบหน้าต้องอยู่ระหว่าง 0–100", "Progress must be 0 to 100"));
        }

        if ((input.Note?.Length ?? 0) > 1000)
        {
            errors.Add(new("note", "บันทึกความคืบหน้ายาวเกิน 1,000 ตัวอักษร", "The note is longer than 1,000 characters"));
        }

        return errors;
    }
}
