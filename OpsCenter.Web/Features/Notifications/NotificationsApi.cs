using System.Net;
using OpsCenter.Domain.Notifications;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Notifications;

/// <summary>
/// The citizen's one-click unsubscribe (the mail's link, GET, and the mail client's button, RFC 8058 POST), and the LINE
/// official account's webhook that links LINE accounts.
/// </summary>
public static class NotificationsApi
{
    public const string UnsubscribeRoute = "/notifications/unsubscribe/{token}";

    /// <summary>The webhook URL to register in the LINE Developers Console for the official account.</summary>
    public const string LineWebhookRoute = "/api/line/webhook";

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(UnsubscribeRoute, (string token, CitizenUnsubscribe unsubscribe, CancellationToken ct) => UnsubscribeAsync(token, "link", unsubscribe, ct))
            .AllowAnonymous();

        // Mail clients post without an antiforgery token; the signed token in the path is what authorises the request.
        endpoints.MapPost(UnsubscribeRoute, (string token, CitizenUnsubscribe unsubscribe, CancellationToken ct) => UnsubscribeAsync(token, "list-unsubscribe", unsubscribe, ct))
            .AllowAnonymous()
            .DisableAntiforgery();

        // LINE signs the raw body with the channel secret; that signature, not a session, authorises the request.
        endpoints.MapPost(LineWebhookRoute, LineWebhookAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> LineWebhookAsync(HttpRequest request, LineAccountLinks links, CancellationToken ct)
    {
        if (request.ContentLength > LineAccountLinks.MaxBodyBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: ApiProblems.Message("คำขอใหญ่เกินไป", "The request is too large"));
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > LineAccountLinks.MaxBodyBytes)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: ApiProblems.Message("คำขอใหญ่เกินไป", "The request is too large"));
            }

            body.Write(buffer, 0, read);
        }

        return await links.HandleWebhookAsync(body.ToArray(), request.Headers["x-line-signature"].FirstOrDefault(), ct) switch
        {
            LineWebhookOutcome.NotConfigured => ApiProblems.NotFound("ระบบนี้ไม่ได้ตั้งค่าบัญชีทางการ LINE", "This installation has no LINE official account"),
            LineWebhookOutcome.BadSignature => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: ApiProblems.Message("ลายเซ็น x-line-signature ไม่ถูกต้อง", "The x-line-signature does not match the body")),
            LineWebhookOutcome.Malformed => ApiProblems.Field("events", "เนื้อหาต้องเป็น JSON ที่มีรายการ events", "The body must be JSON with an events array"),
            _ => TypedResults.Ok(),
        };
    }

    private static async Task<IResult> UnsubscribeAsync(string token, string source, CitizenUnsubscribe unsubscribe, CancellationToken ct)
    {
        var outcome = await unsubscribe.UnsubscribeAsync(token, source, ct);
        return outcome switch
        {
            UnsubscribeOutcome.Invalid => Page(HttpStatusCode.BadRequest, "ลิงก์ยกเลิกไม่ถูกต้อง", "This unsubscribe link is not valid",
                "ลิงก์นี้ไม่สมบูรณ์หรือถูกแก้ไข กรุณาใช้ลิงก์จากอีเมลฉบับล่าสุด", "The link is incomplete or was altered; use the link in the latest e-mail."),
            _ => Page(HttpStatusCode.OK, "ยกเลิกการรับข่าวสารแล้ว", "You are unsubscribed",
                "ท่านจะไม่ได้รับอีเมลเกี่ยวกับเรื่องนี้อีก ยังติดตามเรื่องได้ที่หน้าติดตามเรื่อง", "You will get no more e-mail about this report; you can still follow it on its tracking page."),
        };
    }

    private static IResult Page(HttpStatusCode status, string titleTh, string titleEn, string textTh, string textEn) => Results.Content(
        $"""
        <!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{WebUtility.HtmlEncode(titleTh)}</title></head>
        <body style="font-family:Sarabun,Tahoma,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">
        <h1 data-testid="unsubscribe-title">{WebUtility.HtmlEncode(titleTh)}</h1><p>{WebUtility.HtmlEncode(textTh)}</p>
        <h2 lang="en">{WebUtility.HtmlEncode(titleEn)}</h2><p lang="en">{WebUtility.HtmlEncode(textEn)}</p>
        </body></html>
        """, "text/html; charset=utf-8", statusCode: (int)status);
}
