using Microsoft.AspNetCore.Mvc;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>problem+json answers of the report APIs beyond the plain 400s of <see cref="ApiProblems"/>, each naming its field.</summary>
public static class ReportProblems
{
    public static IResult Status(int status, string field, string thai, string english, string title) =>
        TypedResults.Problem(new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [ApiProblems.Message(thai, english)] })
        {
            Status = status,
            Title = title,
        });

    public static IResult KeyReused() => Status(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key",
        "ใช้ Idempotency-Key นี้กับคำขออื่นไปแล้ว", "This Idempotency-Key was already used with a different request body",
        ApiProblems.Message("คีย์ซ้ำกับคำขออื่น", "Idempotency-Key reused"));

    public static IResult TooLarge(long limit) => Status(StatusCodes.Status413PayloadTooLarge, "body",
        $"ข้อมูลที่ส่งมาใหญ่เกิน {limit / 1024 / 1024} MB", $"The request body is larger than {limit / 1024 / 1024} MB",
        ApiProblems.Message("ข้อมูลใหญ่เกินไป", "Request too large"));

    public static IResult UnsupportedMediaType(string expected) => Status(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
        $"ต้องส่งข้อมูลเป็น {expected}", $"Send the body as {expected}",
        ApiProblems.Message("รูปแบบข้อมูลไม่รองรับ", "Unsupported media type"));
}
