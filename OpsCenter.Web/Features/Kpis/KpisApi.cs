using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Kpis;

public sealed record KpiMeasurementRequest(int? AgencyId, int Year, int Month, double? Value, string? EvidenceNote, string? EvidenceUrl);

/// <summary>A KPI tile for partner apps; <c>Partial</c> when the value is the running month's to date, <c>Computed</c> when the system computes it.</summary>
public sealed record KpiTileDto(
    string Code, string NameTh, string NameEn, string Unit, double? Value, double? Target, string Status, string Trend, string PeriodStart, IReadOnlyList<string> AwaitedOwners,
    string UnitEn, bool Partial, bool Computed);

/// <summary>Measurement entry (the same service as the page's form) and the KPI tiles as JSON for the wall.</summary>
public static class KpisApi
{
    public static IEndpointRouteBuilder MapKpisApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/kpis", TilesAsync).RequireAuthorization(KpiPolicy.Read);
        endpoints.MapPost("/api/kpis/{code}/measurements", RecordAsync).RequireAuthorization(KpiPolicy.Report).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> TilesAsync(HttpContext http, KpiBoardQuery board, CurrentProvince province, CancellationToken ct)
    {
        var cards = await board.CardsAsync(http.User.ToActor(), ct);
        return TypedResults.Ok(cards.Select(c => new KpiTileDto(c.Kpi.Code, c.Kpi.NameTh, c.Kpi.NameEn, c.Kpi.Unit, c.Latest?.Value, c.CurrentTarget,
            c.Status.ToString(), c.Trend.ToString(), (c.Latest?.PeriodStart ?? c.ReportingPeriod).ToString("O"), c.AwaitedOwners.Select(a => a.Code).ToList(),
            c.Kpi.UnitEn ?? c.Kpi.Unit, c.Latest?.Partial ?? false, c.Kpi.IsComputed)));
    }

    private static async Task<IResult> RecordAsync(string code, KpiMeasurementRequest request, HttpContext http, KpiMeasurementService service, CancellationToken ct)
    {
        var kpiId = await service.IdOfAsync(code, ct);
        if (kpiId is null)
        {
            return ApiProblems.NotFound("ไม่พบตัวชี้วัด", "No such KPI");
        }

        var user = http.User;
        var editor = user.ToActor();
        var agencyId = request.AgencyId ?? editor.AgencyId ?? 0;
        var result = await service.RecordAsync(new KpiEntry(kpiId.Value, agencyId, request.Year, request.Month, request.Value, request.EvidenceNote, request.EvidenceUrl), editor, ct);
        return result.Outcome switch
        {
            KpiEntryOutcome.Saved => TypedResults.NoContent(),
            KpiEntryOutcome.Forbidden => TypedResults.Problem(statusCode: 403, title: ApiProblems.Message(result.Errors[0].Thai, result.Errors[0].English)),
            KpiEntryOutcome.NotFound => ApiProblems.NotFound("ไม่พบตัวชี้วัด", "No such KPI"),
            _ => ApiProblems.Fields(result.Errors),
        };
    }
}
