using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Intake;

/// <summary>What the reporter is told: enough to follow the report, nothing about anyone.</summary>
public sealed record ReportReceipt(long Id, string TrackingNumber, ReportStatus Status, DateTime? ExpectedAt, string ReporterKey, bool Replayed)
{
    /// <summary>The reporter's own link: every channel hands out this one, because only the key in it lets them reopen.</summary>
    public string TrackUrl => $"/track/{TrackingNumber}?key={ReporterKey}";
}

/// <summary>Exactly one of: a receipt, field errors, or a reused Idempotency-Key with a different body.</summary>
public sealed record IntakeOutcome(ReportReceipt? Receipt, IReadOnlyList<FieldError> Errors, bool KeyConflict = false)
{
    public static IntakeOutcome Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);

    public static IntakeOutcome Invalid(string field, string thai, string english) => new(null, [new FieldError(field, thai, english)]);
}

/// <summary>
/// The one write path for new reports. A report is acknowledged only after the transaction that holds it, its first
/// timeline entry, its contact, its photo, its idempotency record and its "received" event has committed.
/// </summary>
public sealed class ReportIntakeService(
    IDbContextFactory<OpsDbContext> dbFactory,
    IOpsEventBus bus,
    IAreaLocator locator,
    ReportReferenceData reference,
    ReporterKeys keys,
    ReportIds ids,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    Operations.OpsMetrics metrics)
{
    private const int Attempts = 4;

    public async Task<IntakeOutcome> SubmitAsync(ReportSubmission submission, IntakeContext context, CancellationToken cancellationToken = default)
    {
        var errors = SubmissionRules.Validate(submission);
        if (errors.Count > 0)
        {
            return IntakeOutcome.Invalid(errors);
        }

        var categories = await reference.CategoriesAsync(cancellationToken);
        if (!categories.TryGetValue(submission.CategoryCode!.Trim(), out var category))
        {
            return IntakeOutcome.Invalid("category", "ไม่พบหมวดหมู่นี้", "Unknown category");
        }

        var (place, placeError) = await PlaceAsync(submission, cancellationToken);
        if (placeError is not null)
        {
            // A refused point names both coordinates: either may be the one that is wrong.
            return IntakeOutcome.Invalid(placeError.Field == "lat" ? [placeError, placeError with { Field = "long" }] : [placeError]);
        }

        if (submission.Photo is { } upload)
        {
            var photo = PhotoNormalizer.Normalize(upload);
            if (photo.Error is not null)
            {
                return IntakeOutcome.Invalid([photo.Error]);
            }

            submission = submission with { Photo = photo.Jpeg };
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CreateAsync(submission, context, category, place!, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // The key was used before (a retry, or a concurrent twin that won), or an id or tracking number collided.
                // Nothing of this attempt was written: the transaction rolled back whole.
                if (await ReplayAsync(context, cancellationToken) is { } first)
                {
                    return first;
                }

                await ForgetExpiredKeyAsync(context, cancellationToken);
            }
        }
    }

    private async Task<IntakeOutcome> CreateAsync(ReportSubmission s, IntakeContext context, ReportCategory category, Place place, CancellationToken ct)
    {
        // Whole milliseconds: PostgreSQL keeps microseconds, so a replayed answer read back must equal the first one.
        var now = time.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var routing = ReportRouting.Route(place.Setup.Rules, category.Code, place.DistrictCode, place.SubdistrictCode, place.Setup.CentralQueueAgencyId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var possibleDuplicate = s.Latitude is { } lat && s.Longitude is { } lon
            ? await NearestOpenDuplicateAsync(db, place.Setup.ProvinceCode, category.Code, lat, lon, ct)
            : null;

        var report = new CitizenReport
        {
            Id = await ids.NextAsync(db, ct),
            TrackingNumber = TrackingNumbers.New(place.Setup.TrackingPrefix, Random.Shared),
            ProvinceCode = place.Setup.ProvinceCode,
            Kind = s.Kind!.Value,
            CategoryCode = category.Code,
            Description = s.Description!.Trim(),
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            DistrictCode = place.DistrictCode,
            SubdistrictCode = place.SubdistrictCode,
            Address = string.IsNullOrWhiteSpace(s.Address) ? null : s.Address.Trim(),
            Status = ReportStatus.Received,
            OwnerAgencyId = routing.AgencyId,
            Channel = context.Channel,
            ReceivedAt = now,
            UpdatedAt = now,
            DueAt = ReportSla.DueAt(now, category.SlaHours),
            ExternalPhotoUrl = s.PhotoUrl,
            PossibleDuplicateOfId = possibleDuplicate,
        };
        db.Add(report);
        db.Add(ReceivedEntry(report, routing, place.Setup, now));
        if (s.HasContact)
        {
            db.Add(new ReporterContact
            {
                ReportId = report.Id,
                Name = Blank(s.ContactName),
                Phone = Blank(s.ContactPhone),
                Email = Blank(s.ContactEmail),
                ConsentAt = now,
                ConsentSource = context.ConsentSource,
            });
        }

        if (s.Photo is { } photo)
        {
            db.Add(new ReportPhoto { ReportId = report.Id, ContentType = "image/jpeg", Data = photo, Length = photo.Length, CreatedAt = now });
        }

        if (context.IdempotencyKey is { } key)
        {
            db.Add(new IdempotencyRecord
            {
                Key = key,
                RequestHash = context.RequestHash ?? "",
                ReportId = report.Id,
                CreatedAt = now,
                ExpiresAt = now + options.Value.IdempotencyRetention,
            });
        }

        db.Record(new OpsEvent(ReportEvents.Received, report.ProvinceCode, report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(bus, ct);
        metrics.ReportReceived(report.Channel.ToString());
        return new IntakeOutcome(await ReceiptAsync(report.Id, report.TrackingNumber, report.DueAt, replayed: false, ct), []);
    }

    private static ReportTimelineEntry ReceivedEntry(CitizenReport report, RoutingDecision routing, ProvinceReportSetup setup, DateTime now)
    {
        var owner = setup.Agency(routing.AgencyId);
        var note = routing.CentralQueue
            ? $"รับเรื่องแล้ว ส่งเข้าศูนย์รับเรื่องกลางของจังหวัด ({owner?.NameTh}) / Received; sent to the province's central queue"
            : $"รับเรื่องแล้ว ส่งถึง{owner?.NameTh} ตามกฎการส่งต่อเรื่อง / Received; routed to {owner?.NameEn}";
        return new ReportTimelineEntry
        {
            ReportId = report.Id,
            At = now,
            Kind = TimelineKind.Received,
            Status = ReportStatus.Received,
            AgencyId = routing.AgencyId,
            ActorName = "ระบบ / System",
            Note = note,
        };
    }

    private async Task<IntakeOutcome?> ReplayAsync(IntakeContext context, CancellationToken ct)
    {
        if (context.IdempotencyKey is not { } key)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var first = await db.Set<IdempotencyRecord>().AsNoTracking()
            .Where(k => k.Key == key && k.ExpiresAt > now)
            .Join(db.Set<CitizenReport>(), k => k.ReportId, r => r.Id, (k, r) => new { k.RequestHash, r.Id, r.TrackingNumber, r.DueAt })
            .FirstOrDefaultAsync(ct);
        if (first is null)
        {
            return null;
        }

        return first.RequestHash == (context.RequestHash ?? "")
            ? new IntakeOutcome(await ReceiptAsync(first.Id, first.TrackingNumber, first.DueAt, replayed: true, ct), [])
            : new IntakeOutcome(null, [], KeyConflict: true);
    }

    /// <summary>A key past its retention that the sweep has not removed yet must not block a new report.</summary>
    private async Task ForgetExpiredKeyAsync(IntakeContext context, CancellationToken ct)
    {
        if (context.IdempotencyKey is { } key)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = time.GetUtcNow().UtcDateTime;
            await db.Set<IdempotencyRecord>().Where(k => k.Key == key && k.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        }
    }

    private async Task<ReportReceipt> ReceiptAsync(long id, string trackingNumber, DateTime? due, bool replayed, CancellationToken ct) =>
        new(id, trackingNumber, ReportStatus.Received, due, await keys.ReporterKeyAsync(trackingNumber, ct), replayed);

    /// <summary>
    /// A suggestion, not a verdict, so it may be approximate: up to 20 open reports in the box, in whatever order the
    /// index yields them, and the nearest of those. Unordered and limited, the query stays cheap where reports cluster.
    /// </summary>
    private async Task<long?> NearestOpenDuplicateAsync(OpsDbContext db, string province, string category, double lat, double lon, CancellationToken ct)
    {
        var radius = options.Value.DuplicateRadiusMeters;
        var (dLat, dLon) = GeoDistance.BoundingBox(lat, radius);
        var open = ReportStatuses.Open.ToArray();
        var nearby = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.ProvinceCode == province && r.CategoryCode == category && open.Contains(r.Status)
                        && r.Latitude >= lat - dLat && r.Latitude <= lat + dLat && r.Longitude >= lon - dLon && r.Longitude <= lon + dLon)
            .Take(20)
            .Select(r => new { r.Id, r.Latitude, r.Longitude })
            .ToListAsync(ct);
        return nearby
            .Select(r => (r.Id, Distance: GeoDistance.Meters(lat, lon, r.Latitude!.Value, r.Longitude!.Value)))
            .Where(r => r.Distance <= radius)
            .OrderBy(r => r.Distance)
            .Select(r => (long?)r.Id)
            .FirstOrDefault();
    }

    private async Task<(Place? Place, FieldError? Error)> PlaceAsync(ReportSubmission s, CancellationToken ct)
    {
        if (s.Latitude is { } lat && s.Longitude is { } lon)
        {
            var placed = await locator.PlaceAsync(lat, lon, ct);
            var located = placed.Location;
            var setup = located is null ? null : await reference.ProvinceAsync(located.ProvinceCode, ct);
            return setup is null
                ? (null, PlaceErrors.Outside(placed.Province))
                : (new Place(setup, located!.DistrictCode, located.SubdistrictCode), null);
        }

        var subdistrict = AreaCodes.Normalize(s.SubdistrictCode);
        var district = AreaCodes.Normalize(s.DistrictCode) ?? (subdistrict is null ? null : AreaCodes.DistrictOf(subdistrict));
        var province = await reference.ProvinceAsync(district![..2], ct);
        if (province?.Area(district) is null)
        {
            return (null, new FieldError("districtCode", "ไม่พบอำเภอนี้ในพื้นที่ที่ระบบดูแล", "No district with this code in the areas this system serves"));
        }

        if (subdistrict is not null && (province.Area(subdistrict) is null || !subdistrict.StartsWith(district, StringComparison.Ordinal)))
        {
            return (null, new FieldError("subdistrictCode", "ไม่พบตำบลนี้ในอำเภอที่เลือก", "No subdistrict with this code in the chosen district"));
        }

        return (new Place(province, district, subdistrict), null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record Place(ProvinceReportSetup Setup, string DistrictCode, string? SubdistrictCode);
}
