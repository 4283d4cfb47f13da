using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpsCenter.Domain.Operations;

namespace OpsCenter.Web.Features.Operations;

/// <summary>
/// Checks at the door, before any endpoint works: the body is no larger than its family allows, query values are short
/// and storable, a JSON body is UTF-8 with storable strings and no repeated keys. Each refusal is a 4xx in the caller's
/// protocol naming the field, so no input can make the server work without bound or fail a write half-way.
/// </summary>
public sealed class RequestGuards(RequestDelegate next, IOptions<OperationsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var request = context.Request;
        var limit = RequestLimits.BodyLimitFor(request.Path, limits);
        var tooLarge = request.ContentLength > limit;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // A declared oversized body is refused unread, but the server still swallows up to the usual 30 MB after
            // the answer, so an ordinary client that sends first and reads later gets the 413 instead of a broken pipe.
            size.MaxRequestBodySize = tooLarge ? Math.Max(limit, Math.Min(request.ContentLength!.Value, RequestLimits.DrainLimit)) : limit;
        }

        if (tooLarge)
        {
            await DrainAsync(request, context.RequestAborted);
            await ProtocolErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "body: คำขอมีขนาดใหญ่เกินกำหนด", "body: the request body is too large", "body");
            return;
        }

        foreach (var (key, values) in request.Query)
        {
            foreach (var value in values)
            {
                if (value is { } text && text.Length > limits.QueryValueLimit)
                {
                    await RefuseAsync(context, key, $"ยาวเกิน {limits.QueryValueLimit:N0} ตัวอักษร", $"is longer than {limits.QueryValueLimit:N0} characters");
                    return;
                }

                if ((StorableText.Problem(value) ?? StorableText.Problem(key)) is { } problem)
                {
                    await RefuseAsync(context, key, problem.Thai, problem.English);
                    return;
                }
            }
        }

        if (IsJson(request) && ProtocolErrors.Of(request.Path) != Protocol.Page && await JsonProblemAsync(request, context.RequestAborted) is { } json)
        {
            await RefuseAsync(context, json.Field, json.Thai, json.English);
            return;
        }

        if (request.HasFormContentType && !request.Path.StartsWithSegments("/_blazor"))
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
            {
                await RefuseAsync(context, "body", "ไม่ใช่แบบฟอร์มที่อ่านได้", "is not a readable form");
                return;
            }

            foreach (var (key, values) in form)
            {
                if (values.Select(StorableText.Problem).FirstOrDefault(p => p is not null) is { } problem)
                {
                    await RefuseAsync(context, key, problem.Thai, problem.English);
                    return;
                }
            }
        }

        await next(context);
    }

    /// <summary>Reads and drops a declared oversized body (up to the drain limit), so the client hears the 413.</summary>
    private static async Task DrainAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > RequestLimits.DrainLimit)
        {
            return;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await request.Body.ReadAsync(chunk, ct) > 0)
            {
            }
        }
        catch (IOException)
        {
            // The client gave up sending; the answer below may still reach it.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>application/json or any +json type; "application/jsonx" is not JSON.</summary>
    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    private static Task RefuseAsync(HttpContext context, string field, string thai, string english) =>
        ProtocolErrors.WriteAsync(context, StatusCodes.Status400BadRequest, $"{field}: {thai}", $"{field} {english}", field);

    /// <summary>Reads the (size-limited) body once, walks every token, and rewinds it for the endpoint.</summary>
    private static async Task<(string Field, string Thai, string English)?> JsonProblemAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        var buffer = new ArrayBufferWriter<byte>();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            request.Body.Position = 0;
        }

        return buffer.WrittenCount == 0 ? null : Scan(buffer.WrittenSpan);
    }

    private static (string Field, string Thai, string English)? Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var keys = new Stack<HashSet<string>>();
        var property = "body";
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        property = reader.GetString()!;
                        if (StorableText.Problem(property) is { } badName)
                        {
                            return ("body", badName.Thai, badName.English);
                        }

                        if (!keys.Peek().Add(property))
                        {
                            return (property, "ระบุซ้ำในคำขอ", "appears more than once in the request");
                        }

                        break;
                    case JsonTokenType.String when StorableText.Problem(reader.GetString()) is { } bad:
                        return (property, bad.Thai, bad.English);
                }
            }
        }
        catch (InvalidOperationException)
        {
            return (property, "ไม่ใช่ข้อความ UTF-8 หรือ Unicode ที่ถูกต้อง", "is not valid UTF-8 or Unicode text");
        }
        catch (JsonException)
        {
            // Malformed JSON is the endpoint's to answer, in its own words.
            return null;
        }

        return null;
    }
}
