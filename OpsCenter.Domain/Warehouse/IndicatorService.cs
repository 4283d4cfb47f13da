using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Warehouse;

/// <summary>A steward's indicator: over which dataset, what measure, which rows, and the KPI that takes its values.</summary>
public sealed record IndicatorInput(string Dataset, string Kpi, string NameTh, string? NameEn, Measure Measure, string? Of, string? FilterColumn, string? FilterValue, string? AreaCode);

/// <summary>Defines indicators: checked against the dataset's latest table, attached to a KPI, and measured at once.</summary>
public sealed class IndicatorService(IDbContextFactory<OpsDbContext> dbFactory, WarehouseStore store, WarehouseQuery query, IndicatorMeasurer measurer)
{
    /// <summary>The owning agency's data stewards (or an administrator) define an indicator; the KPI must be of the dataset's province and not typed by owners.</summary>
    public async Task<CommandResult> DefineAsync(IndicatorInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dataset = await db.Set<Dataset>().FirstOrDefaultAsync(d => d.Slug == input.Dataset, cancellationToken);
        if (dataset is null)
        {
            return CommandResult.Missing("dataset", "ไม่พบชุดข้อมูล", "No such dataset");
        }

        if (!CatalogPolicy.CanUpload(dataset.OwnerAgencyId, actor))
        {
            return CommandResult.Refused("dataset", "เฉพาะผู้ดูแลข้อมูลของหน่วยงานเจ้าของ", "Only the owning agency's data stewards may define its indicators");
        }

        var kpi = await db.Set<Kpi>().FirstOrDefaultAsync(k => k.Code == input.Kpi && k.ProvinceCode == dataset.ProvinceCode, cancellationToken);
        if (kpi is null)
        {
            return CommandResult.Fail("kpi", "ไม่พบตัวชี้วัดรหัสนี้ในจังหวัดของชุดข้อมูล", "No KPI of this code in the dataset's province");
        }

        if (kpi.Computation is not (KpiComputation.Reported or KpiComputation.Indicator) || kpi.Aggregation != KpiAggregation.LeadValue)
        {
            return CommandResult.Fail("kpi", "ตัวชี้วัดนี้คำนวณจากข้อมูลอื่นหรือรวมจากหลายหน่วยงานอยู่แล้ว", "This KPI is already computed from other data or joined from several agencies");
        }

        if (string.IsNullOrWhiteSpace(input.NameTh))
        {
            return CommandResult.Fail("nameTh", "ต้องระบุชื่อตัวชี้วัดจากข้อมูล", "Name the indicator");
        }

        var indicator = new DatasetIndicator
        {
            ProvinceCode = dataset.ProvinceCode, DatasetId = dataset.Id, NameTh = input.NameTh.Trim(), NameEn = input.NameEn?.Trim(), Measure = input.Measure,
            Of = input.Of, FilterColumn = input.FilterColumn, FilterValue = input.FilterValue, AreaCode = input.AreaCode,
        };
        if (await CheckAsync(db, dataset.Id, indicator, cancellationToken) is { } problem)
        {
            return problem;
        }

        db.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        (kpi.Computation, kpi.SourceIndicatorId, kpi.SourceDatasetId) = (KpiComputation.Indicator, indicator.Id, dataset.Id);
        await db.SaveChangesAsync(cancellationToken);
        await measurer.MeasureAsync(dataset.Id, cancellationToken);
        return CommandResult.Ok(indicator.Id);
    }

    /// <summary>Runs the indicator once on the latest version: a column it names that the data lacks is the steward's field error.</summary>
    private async Task<CommandResult?> CheckAsync(OpsDbContext db, int datasetId, DatasetIndicator indicator, CancellationToken cancellationToken)
    {
        if (indicator.Measure == Measure.RatePerThousand)
        {
            return CommandResult.Fail("measure", "ตัวชี้วัดจากข้อมูลใช้ได้เฉพาะจำนวน ผลรวม หรือค่าเฉลี่ย", "An indicator is a count, a sum or an average");
        }

        var latest = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.DatasetId == datasetId && v.HasContent)
            .OrderByDescending(v => v.Number).Select(v => (long?)v.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is not { } versionId || await store.TableAsync(versionId, cancellationToken: cancellationToken) is not { } table)
        {
            return CommandResult.Fail("dataset", "ชุดข้อมูลนี้ยังไม่มีข้อมูลฉบับใดให้วัด", "The dataset has no stored version to measure");
        }

        try
        {
            await query.AggregateAsync(table, indicator.ToAggregation(), cancellationToken: cancellationToken);
            return null;
        }
        catch (WarehouseQueryException e)
        {
            var field = e.Field switch { "of" => "of", "filters" => "filterColumn", "area" => "areaCode", _ => "measure" };
            return CommandResult.Fail(field, $"ใช้กับข้อมูลฉบับล่าสุดไม่ได้: {e.Message}", $"Does not fit the latest version: {e.Message}");
        }
    }
}
