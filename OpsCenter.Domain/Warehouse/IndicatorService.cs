using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Warehouse;

/// <summary>A steward's indicator: over which dataset, what measure, which rows, and the KPI that takes its values.</summary>
/// <remarks>An indicator feeds a KPI, a need-index input (one value per area of <paramref name="ByAreaLevel"/>), or both.</remarks>
public sealed record IndicatorInput(string Dataset, string? Kpi, string NameTh, string? NameEn, Measure Measure, string? Of, string? FilterColumn, string? FilterValue, string? AreaCode,
    string? NeedInput = null, AreaLevel? ByAreaLevel = null);

/// <summary>Defines indicators: checked against the dataset's latest table, attached to a KPI, and measured at once.</summary>
public sealed class IndicatorService(IDbContextFactory<OpsDbContext> dbFactory, WarehouseStore store, WarehouseQuery query, IndicatorMeasurer measurer, IOptionsMonitor<NeedIndexOptions> needOptions)
{
    /// <summary>The owning agency's data stewards (or an administrator) define an indicator; the KPI must be of the dataset's province and not typed by owners.</summary>
    public async Task<CommandResult> DefineAsync(IndicatorInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (IndicatorRules.Check(input) is { Count: > 0 } errors)
        {
            return new CommandResult(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dataset = await db.Set<Dataset>().FirstOrDefaultAsync(d => d.Slug == input.Dataset.Trim(), cancellationToken);
        if (dataset is null)
        {
            return CommandResult.Missing("dataset", "ไม่พบชุดข้อมูล", "No such dataset");
        }

        if (!CatalogPolicy.CanUpload(dataset.OwnerAgencyId, actor))
        {
            return CommandResult.Refused("dataset", "เฉพาะผู้ดูแลข้อมูลของหน่วยงานเจ้าของ", "Only the owning agency's data stewards may define its indicators");
        }

        var kpiCode = string.IsNullOrWhiteSpace(input.Kpi) ? null : input.Kpi.Trim();
        var needInput = string.IsNullOrWhiteSpace(input.NeedInput) ? null : input.NeedInput.Trim();
        var kpi = kpiCode is null ? null : await db.Set<Kpi>().FirstOrDefaultAsync(k => k.Code == kpiCode && k.ProvinceCode == dataset.ProvinceCode, cancellationToken);
        if (kpiCode is not null && kpi is null)
        {
            return CommandResult.Fail("kpi", "ไม่พบตัวชี้วัดรหัสนี้ในจังหวัดของชุดข้อมูล", "No KPI of this code in the dataset's province");
        }

        if (kpi is not null && (kpi.Computation is not (KpiComputation.Reported or KpiComputation.Indicator) || kpi.Aggregation != KpiAggregation.LeadValue))
        {
            return CommandResult.Fail("kpi", "ตัวชี้วัดนี้คำนวณจากข้อมูลอื่นหรือรวมจากหลายหน่วยงานอยู่แล้ว", "This KPI is already computed from other data or joined from several agencies");
        }

        if (needInput is not null && await CheckNeedInputAsync(db, dataset.ProvinceCode, needInput, input.ByAreaLevel, cancellationToken) is { } needProblem)
        {
            return needProblem;
        }

        var indicator = new DatasetIndicator
        {
            ProvinceCode = dataset.ProvinceCode, DatasetId = dataset.Id, NameTh = input.NameTh.Trim(), NameEn = Blank(input.NameEn), Measure = input.Measure,
            Of = Blank(input.Of), FilterColumn = Blank(input.FilterColumn), FilterValue = input.FilterValue?.Trim(), AreaCode = AreaCodes.Normalize(input.AreaCode),
            NeedInputCode = needInput, ByAreaLevel = needInput is null ? null : input.ByAreaLevel ?? AreaLevel.District,
        };
        if (await CheckAsync(db, dataset.Id, indicator, cancellationToken) is { } problem)
        {
            return problem;
        }

        db.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        if (kpi is not null)
        {
            (kpi.Computation, kpi.SourceIndicatorId, kpi.SourceDatasetId) = (KpiComputation.Indicator, indicator.Id, dataset.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        await measurer.MeasureAsync(dataset.Id, cancellationToken);
        return CommandResult.Ok(indicator.Id);
    }

    /// <summary>A need input is one the need index knows, at a level it is computed for, and fed by one indicator per province.</summary>
    private async Task<CommandResult?> CheckNeedInputAsync(OpsDbContext db, string provinceCode, string code, AreaLevel? level, CancellationToken cancellationToken)
    {
        if (!needOptions.CurrentValue.Indicators.ContainsKey(code))
        {
            return CommandResult.Fail("needInput", "ดัชนีความต้องการไม่มีปัจจัยรหัสนี้", "The need index has no input of this code");
        }

        if (level is AreaLevel.Province)
        {
            return CommandResult.Fail("byAreaLevel", "ดัชนีความต้องการคิดรายอำเภอหรือรายตำบล", "The need index is computed by district or subdistrict");
        }

        var feeding = await db.Set<DatasetIndicator>().AsNoTracking().Where(i => i.ProvinceCode == provinceCode && i.NeedInputCode == code)
            .Select(i => i.NameTh).FirstOrDefaultAsync(cancellationToken);
        return feeding is null ? null
            : CommandResult.Fail("needInput", $"ปัจจัยนี้รับค่าจากตัวชี้วัด \"{feeding}\" อยู่แล้ว", $"This input already takes its values from \"{feeding}\"");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Runs the indicator once on the latest version: a column it names that the data lacks is the steward's field error.</summary>
    private async Task<CommandResult?> CheckAsync(OpsDbContext db, int datasetId, DatasetIndicator indicator, CancellationToken cancellationToken)
    {
        var latest = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.DatasetId == datasetId && v.HasContent)
            .OrderByDescending(v => v.Number).Select(v => (long?)v.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is not { } versionId || await store.TableAsync(versionId, cancellationToken: cancellationToken) is not { } table)
        {
            return CommandResult.Fail("dataset", "ชุดข้อมูลนี้ยังไม่มีข้อมูลฉบับใดให้วัด", "The dataset has no stored version to measure");
        }

        try
        {
            await query.AggregateAsync(table, indicator.NeedInputCode is null ? indicator.ToAggregation() : indicator.ToAreaAggregation(), cancellationToken: cancellationToken);
            return null;
        }
        catch (WarehouseQueryException e)
        {
            var field = e.Field switch { "of" => "of", "filters" => "filterColumn", "area" => "areaCode", "group" => "byAreaLevel", _ => "measure" };
            return CommandResult.Fail(field, $"ใช้กับข้อมูลฉบับล่าสุดไม่ได้: {e.Message}", $"Does not fit the latest version: {e.Message}");
        }
    }
}
