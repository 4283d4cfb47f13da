using Microsoft.Extensions.Options;
using OpsCenter.Domain.Operations;

namespace OpsCenter.Web.Features.Operations;

/// <summary>
/// The one error policy: every failure answers in the protocol's own shape (<see cref="ProtocolErrors"/>), never with a
/// stack trace or an internal name; a database that is down is 503 with Retry-After, so clients try again and nothing
/// is half-written (every write commits in one transaction or not at all).
/// </summary>
public sealed class ErrorPolicy(RequestDelegate next, ILogger<ErrorPolicy> logger, IOptions<OperationsOptions> options, OpsMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody to answer, and the work was cancelled with it.
            logger.LogDebug(exception, "Request abandoned by the client: {Path}", context.Request.Path);
        }
        catch (BadHttpRequestException exception)
        {
            await AnswerAsync(context, exception.StatusCode, exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ("body: คำขอมีขนาดใหญ่เกินกำหนด", "body: the request body is too large")
                : ("body: คำขอไม่ถูกต้อง", "body: the request is malformed"), "body");
        }
        catch (Exception exception)
        {
            var kind = Failures.Classify(exception);
            switch (kind)
            {
                case FailureKind.DatabaseUnavailable or FailureKind.DatabaseMisconfigured:
                    metrics.DatabaseFailed();
                    logger.LogWarning("Database unavailable while serving {Path}: {Reason}", context.Request.Path, Failures.Reason(exception));
                    await AnswerAsync(context, StatusCodes.Status503ServiceUnavailable,
                        ("ระบบฐานข้อมูลขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง", "The database is temporarily unavailable; please try again"),
                        retryAfter: options.Value.RetryAfter);
                    break;
                case FailureKind.UnstorableText:
                    await AnswerAsync(context, StatusCodes.Status400BadRequest,
                        ("ข้อความมีอักขระที่ระบบจัดเก็บไม่ได้", "The text contains characters that cannot be stored"));
                    break;
                default:
                    logger.LogError(exception, "Unhandled error serving {Method} {Path}", context.Request.Method, context.Request.Path);
                    await AnswerAsync(context, StatusCodes.Status500InternalServerError,
                        ("ระบบขัดข้อง เจ้าหน้าที่ได้รับแจ้งแล้ว", "Something went wrong on our side; it has been logged"));
                    break;
            }
        }
    }

    private async Task AnswerAsync(HttpContext context, int status, (string Thai, string English) message, string? field = null, TimeSpan? retryAfter = null)
    {
        if (context.Response.HasStarted)
        {
            // Half a page is already on its way: the only honest thing left is to cut the connection.
            context.Abort();
            return;
        }

        metrics.Error(ProtocolErrors.Of(context.Request.Path).ToString(), status);
        await ProtocolErrors.WriteAsync(context, status, message.Thai, message.English, field, retryAfter);
    }
}
