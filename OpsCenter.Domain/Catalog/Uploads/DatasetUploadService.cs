using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Catalog.Uploads;

/// <summary>
/// The one write path for new data versions: stage (copy aside, profile, schema-check), then publish (store the bytes in
/// chunks, move the dataset's last data update, announce it). Pages and the HTTP API both come through here.
/// </summary>
public sealed class DatasetUploadService(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time)
{
    public const int ChunkBytes = 1 << 20;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static string StagingFolder => Path.Combine(Path.GetTempPath(), "opscenter-uploads");

    /// <summary>Copies the upload aside while reporting bytes received, profiles it and compares it with the latest version.</summary>
    public async Task<UploadCheck> CheckAsync(int datasetId, Stream content, string fileName, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(StagingFolder);
        var token = Guid.NewGuid().ToString("N");
        var path = StagedPath(token);
        long size;
        string sha;
        byte[] head = new byte[4];
        await using (var file = File.Create(path))
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[81920];
            size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (size < head.Length)
                {
                    Array.Copy(buffer, 0, head, size, (int)Math.Min(read, head.Length - size));
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                hash.AppendData(buffer, 0, read);
                size += read;
                progress?.Report(size);
            }

            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        var format = FormatOf(fileName, head, size);
        var issues = new List<UploadIssue>();
        var profile = new TableProfile([], 0, [], []);
        if (format is null)
        {
            issues.Add(new UploadIssue("format", "รับเฉพาะไฟล์ CSV หรือ XLSX", "Only CSV or XLSX files are accepted", true));
        }
        else if (size == 0)
        {
            issues.Add(new UploadIssue("empty", "ไฟล์ว่างเปล่า", "The file is empty", true));
        }
        else
        {
            try
            {
                await using var staged = File.OpenRead(path);
                profile = format == "XLSX" ? XlsxTableReader.Profile(staged, cancellationToken: cancellationToken) : CsvTableReader.Profile(staged, cancellationToken: cancellationToken);
                issues.AddRange(UploadCheck.IssuesOf(profile));
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or InvalidOperationException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or CsvHelper.CsvFormatException)
            {
                issues.Add(new UploadIssue("unreadable", "อ่านไฟล์ไม่ได้ ไฟล์อาจเสียหาย", "The file could not be read; it may be damaged", true));
            }
        }

        SchemaChanges? changes = null;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var previous = await db.Set<DatasetVersion>().AsNoTracking()
                .Where(v => v.DatasetId == datasetId && v.HasContent)
                .OrderByDescending(v => v.Number)
                .Select(v => new { v.ColumnsJson, v.RowCount })
                .FirstOrDefaultAsync(cancellationToken);
            if (previous is not null && profile.Columns.Count > 0)
            {
                changes = SchemaComparison.Compare(TableProfile.ParseColumns(previous.ColumnsJson), previous.RowCount, profile.Columns, profile.RowCount);
            }
        }

        return new UploadCheck(token, datasetId, Path.GetFileName(fileName), format ?? "", size, sha, profile, changes, issues);
    }

    /// <summary>A version's file for this actor: stored content, an external link, or why not.</summary>
    public async Task<DownloadTarget> FindDownloadAsync(string slug, int number, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Set<Dataset>().AsNoTracking().Where(d => d.Slug == slug)
            .Join(db.Set<DatasetVersion>().Where(v => v.Number == number), d => d.Id, v => v.DatasetId, (d, v) => new { Dataset = d, Version = v })
            .FirstOrDefaultAsync(cancellationToken);
        return found switch
        {
            null or { Version: { HasContent: false, ExternalUrl: null } } => new(DownloadAnswer.NotFound),
            _ when !CatalogPolicy.CanSeeContent(found.Dataset, actor) => new(actor.IsStaff ? DownloadAnswer.NotCleared : DownloadAnswer.SignInFirst),
            _ => new(found.Version.HasContent ? DownloadAnswer.Content : DownloadAnswer.External, found.Version),
        };
    }

    /// <summary>
    /// Whether the actor may upload to the dataset, before its body is read: the dataset's id, or not found, or refused
    /// (only the owning agency's data stewards, or an administrator).
    /// </summary>
    public async Task<CommandResult> MayUploadAsync(string slug, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        return dataset switch
        {
            null => CommandResult.Missing("slug", "ไม่พบชุดข้อมูล", "No such dataset"),
            _ when !CatalogPolicy.CanUpload(dataset.OwnerAgencyId, actor) =>
                CommandResult.Refused("slug", "เฉพาะผู้ดูแลข้อมูลของหน่วยงานเจ้าของ", "Only the owning agency's data stewards may upload"),
            _ => CommandResult.Ok(dataset.Id),
        };
    }

    /// <summary>
    /// Stores the staged file as the next version and moves the dataset's last real data update to now; null when the
    /// actor may not upload to this dataset.
    /// </summary>
    public async Task<DatasetVersion?> PublishAsync(UploadCheck check, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!check.CanPublish)
        {
            throw new InvalidOperationException("A check with blocking issues cannot be published.");
        }

        var path = StagedPath(check.Token);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dataset = await db.Set<Dataset>().FirstAsync(d => d.Id == check.DatasetId, cancellationToken);
        if (!CatalogPolicy.CanUpload(dataset.OwnerAgencyId, actor))
        {
            Discard(check);
            return null;
        }

        // Chunks go in batches inside one transaction, so a large file never sits whole in memory and never half-lands.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = 1 + (await db.Set<DatasetVersion>().Where(v => v.DatasetId == dataset.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0);
        var version = new DatasetVersion
        {
            DatasetId = dataset.Id,
            Number = number,
            FileName = check.FileName,
            Format = check.Format,
            SizeBytes = check.SizeBytes,
            RowCount = check.Profile.RowCount,
            ColumnsJson = check.Profile.ColumnsJson(),
            SchemaChangesJson = check.Changes is null ? null : JsonSerializer.Serialize(check.Changes, Json),
            Sha256 = check.Sha256,
            UploadedByUserId = actor.UserId,
            UploadedByName = actor.Name,
            UploadedAt = now,
            HasContent = true,
        };
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await StoreChunksAsync(db, version.Id, path, cancellationToken);

        dataset.LastDataUpdateAt = now;
        dataset.AnnouncedFreshness = FreshnessState.Current;
        db.Record(new OpsEvent(CatalogEvents.DatasetUpdated, dataset.ProvinceCode, dataset.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
        await db.CommitAndPublishAsync(transaction, bus, cancellationToken);
        Discard(check);
        return version;
    }

    /// <summary>
    /// Check and publish in one call, for the HTTP API: the check, the version when it was published, and whether the
    /// actor is cleared to see the rows (an administrator uploads for an agency without reading its personal data).
    /// </summary>
    public async Task<(UploadCheck Check, DatasetVersion? Version, bool MaySeeContent)> UploadAsync(int datasetId, Stream content, string fileName, Actor actor, bool dryRun, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(datasetId, content, fileName, null, cancellationToken);
        bool maySee;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            maySee = CatalogPolicy.CanSeeContent(await db.Set<Dataset>().AsNoTracking().FirstAsync(d => d.Id == datasetId, cancellationToken), actor);
        }

        if (dryRun || !check.CanPublish)
        {
            Discard(check);
            return (check, null, maySee);
        }

        return (check, await PublishAsync(check, actor, cancellationToken), maySee);
    }

    public void Discard(UploadCheck check)
    {
        try
        {
            File.Delete(StagedPath(check.Token));
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The first rows of a version: a CSV needs only its first chunk; a workbook is read whole (it is compressed, so small).</summary>
    public async Task<TableProfile> PreviewAsync(DatasetVersion version, CancellationToken cancellationToken = default)
    {
        using var content = new MemoryStream();
        if (version.Format == "CSV")
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var first = await db.Set<DatasetVersionChunk>().Where(c => c.VersionId == version.Id && c.Index == 0).Select(c => c.Bytes).FirstAsync(cancellationToken);
            await content.WriteAsync(first, cancellationToken);
            content.Position = 0;
            return CsvTableReader.Profile(content);
        }

        await CopyContentAsync(version.Id, content, cancellationToken);
        content.Position = 0;
        return XlsxTableReader.Profile(content);
    }

    /// <summary>The stored bytes of a version, chunk by chunk.</summary>
    public async Task CopyContentAsync(long versionId, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var count = await db.Set<DatasetVersionChunk>().CountAsync(c => c.VersionId == versionId, cancellationToken);
        for (var index = 0; index < count; index++)
        {
            var bytes = await db.Set<DatasetVersionChunk>().AsNoTracking()
                .Where(c => c.VersionId == versionId && c.Index == index)
                .Select(c => c.Bytes)
                .SingleAsync(cancellationToken);
            await destination.WriteAsync(bytes, cancellationToken);
        }
    }

    /// <summary>XLSX is a zip (PK\3\4); a CSV that starts like one is a renamed workbook.</summary>
    public static string? FormatOf(string fileName, ReadOnlySpan<byte> head, long size)
    {
        var isZip = size >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" when isZip => "XLSX",
            ".csv" or ".txt" when !isZip => "CSV",
            _ => null,
        };
    }

    private static async Task StoreChunksAsync(OpsDbContext db, long versionId, string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var index = 0;
        while (true)
        {
            var buffer = new byte[ChunkBytes];
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = await file.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            if (filled == 0)
            {
                break;
            }

            db.Add(new DatasetVersionChunk { VersionId = versionId, Index = index++, Bytes = filled == buffer.Length ? buffer : buffer[..filled] });
            if (index % 8 == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                foreach (var entry in db.ChangeTracker.Entries<DatasetVersionChunk>().ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    private static string StagedPath(string token) =>
        Path.Combine(StagingFolder, token.All(char.IsAsciiHexDigit) ? token : throw new ArgumentException("Bad staging token.", nameof(token)));
}

public enum DownloadAnswer
{
    NotFound,
    SignInFirst,
    NotCleared,
    External,
    Content,
}

public sealed record DownloadTarget(DownloadAnswer Answer, DatasetVersion? Version = null);
