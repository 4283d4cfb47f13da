using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>
/// Bulk import of Traffy Fondue exports and community-forum sheets. Idempotent by the source's id (a re-import updates
/// what changed), all-or-nothing per file (one transaction), batched (COPY on PostgreSQL, prepared statements on
/// SQLite; never one SaveChanges per row), and accountable: every rejected row is reported with its reason.
/// </summary>
public sealed class ReportImporter(
    IDbContextFactory<OpsDbContext> dbFactory,
    IOpsEventBus bus,
    IAreaLocator locator,
    ReportReferenceData reference,
    TimeProvider time)
{
    private const int MaxRecordBytes = 1_000_000;

    public async Task<ImportResult> ImportAsync(Stream file, ImportSource source, string fileName, Actor actor, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!ReportPolicy.CanImport(actor))
        {
            return ImportResult.Fatal("บัญชีนี้ไม่มีสิทธิ์นำเข้าเรื่องร้องเรียน / This account may not import reports");
        }

        var startedBy = actor.Name;
        var clock = Stopwatch.StartNew();
        var format = source == ImportSource.Traffy ? (IImportFormat)new TraffyImportFormat() : new CommunityForumFormat();
        var counting = new CountingStream(file);
        var total = file.CanSeek ? file.Length : 0;
        var options = CsvReaderOptions.Default with
        {
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MaxRecordSize = MaxRecordBytes,
        };

        await using var csv = CsvReader.Create(counting, options, leaveOpen: true);
        if (format.CheckHeader(csv.Headers) is { } headerError)
        {
            return ImportResult.Fatal(headerError);
        }

        reference.Invalidate();
        var provinces = new List<ProvinceReportSetup>();
        foreach (var code in await reference.ProvinceCodesAsync(cancellationToken))
        {
            provinces.Add((await reference.ProvinceAsync(code, cancellationToken))!);
        }

        var categories = await reference.CategoriesAsync(cancellationToken);
        var placement = new ImportPlacement(locator, provinces);
        var routes = new RouteCache();
        var channel = source == ImportSource.Traffy ? ReportChannel.Traffy : ReportChannel.CommunityForum;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await ExistingAsync(db, channel, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = new ReportImportRun
        {
            ProvinceCode = provinces.FirstOrDefault()?.ProvinceCode ?? "",
            Source = source,
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 260 } name ? name : "upload.csv",
            StartedBy = startedBy,
            StartedAt = now,
        };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var tally = new Tally();
        await using (var sink = await OpenSinkAsync(db, transaction, cancellationToken))
        {
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            long row = 1;
            try
            {
                while (await csv.ReadAsync(cancellationToken))
                {
                    row++;
                    await HandleRowAsync(csv, row, format, placement, routes, categories, channel, existing, seen, sink, tally, now, cancellationToken);
                    if (row % 2000 == 0)
                    {
                        progress?.Report(new ImportProgress(row - 1, counting.BytesRead, total, "read"));
                    }
                }
            }
            catch (CsvFormatException ex)
            {
                return ImportResult.Fatal($"ไฟล์ CSV เสียหายที่แถว {row + 1}: ไม่มีการนำเข้าข้อมูลใด ๆ / The CSV is malformed at row {row + 1}; nothing was imported ({ex.Message})");
            }

            progress?.Report(new ImportProgress(row - 1, counting.BytesRead, total, "write"));
            foreach (var skipped in await sink.FinishAsync(cancellationToken))
            {
                tally.Accepted--;
                tally.Reject(0, skipped, "บันทึกไม่ได้เพราะซ้ำกับข้อมูลที่มีอยู่ (นำเข้าพร้อมกัน?) ลองนำเข้าอีกครั้ง / Conflicted with an existing report (a concurrent import?); import again");
            }

            tally.Rows = (int)(row - 1);
        }

        // The run is recorded under every province it touched, each with its own counts and the whole file's account.
        var account = ImportAccount.ToJson(tally.Rejections, tally.Flags);
        var touched = tally.ByProvince.Keys.Order(StringComparer.Ordinal).ToList();
        if (touched.Count > 0)
        {
            run.ProvinceCode = touched[0];
        }

        var runs = new List<ReportImportRun> { run };
        runs.AddRange(touched.Skip(1).Select(code => new ReportImportRun
        {
            ProvinceCode = code, Source = run.Source, FileName = run.FileName, StartedBy = run.StartedBy, StartedAt = run.StartedAt,
        }));
        foreach (var each in runs)
        {
            var counts = tally.ByProvince.GetValueOrDefault(each.ProvinceCode) ?? new ProvinceCounts();
            each.FinishedAt = time.GetUtcNow().UtcDateTime;
            each.Rows = tally.Rows;
            each.Accepted = counts.Accepted;
            each.Updated = counts.Updated;
            each.Unchanged = counts.Unchanged;
            each.Flagged = counts.Flagged;
            each.Rejected = tally.RejectedCount;
            each.RejectionsJson = account;
            if (each.Id == 0)
            {
                db.Add(each);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var each in runs)
        {
            db.Record(new OpsEvent(ReportEvents.Imported, each.ProvinceCode, each.Id.ToString(CultureInfo.InvariantCulture), each.FinishedAt));
            foreach (var (district, count) in tally.ByProvince.GetValueOrDefault(each.ProvinceCode)?.Backlog ?? [])
            {
                db.Record(new OpsEvent(ReportEvents.BacklogImported, each.ProvinceCode, string.Create(CultureInfo.InvariantCulture, $"{each.Id}/{district}/{count}"), each.FinishedAt));
            }
        }

        await db.CommitAndPublishAsync(transaction, bus, cancellationToken);
        progress?.Report(new ImportProgress(tally.Rows, counting.BytesRead, total, "done"));
        return new ImportResult(run.Id, tally.Rows, tally.Accepted, tally.Updated, tally.Unchanged, tally.Rejections, tally.RejectedCount,
            tally.Outside, clock.Elapsed)
        {
            Flags = tally.Flags,
            AcceptedByProvince = tally.ByProvince.ToDictionary(p => p.Key, p => p.Value.Accepted + p.Value.Updated + p.Value.Unchanged),
            RunIds = runs.Select(r => r.Id).ToList(),
            Backlog = tally.ByProvince.Values.Sum(p => p.Backlog.Values.Sum()),
        };
    }

    private static async Task HandleRowAsync(
        CsvReader csv, long rowNumber, IImportFormat format, ImportPlacement placement, RouteCache routes, IReadOnlyDictionary<string, ReportCategory> categories,
        ReportChannel channel, Dictionary<string, Existing> existing, Dictionary<string, long> seen, IImportSink sink, Tally tally, DateTime now, CancellationToken ct)
    {
        var (row, rejection) = format.Parse(csv, rowNumber);
        if (row is null)
        {
            tally.Reject(rowNumber, null, rejection!);
            return;
        }

        if (seen.TryGetValue(row.ExternalId, out var firstRow))
        {
            tally.Reject(rowNumber, row.ExternalId, $"เลขที่เรื่องซ้ำกับแถว {firstRow} ในไฟล์เดียวกัน / Same id as row {firstRow} of this file");
            return;
        }

        seen[row.ExternalId] = rowNumber;
        var category = CategoryFor(row.CategoryCode, categories);
        if (category is null)
        {
            tally.Reject(rowNumber, row.ExternalId, $"ไม่รู้จักหมวดหมู่ \"{row.CategoryCode}\" / Unknown category \"{row.CategoryCode}\"");
            return;
        }

        var (place, refusal) = await placement.PlaceAsync(row, ct);
        if (place is null)
        {
            tally.Reject(rowNumber, row.ExternalId, refusal!.Reason, refusal.Province);
            return;
        }

        var counts = tally.For(place.Setup.ProvinceCode);
        if (place.Disagreement is { } disagreement)
        {
            tally.Flags.Add(new ImportRejection(rowNumber, row.ExternalId, disagreement));
            counts.Flagged++;
        }

        var report = Build(row, place, category, routes.Route(place, category.Code), channel, now);
        if (existing.TryGetValue(row.ExternalId, out var known))
        {
            report.Id = known.Id;
            if (known.Matches(report))
            {
                tally.Unchanged++;
                counts.Unchanged++;
                return;
            }

            await sink.UpdateAsync(report, known.Status != report.Status, ct);
            tally.Updated++;
            counts.Updated++;
            return;
        }

        await sink.InsertAsync(report, ct);
        tally.Accepted++;
        counts.Accepted++;
        if (report.EscalationLevel == EscalationLevel.ImportedBacklog)
        {
            counts.Backlog[report.DistrictCode ?? "-"] = counts.Backlog.GetValueOrDefault(report.DistrictCode ?? "-") + 1;
        }
    }

    private static ReportCategory? CategoryFor(string text, IReadOnlyDictionary<string, ReportCategory> categories)
    {
        var value = text.Trim();
        if (categories.TryGetValue(value, out var byCode) || categories.TryGetValue(value.ToLowerInvariant(), out byCode))
        {
            return byCode;
        }

        return categories.Values.FirstOrDefault(c => c.NameTh == value)
               ?? (TraffyFormat.CategoryOf([value]) is var mapped && mapped != "other" ? categories.GetValueOrDefault(mapped) : null);
    }

    private static CitizenReport Build(ImportRow row, PlacedRow place, ReportCategory category, RoutingDecision routing, ReportChannel channel, DateTime now) =>
        new()
        {
            TrackingNumber = TrackingNumbers.ForExternal(place.Setup.TrackingPrefix, channel, row.ExternalId),
            ProvinceCode = place.Setup.ProvinceCode,
            Kind = row.Kind,
            CategoryCode = category.Code,
            Description = row.Description,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            DistrictCode = place.DistrictCode,
            SubdistrictCode = place.SubdistrictCode,
            Address = row.Address,
            Status = row.Status,
            OwnerAgencyId = routing.AgencyId,
            Channel = channel,
            ExternalId = row.ExternalId,
            ReceivedAt = row.ReceivedAt,
            UpdatedAt = now,
            DueAt = ReportSla.DueAt(row.ReceivedAt, category.SlaHours),
            ResolvedAt = row.ResolvedAt,
            ExternalPhotoUrl = row.PhotoUrl,
            ExternalStatus = row.ExternalStatus,
            ReporterCount = row.ReporterCount,
            ReopenCount = row.ReopenCount,
            LocationDisagreement = place.Disagreement is { } d ? ImportText.Clean(d, 500) : null,
            EscalationLevel = ReportStatuses.IsOpen(row.Status) && ReportSla.DueAt(row.ReceivedAt, category.SlaHours) <= now
                ? EscalationLevel.ImportedBacklog
                : EscalationLevel.None,
        };

    private static async Task<Dictionary<string, Existing>> ExistingAsync(OpsDbContext db, ReportChannel channel, CancellationToken ct)
    {
        var rows = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.Channel == channel && r.ExternalId != null)
            .Select(r => new Existing(r.Id, r.ExternalId!, r.Status, r.ExternalStatus, r.CategoryCode, r.ResolvedAt, r.ReopenCount, r.ReporterCount))
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.ExternalId, StringComparer.Ordinal);
    }

    private static async Task<IImportSink> OpenSinkAsync(OpsDbContext db, IDbContextTransaction transaction, CancellationToken ct) =>
        db.Database.GetDbConnection() switch
        {
            NpgsqlConnection pg => await PostgresImportSink.OpenAsync(pg, ct),
            SqliteConnection sqlite => new SqliteImportSink(sqlite, (SqliteTransaction)transaction.GetDbTransaction()),
            var other => throw new NotSupportedException($"No bulk import for {other.GetType().Name}"),
        };

    /// <summary>A file has a few hundred distinct (category, place) pairs; route each once, not once per row.</summary>
    private sealed class RouteCache
    {
        private readonly Dictionary<(string, string, string?, string), RoutingDecision> _decisions = [];

        public RoutingDecision Route(PlacedRow place, string category)
        {
            var key = (place.Setup.ProvinceCode, place.DistrictCode, place.SubdistrictCode, category);
            if (!_decisions.TryGetValue(key, out var decision))
            {
                _decisions[key] = decision = ReportRouting.Route(place.Setup.Rules, category, place.DistrictCode, place.SubdistrictCode, place.Setup.CentralQueueAgencyId);
            }

            return decision;
        }
    }

    /// <summary>What decides whether a re-imported row changed anything.</summary>
    private sealed record Existing(long Id, string ExternalId, ReportStatus Status, string? ExternalStatus, string CategoryCode, DateTime? ResolvedAt, int ReopenCount, int ReporterCount)
    {
        public bool Matches(CitizenReport r) =>
            Status == r.Status && ExternalStatus == r.ExternalStatus && CategoryCode == r.CategoryCode && ReopenCount == r.ReopenCount &&
            ReporterCount == r.ReporterCount && Nullable.Equals(Truncate(ResolvedAt), Truncate(r.ResolvedAt));

        private static DateTime? Truncate(DateTime? value) => value is { } v ? new DateTime(v.Ticks - (v.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc) : null;
    }

    private sealed class ProvinceCounts
    {
        public int Accepted { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Flagged { get; set; }

        /// <summary>New reports imported already overdue, per district.</summary>
        public Dictionary<string, int> Backlog { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Tally
    {
        public int Rows { get; set; }

        public int Accepted { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int RejectedCount { get; private set; }

        public List<ImportRejection> Rejections { get; } = [];

        public List<ImportRejection> Flags { get; } = [];

        public Dictionary<string, int> Outside { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ProvinceCounts> ByProvince { get; } = new(StringComparer.Ordinal);

        public ProvinceCounts For(string province) =>
            ByProvince.TryGetValue(province, out var counts) ? counts : ByProvince[province] = new ProvinceCounts();

        public void Reject(long row, string? id, string reason, string? outside = null)
        {
            RejectedCount++;
            Rejections.Add(new ImportRejection(row, id, reason));

            if (outside is not null)
            {
                Outside[outside] = Outside.GetValueOrDefault(outside) + 1;
            }
        }
    }
}
