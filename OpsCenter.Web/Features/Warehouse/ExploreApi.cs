using System.Globalization;
using System.Text;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Warehouse;

/// <summary>The explorer's result as CSV: the same view, the same path, the same suppression as the page.</summary>
public static class ExploreApi
{
    public static IEndpointRouteBuilder MapWarehouseApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/catalog/{slug}/explore.csv", DownloadAsync).AllowAnonymous();
        endpoints.MapIndicatorApi();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string slug, HttpContext http, Explorer explorer, string? version, string? by, string? then, string? measure, string? of, string? where, string? @is,
        string? per, string? perversion, string? perof, CancellationToken ct)
    {
        var outcome = await explorer.RunAsync(slug, ExploreView.Parse(ExploreView.VersionOf(version), by, then, measure, of, where, @is).Joined(per, perversion, perof), ActorClaims.ToActor(http.User), ct);
        switch (outcome.Answer)
        {
            case ExploreAnswer.NoDataset or ExploreAnswer.NoRows:
                return TypedResults.Problem(statusCode: 404, title: "ไม่พบข้อมูลที่สำรวจได้ / No explorable data");
            case ExploreAnswer.NotCleared:
                return TypedResults.Problem(statusCode: 403, title: "ชุดข้อมูลนี้มีชั้นความลับ / This dataset is classified");
            case ExploreAnswer.BadView:
                return TypedResults.Problem(statusCode: 400, title: "เลือกมุมมองนี้ไม่ได้ / This view cannot be shown", detail: outcome.Problem);
        }

        var view = outcome.View!;
        var groupings = new[] { view.By, view.Then }.Where(g => g is not null).ToList();
        var csv = new StringBuilder("\uFEFF");
        var header = groupings.SelectMany(g => ExploreView.AreaLevelOf(g) is null ? [ExploreText.GroupingName(outcome.Table!, g)] : new[] { "area_code", ExploreText.GroupingName(outcome.Table!, g) })
            .Append(ExploreText.MeasureName(view)).Append("rows");
        csv.AppendJoin(',', header.Select(Field)).Append("\r\n");
        foreach (var row in outcome.Result!.Rows)
        {
            var cells = groupings.SelectMany((g, i) => ExploreView.AreaLevelOf(g) is null
                ? [row.Keys[i] ?? ""]
                : new[] { row.Keys[i] ?? "", ExploreText.Key(g, row.Keys[i], outcome.Areas!) });
            cells = cells.Append(row.Value?.ToString(CultureInfo.InvariantCulture) ?? "").Append(row.Rows.ToString(CultureInfo.InvariantCulture));
            csv.AppendJoin(',', cells.Select(Field)).Append("\r\n");
        }

        var name = $"{slug}-v{outcome.Version!.Number}-explore.csv";
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
