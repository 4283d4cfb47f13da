using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Kpis;

/// <summary>A value an owner agency reports for one month of a KPI, with its evidence.</summary>
public sealed record KpiEntry(int KpiId, int AgencyId, int Year, int Month, double? Value, string? EvidenceNote, string? EvidenceUrl);

public enum KpiEntryOutcome
{
    Saved = 1,
    Invalid = 2,
    Forbidden = 3,
    NotFound = 4,
}

public sealed record KpiEntryResult(KpiEntryOutcome Outcome, IReadOnlyList<FieldError> Errors);

/// <summary>
/// The one write path for KPI measurements: validate, store the owner's part, recompute the joint value, announce; and
/// for computed KPIs, record what the system's own figures give.
/// </summary>
public sealed class KpiMeasurementService(IDbContextFactory<OpsDbContext> dbFactory, IEnumerable<IKpiFigure> figures, IOpsEventBus bus, TimeProvider time)
{
    /// <summary>Who a computed value is entered by, in the history table.</summary>
    public const string ComputedBy = "คำนวณโดยระบบ / computed by the system";

    /// <summary>How far back a computed KPI's history is filled where its data keeps one.</summary>
    public const int ComputedHistoryMonths = 12;

    private readonly Dictionary<KpiComputation, IKpiFigure> _figures = figures.ToDictionary(f => f.Computation);

    /// <summary>The KPI a code names, for callers that address KPIs by code (the API); null when none does.</summary>
    public async Task<int?> IdOfAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Kpi>().Where(k => k.Code == code).Select(k => (int?)k.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<KpiEntryResult> RecordAsync(KpiEntry entry, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kpi = await db.Set<Kpi>().Include(k => k.Owners).FirstOrDefaultAsync(k => k.Id == entry.KpiId, ct);
        if (kpi is null)
        {
            return new KpiEntryResult(KpiEntryOutcome.NotFound, []);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var owner = kpi.Owners.FirstOrDefault(o => o.AgencyId == entry.AgencyId);
        if (owner is null || !KpiPolicy.CanReportFor(editor, entry.AgencyId))
        {
            return new KpiEntryResult(KpiEntryOutcome.Forbidden, [new("agencyId", "หน่วยงานของคุณไม่ใช่เจ้าของตัวชี้วัดนี้", "Your agency does not own this KPI")]);
        }

        var errors = Validate(entry, kpi, owner, now);
        if (errors.Count > 0)
        {
            return new KpiEntryResult(KpiEntryOutcome.Invalid, errors);
        }

        var period = KpiPeriods.MonthStart(entry.Year, entry.Month);
        var part = await db.Set<KpiPartMeasurement>().FirstOrDefaultAsync(m => m.KpiId == kpi.Id && m.AgencyId == owner.AgencyId && m.PeriodStart == period, ct);
        if (part is null)
        {
            part = new KpiPartMeasurement { KpiId = kpi.Id, AgencyId = owner.AgencyId, PeriodStart = period, EnteredByName = editor.Name };
            db.Add(part);
        }

        part.Value = entry.Value!.Value;
        part.EnteredByUserId = editor.UserId;
        part.EnteredByName = editor.Name;
        part.EnteredAt = now;
        part.EvidenceNote = entry.EvidenceNote?.Trim();
        part.EvidenceUrl = string.IsNullOrWhiteSpace(entry.EvidenceUrl) ? null : entry.EvidenceUrl.Trim();

        var reported = await db.Set<KpiPartMeasurement>().Where(m => m.KpiId == kpi.Id && m.PeriodStart == period && m.AgencyId != owner.AgencyId).ToListAsync(ct);
        reported.Add(part);
        await UpdateJointValueAsync(db, kpi, period, reported, part, ct);
        db.Record(new OpsEvent(KpiEvents.Measured, kpi.ProvinceCode, kpi.Id.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(bus, ct);
        return new KpiEntryResult(KpiEntryOutcome.Saved, []);
    }

    public static List<FieldError> Validate(KpiEntry entry, Kpi kpi, KpiOwner owner, DateTime nowUtc)
    {
        if (kpi.IsComputed)
        {
            return [new("value", "ค่าของตัวชี้วัดนี้คำนวณจากข้อมูลในระบบ ไม่ต้องบันทึก", "This KPI is computed from the system's own data; nobody enters it")];
        }

        var errors = new List<FieldError>();
        if (entry.Value is not { } value || !double.IsFinite(value))
        {
            errors.Add(new("value", "ต้องระบุค่าเป็นตัวเลข", "A numeric value is required"));
        }
        else if (value < 0 || (kpi.Unit == "%" && value > 100))
        {
            errors.Add(new("value", kpi.Unit == "%" ? "ค่าร้อยละต้องอยู่ระหว่าง 0 ถึง 100" : "ค่าต้องไม่ติดลบ", kpi.Unit == "%" ? "A percentage must be 0–100" : "The value cannot be negative"));
        }

        if (entry.Month is < 1 or > 12 || entry.Year is < 2000 or > 2200)
        {
            errors.Add(new("month", "เดือนหรือปีไม่ถูกต้อง (ใช้ปี ค.ศ.)", "Invalid month or year (Gregorian)"));
        }
        else if (KpiPeriods.MonthStart(entry.Year, entry.Month) > KpiPeriods.MonthContaining(nowUtc))
        {
            errors.Add(new("month", "ยังไม่ถึงเดือนนี้", "This month has not started yet"));
        }

        if (kpi.Aggregation == KpiAggregation.LeadValue && !owner.IsLead)
        {
            errors.Add(new("agencyId", "ค่าของตัวชี้วัดนี้รายงานโดยหน่วยงานหลัก", "The lead agency reports this KPI's value"));
        }

        if (string.IsNullOrWhiteSpace(entry.EvidenceNote) && string.IsNullOrWhiteSpace(entry.EvidenceUrl))
        {
            errors.Add(new("evidence", "ต้องแนบหลักฐาน (คำอธิบายหรือลิงก์)", "Evidence (a note or a link) is required"));
        }
        else if (!string.IsNullOrWhiteSpace(entry.EvidenceUrl)
                 && !(Uri.TryCreate(entry.EvidenceUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add(new("evidenceUrl", "ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https://", "The evidence link must be an http(s) address"));
        }

        return errors;
    }

    /// <summary>
    /// Records each computed KPI's running month as its figure gives it now, and the closed months of the last year its
    /// data can still compute and nothing recorded. Run every hour or so (<see cref="ComputedKpiRecorder"/>): when a month
    /// closes, its row holds the value as it stood at the close, which is all a budget line or a dataset can tell later.
    /// Pages never wait for it: they compute the running month themselves. Returns the number of rows written.
    /// </summary>
    public async Task<int> RecordComputedAsync(CancellationToken ct = default)
    {
        // Another instance's recorder (or the demo seeding beside it) may write the same months at the same moment: the
        // loser's insert fails on the (kpi, period) key; reading again finds the rows and updates them instead.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordComputedOnceAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<int> RecordComputedOnceAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kpis = await db.Set<Kpi>().Where(k => k.Computation != KpiComputation.Reported).OrderBy(k => k.Id).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var month = KpiPeriods.MonthContaining(now);
        var first = KpiPeriods.Shift(month, -ComputedHistoryMonths);
        var written = 0;
        foreach (var kpi in kpis)
        {
            if (!_figures.TryGetValue(kpi.Computation, out var figure))
            {
                continue;
            }

            var recorded = await db.Set<KpiMeasurement>().Where(m => m.KpiId == kpi.Id && m.PeriodStart >= first).ToDictionaryAsync(m => m.PeriodStart, ct);
            var periods = figure.KeepsHistory ? Enumerable.Range(0, ComputedHistoryMonths + 1).Select(i => KpiPeriods.Shift(month, -i)) : [month];
            var changed = false;
            foreach (var period in periods)
            {
                // A closed month once recorded is history; only the running month is brought up to date.
                var closed = period < month;
                if (closed && recorded.ContainsKey(period))
                {
                    continue;
                }

                if (await figure.ValueAsync(kpi.ProvinceCode, period, closed ? KpiPeriods.Shift(period, 1) : now, ct) is not { } figured)
                {
                    continue;
                }

                var value = Math.Round(figured.Value, 4);
                if (recorded.TryGetValue(period, out var row) && row.Value.Equals(value))
                {
                    continue;
                }

                if (row is null)
                {
                    row = new KpiMeasurement { KpiId = kpi.Id, PeriodStart = period };
                    db.Add(row);
                }

                (row.Value, row.EnteredAt, row.EnteredByUserId, row.EnteredByName) = (value, now, null, ComputedBy);
                (row.EvidenceNote, row.EvidenceUrl) = ($"{figured.BasisTh} / {figured.BasisEn}", null);
                written++;
                changed = true;
            }

            if (changed)
            {
                db.Record(new OpsEvent(KpiEvents.Measured, kpi.ProvinceCode, kpi.Id.ToString(CultureInfo.InvariantCulture), now));
            }
        }

        await db.SaveAndPublishAsync(bus, ct);
        return written;
    }

    private static async Task UpdateJointValueAsync(OpsDbContext db, Kpi kpi, DateTime period, List<KpiPartMeasurement> reported, KpiPartMeasurement latest, CancellationToken ct)
    {
        var parts = kpi.Aggregation == KpiAggregation.LeadValue
            ? kpi.Owners.Where(o => o.IsLead).Select(o => new KpiPart(o.AgencyId, 1, reported.FirstOrDefault(r => r.AgencyId == o.AgencyId)?.Value)).ToList()
            : kpi.Owners.Select(o => new KpiPart(o.AgencyId, o.Weight, reported.FirstOrDefault(r => r.AgencyId == o.AgencyId)?.Value)).ToList();
        var fiscalYear = Common.ThaiCalendar.FiscalYearOf(period);
        var targets = await db.Set<KpiTarget>().Where(t => t.KpiId == kpi.Id && t.FiscalYear == fiscalYear).Select(t => (double?)t.Target).FirstOrDefaultAsync(ct);
        var joint = JointKpiStatus.Of(kpi.Aggregation, parts, targets, kpi.Direction);
        var measurement = await db.Set<KpiMeasurement>().FirstOrDefaultAsync(m => m.KpiId == kpi.Id && m.PeriodStart == period, ct);
        if (joint.Value is not { } value)
        {
            return;
        }

        if (measurement is null)
        {
            measurement = new KpiMeasurement { KpiId = kpi.Id, PeriodStart = period };
            db.Add(measurement);
        }

        measurement.Value = Math.Round(value, 4);
        measurement.EnteredByUserId = latest.EnteredByUserId;
        measurement.EnteredByName = latest.EnteredByName;
        measurement.EnteredAt = latest.EnteredAt;
        measurement.EvidenceNote = parts.Count == 1 ? latest.EvidenceNote : $"รวมจาก {parts.Count} หน่วยงาน / joint value of {parts.Count} agencies";
        measurement.EvidenceUrl = parts.Count == 1 ? latest.EvidenceUrl : null;
    }
}
