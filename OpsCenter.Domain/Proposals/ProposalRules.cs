using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Proposals;

/// <summary>What a proposal needs before the database is asked anything: the service and the citizen's form check the same.</summary>
public static class ProposalRules
{
    public const int MinTitle = 5;
    public const int MaxTitle = 200;
    public const int MinDescription = 20;
    public const int MaxDescription = 4000;

    public static readonly FieldError AreaError = new("areaCode", "กรุณาเลือกอำเภอหรือตำบลในจังหวัดนี้", "Choose a district or subdistrict of this province");
    public static readonly FieldError CategoryError = new("categoryCode", "กรุณาเลือกประเภทความต้องการ", "Choose the kind of need");

    public static IEnumerable<FieldError> Check(NewProposal input)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length is < MinTitle or > MaxTitle)
        {
            yield return new FieldError("title", "ชื่อข้อเสนอต้องมี 5–200 ตัวอักษร", "The title must have 5–200 characters");
        }

        if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Trim().Length is < MinDescription or > MaxDescription)
        {
            yield return new FieldError("description", "รายละเอียดต้องมี 20–4,000 ตัวอักษร", "The description must have 20–4,000 characters");
        }

        if (AreaCodes.Normalize(input.AreaCode) is not { Length: >= 4 })
        {
            yield return AreaError;
        }

        if (string.IsNullOrWhiteSpace(input.CategoryCode))
        {
            yield return CategoryError;
        }

        if (!string.IsNullOrWhiteSpace(input.Phone) && PhoneNumbers.NormalizeThai(input.Phone) is null)
        {
            yield return new FieldError("phone", "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081-234-5678)", "The phone number is not valid (e.g. 081-234-5678)");
        }
    }
}
