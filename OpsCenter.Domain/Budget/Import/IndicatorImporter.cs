using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget.Import;

/// <summary>Which columns of an indicator file hold the area code, the value and (optionally) the year.</summary>
public sealed record IndicatorFileLayout(string AreaColumn = "area_code", string ValueColumn = "value", string? YearColumn = "year", int? Year = null)
{
    /// <summary>The TPMAP 2561 province files: province_ID and the count of poor people found by the BMN (จปฐ.) survey.</summary>
    public static IndicatorFileLayout TpmapPoorPeople => new("province_ID", "poor.JPT.CNT", null, 2561);
}

/// <summary>
/// Imports an external indicator (TPMAP poverty counts, say) from CSV: one value per area code. Rows for areas outside
/// this installation are counted and skipped; re-importing the same indicator, area and year replaces the value.
/// </summary>
public sealed class IndicatorImporter(IDbContextFactory<OpsDbContext> dbFactory, IOptionsMonitor<NeedIndexOptions> options, IOpsEventBus bus, TimeProvider time)
{
    public async Task<(ImportReport Report, int OutsideInstallation)> ImportAsync(
        Stream csv, string indicatorCode, IndicatorFileLayout layout, string source, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!BudgetPolicy.CanImport(actor))
        {
            return (ImportReport.FileProblem("file", "บัญชีนี้ไม่มีสิทธิ์นำเข้าตัวชี้วัด", "This account may not import indicators"), 0);
        }

        if (!options.CurrentValue.Indicators.ContainsKey(indicatorCode))
        {
            return (ImportReport.FileProblem("indicator", $"ไม่รู้จักตัวชี้วัด '{indicatorCode}' (กำหนดใน Budget:NeedIndex:Indicators)",
                $"Unknown indicator '{indicatorCode}' (configure it under Budget:NeedIndex:Indicators)"), 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Set<Area>().AsNoTracking().Select(a => new { a.Code, a.ProvinceCode }).ToDictionaryAsync(a => a.Code, a => a.ProvinceCode, cancellationToken);
        var issues = new List<ImportIssue>();
        var values = new Dictionary<(string Area, int Year), (IndicatorValue Value, long Row)>();
        var (read, outside) = (0, 0);
        var readerOptions = CsvReaderOptions.Default with
        {
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            TrackLineNumbers = true,
            OnMalformedRecord = r => issues.Add(new ImportIssue(r.LineNumber, "", "แถวนี้อ่านไม่ได้", $"The row cannot be read ({r.Reason})")),
        };
        using (var reader = CsvReader.Create(csv, readerOptions, leaveOpen: true))
        {
            int? areaIndex = null, valueIndex = null, yearIndex = null;
            while (ProjectImporter.TryRead(reader, issues))
            {
                if (areaIndex is null)
                {
                    areaIndex = IndexOf(reader.Headers, layout.AreaColumn);
                    valueIndex = IndexOf(reader.Headers, layout.ValueColumn);
                    yearIndex = layout.YearColumn is null ? -1 : IndexOf(reader.Headers, layout.YearColumn);
                    if (areaIndex < 0 || valueIndex < 0)
                    {
                        var missing = areaIndex < 0 ? layout.AreaColumn : layout.ValueColumn;
                        return (ImportReport.FileProblem(missing, $"ไม่พบคอลัมน์ '{missing}'", $"Column '{missing}' is missing"), 0);
                    }
                }

                read++;
                var row = reader.LineNumber;
                var rawArea = reader.GetString(areaIndex.Value);
                var code = AreaCodes.Normalize(rawArea);
                if (code is null)
                {
                    issues.Add(new ImportIssue(row, layout.AreaColumn, $"รหัสพื้นที่ '{rawArea}' ไม่ใช่รหัส DOPA", $"Area code '{rawArea}' is not a DOPA code"));
                    continue;
                }

                if (!areas.TryGetValue(code, out var province))
                {
                    outside++;
                    continue;
                }

                var rawValue = valueIndex!.Value < reader.FieldCount ? reader.GetString(valueIndex.Value).Trim() : "";
                if (!double.TryParse(rawValue, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || value < 0 || !double.IsFinite(value))
                {
                    issues.Add(new ImportIssue(row, layout.ValueColumn, $"ค่า '{rawValue}' ไม่ใช่จำนวนที่ไม่ติดลบ", $"Value '{rawValue}' is not a non-negative number"));
                    continue;
                }

                var year = layout.Year ?? 0;
                if (yearIndex is >= 0 && yearIndex < reader.FieldCount && reader.GetString(yearIndex.Value).Trim() is { Length: > 0 } rawYear)
                {
                    if (!int.TryParse(rawYear, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < ProjectImportValidator.MinFiscalYear or > ProjectImportValidator.MaxFiscalYear)
                    {
                        issues.Add(new ImportIssue(row, layout.YearColumn!, $"ปี '{rawYear}' ต้องเป็น พ.ศ.", $"Year '{rawYear}' must be in the Buddhist era"));
                        continue;
                    }
                }

                if (values.TryGetValue((code, year), out var earlier))
                {
                    issues.Add(new ImportIssue(row, layout.AreaColumn, $"พื้นที่และปีซ้ำกับแถว {earlier.Row}", $"Same area and year as row {earlier.Row}"));
                    continue;
                }

                values[(code, year)] = (new IndicatorValue { ProvinceCode = province, IndicatorCode = indicatorCode, AreaCode = code, Year = year, Value = value, Source = source }, row);
            }
        }

        await SaveAsync(db, indicatorCode, values.Values.Select(v => v.Value).ToList(), cancellationToken);
        return (new ImportReport(read, values.Count, values.Count, 0, issues.OrderBy(i => i.Row).ToList()), outside);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private async Task SaveAsync(OpsDbContext db, string indicatorCode, List<IndicatorValue> values, CancellationToken ct)
    {
        if (values.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var areaCodes = values.Select(v => v.AreaCode).Distinct().ToList();
        var existing = await db.Set<IndicatorValue>()
            .Where(v => v.IndicatorCode == indicatorCode && areaCodes.Contains(v.AreaCode))
            .ToListAsync(ct);
        foreach (var value in values)
        {
            value.ImportedAt = now;
            if (existing.FirstOrDefault(e => e.AreaCode == value.AreaCode && e.Year == value.Year) is { } old)
            {
                old.Value = value.Value;
                old.Source = value.Source;
                old.ImportedAt = now;
            }
            else
            {
                db.Add(value);
            }
        }

        foreach (var province in values.Select(v => v.ProvinceCode).Distinct())
        {
            db.Record(new OpsEvent(BudgetEvents.IndicatorsImported, province, indicatorCode, now));
        }

        await db.SaveAndPublishAsync(bus, ct);
    }
}
