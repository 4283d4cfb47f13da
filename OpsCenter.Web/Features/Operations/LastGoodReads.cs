using System.Globalization;
using OpsCenter.Domain.Operations;

namespace OpsCenter.Web.Features.Operations;

/// <summary>
/// Public reads ride out a database outage: each successful anonymous GET of the APIs, Open311 and the catalog is kept
/// (<see cref="LastGoodAnswers"/>), and while the database is unreachable the same request is answered from it, marked
/// stale (<c>Age</c>, <c>Warning: 110</c> and the instant it was true), instead of 503. Writes and signed-in reads are
/// never served from it; a read never seen still answers 503 through the error policy.
/// </summary>
public sealed class LastGoodReads(RequestDelegate next, LastGoodAnswers answers, TimeProvider time, ILogger<LastGoodReads> logger)
{
    public const string AsOfHeader = "X-OpsCenter-Data-As-Of";

    private static readonly string[] Families = ["/api/", "/open311/", "/catalog."];
    private static readonly string[] Personal = ["/api/staff", "/api/admin", "/api/account"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsPublicRead(context))
        {
            await next(context);
            return;
        }

        var key = KeyOf(context.Request);
        var original = context.Response.Body;
        await using var copy = new CopyingStream(original, answers.MaxAnswerBytes);
        context.Response.Body = copy;
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && Failures.Classify(exception) == FailureKind.DatabaseUnavailable
                                          && answers.Find(key) is { } stale)
        {
            context.Response.Body = original;
            logger.LogInformation("Database unavailable: {Path} served as of {At}", context.Request.Path, stale.At);
            await ServeAsync(context, stale);
            return;
        }
        finally
        {
            context.Response.Body = original;
        }

        if (IsKeepable(context.Response) && copy.Copy is { } bytes)
        {
            answers.Keep(key, bytes, context.Response.ContentType);
        }
    }

    private async Task ServeAsync(HttpContext context, LastGoodAnswer stale)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = stale.ContentType;
        var age = Math.Max(0, (long)(time.GetUtcNow() - stale.At).TotalSeconds);
        response.Headers.Age = age.ToString(CultureInfo.InvariantCulture);
        response.Headers.Warning = "110 - \"Response is Stale\"";
        response.Headers[AsOfHeader] = stale.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentLength = stale.Body.Length;
        await response.Body.WriteAsync(stale.Body, context.RequestAborted);
    }

    private static bool IsPublicRead(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        return HttpMethods.IsGet(request.Method)
               && Families.Any(f => path.StartsWith(f, StringComparison.OrdinalIgnoreCase))
               && !Personal.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
               && context.User.Identity?.IsAuthenticated != true
               && !request.Headers.ContainsKey("Authorization")
               && !request.Headers.Cookie.Any(c => c?.Contains("opscenter.auth", StringComparison.Ordinal) == true)
               && !request.Query.ContainsKey("api_key");
    }

    private static bool IsKeepable(HttpResponse response)
    {
        var type = response.ContentType ?? "";
        var cache = response.Headers.CacheControl.ToString();
        return response.StatusCode == StatusCodes.Status200OK
               && !type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
               && !response.Headers.ContainsKey("Set-Cookie")
               && !cache.Contains("no-store", StringComparison.OrdinalIgnoreCase)
               && !cache.Contains("private", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The same URL asked for another format or language is another answer.</summary>
    private static string KeyOf(HttpRequest request) =>
        string.Join('\n', request.Path.Value, request.QueryString.Value, Clip(request.Headers.Accept.ToString()), Clip(request.Headers.AcceptLanguage.ToString()),
            Clip(request.Cookies[".AspNetCore.Culture"]));

    private static string Clip(string? value) => value is null ? "" : value.Length <= 200 ? value : value[..200];
}
