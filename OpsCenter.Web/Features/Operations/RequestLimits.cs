namespace OpsCenter.Web.Features.Operations;

/// <summary>The largest request body each endpoint family takes; anything larger is 413 before it is read.</summary>
public static class RequestLimits
{
    /// <summary>Kestrel's own default body limit: what is read and dropped after refusing a declared oversized body.</summary>
    public const long DrainLimit = 30_000_000;

    public static long BodyLimitFor(PathString path, OperationsOptions options)
    {
        if (ProtocolErrors.Of(path) == Protocol.Ckan)
        {
            return options.ApiBodyLimit;
        }

        if (IsUpload(path))
        {
            return options.UploadBodyLimit;
        }

        if (path.StartsWithSegments("/api/reports") || path.StartsWithSegments("/open311"))
        {
            return options.ReportBodyLimit;
        }

        return ProtocolErrors.Of(path) == Protocol.Page ? options.ReportBodyLimit : options.ApiBodyLimit;
    }

    private static bool IsUpload(PathString path)
    {
        var value = path.Value ?? "";
        return value.StartsWith("/api/catalog/import", StringComparison.OrdinalIgnoreCase)
               || (value.StartsWith("/api/catalog/datasets/", StringComparison.OrdinalIgnoreCase) && value.EndsWith("/versions", StringComparison.OrdinalIgnoreCase))
               || (value.StartsWith("/api/budget/", StringComparison.OrdinalIgnoreCase) && value.EndsWith("/import", StringComparison.OrdinalIgnoreCase));
    }
}
