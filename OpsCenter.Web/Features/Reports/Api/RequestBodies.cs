namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>Reads a request body up to a limit, so an oversized upload is refused with 413 rather than buffered whole.</summary>
public static class RequestBodies
{
    /// <summary>A 5 MB photo grows by a third in base64, plus the rest of the report.</summary>
    public const long JsonLimit = 8 * 1024 * 1024;

    public static async Task<(byte[]? Body, bool TooLarge)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return (null, true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }

    /// <summary>An Idempotency-Key is 1–200 visible ASCII characters; null when absent, an error when malformed.</summary>
    public static (string? Key, bool Invalid) IdempotencyKey(HttpRequest request)
    {
        if (!request.Headers.TryGetValue("Idempotency-Key", out var values))
        {
            return (null, false);
        }

        var key = values.Count == 1 ? values[0] : null;
        return key is { Length: >= 1 and <= 200 } && key.All(c => c is >= '!' and <= '~') ? (key, false) : (null, true);
    }

    /// <summary>One rule for every endpoint: application/json or a +json type ("application/jsonx" is not JSON).</summary>
    public static bool IsJson(HttpRequest request) => Operations.RequestGuards.IsJson(request);
}
