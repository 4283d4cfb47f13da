using System.Text;
using System.Text.RegularExpressions;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Web.Features.ApiDocs;

/// <summary>
/// Scalar's page starts itself with one inline module script, which the site's CSP (no inline script) would block. The
/// page is buffered and that script, as written, is allowed by its hash for this response only; nothing else is relaxed.
/// </summary>
public static partial class ApiDocsInlineScript
{
    public static IApplicationBuilder UseApiDocsInlineScript(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(ApiDocsWebServices.DocsPath) || Path.HasExtension(context.Request.Path.Value))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var hashes = InlineScript().Matches(html).Select(m => SecurityHeaders.HashOf(m.Groups[1].Value)).ToList();
        if (hashes.Count > 0)
        {
            context.Items[SecurityHeaders.InlineScriptHashesKey] = string.Join(' ', hashes);
        }

        buffer.Position = 0;
        context.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(original, context.RequestAborted);
    });

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
