namespace OpsCenter.Web.Features.Operations;

/// <summary>
/// A page that finds nothing to show answers 404, so crawlers, monitors and scripts are not told 200: the status pages
/// then render the bilingual "not found" page in a scope of its own. Only while the page is rendered on the server
/// for the request (the HttpContext cascades then); once interactive there is no status to set.
/// </summary>
public static class PageStatus
{
    public static void NotFound(HttpContext? context)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
