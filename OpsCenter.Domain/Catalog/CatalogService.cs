using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog;

/// <summary>The editable description of a dataset; editing it never moves its freshness.</summary>
public sealed record DatasetMetadataEdit(
    string TitleTh, string? TitleEn, string? Description, string? Objective, string? Tags, string? Maintainer, string? MaintainerEmail,
    DatasetDataType DataType, GeoCoverage GeoCoverage, string? DataSource, string? DataFormat, string? License,
    FrequencyUnit FrequencyUnit, int FrequencyInterval, DataClassification Classification);

public sealed record ImportOutcome(ImportedPackage Package, string Action);

/// <summary>Changes to the catalog's descriptions: edits and imports from an agency's CKAN. New data comes through the upload service.</summary>
public sealed class CatalogService(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time)
{
    /// <summary>Field → Thai / English message; empty when the edit is valid.</summary>
    public static Dictionary<string, (string Thai, string English)> Validate(DatasetMetadataEdit edit)
    {
        var errors = new Dictionary<string, (string, string)>();
        if (string.IsNullOrWhiteSpace(edit.TitleTh))
        {
            errors["titleTh"] = ("ต้องระบุชื่อชุดข้อมูล", "A Thai title is required");
        }

        if (edit.FrequencyInterval is < 1 or > 1000)
        {
            errors["frequencyInterval"] = ("ความถี่ต้องเป็นจำนวนเต็ม 1–1000", "The interval must be 1–1000");
        }

        if (!Enum.IsDefined(edit.FrequencyUnit))
        {
            errors["frequencyUnit"] = ("หน่วยความถี่ไม่ถูกต้อง", "Unknown frequency unit");
        }

        if (!Enum.IsDefined(edit.Classification))
        {
            errors["classification"] = ("หมวดหมู่ข้อมูลไม่ถูกต้อง", "Unknown classification");
        }

        if (!string.IsNullOrWhiteSpace(edit.MaintainerEmail) && !edit.MaintainerEmail.Contains('@', StringComparison.Ordinal))
        {
            errors["maintainerEmail"] = ("อีเมลผู้ติดต่อไม่ถูกต้อง", "The contact e-mail is not valid");
        }

        return errors;
    }

    public async Task UpdateMetadataAsync(int datasetId, DatasetMetadataEdit edit, CancellationToken ct = default)
    {
        if (Validate(edit).Count > 0)
        {
            throw new ArgumentException("The edit is not valid.", nameof(edit));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Set<Dataset>().FirstAsync(x => x.Id == datasetId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        d.TitleTh = edit.TitleTh.Trim();
        d.TitleEn = edit.TitleEn;
        d.Description = edit.Description;
        d.Objective = edit.Objective;
        d.Tags = string.Join(",", Dataset.SplitTags(edit.Tags));
        d.Maintainer = edit.Maintainer;
        d.MaintainerEmail = edit.MaintainerEmail;
        d.DataType = edit.DataType;
        d.GeoCoverage = edit.GeoCoverage;
        d.DataSource = edit.DataSource;
        d.DataFormat = edit.DataFormat;
        d.License = edit.License;
        d.FrequencyUnit = edit.FrequencyUnit;
        d.FrequencyInterval = edit.FrequencyInterval;
        d.Classification = edit.Classification;
        d.MetadataModifiedAt = now;
        db.Record(new OpsEvent(CatalogEvents.MetadataChanged, d.ProvinceCode, d.Id.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(bus, ct);
    }

    /// <summary>
    /// Imports a CKAN dump into one agency's part of the catalog. Valid packages are created or updated (a package with
    /// the same name owned by another agency is refused); with <paramref name="dryRun"/> nothing is written.
    /// </summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportCkanAsync(string json, string provinceCode, int agencyId, bool dryRun, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var packages = CkanImportParser.Parse(json, provinceCode, now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var names = packages.Select(p => p.Name).ToList();
        var existing = await db.Set<Dataset>().Where(d => names.Contains(d.Slug)).ToDictionaryAsync(d => d.Slug, ct);
        var outcomes = new List<ImportOutcome>();
        var touched = new List<Dataset>();
        foreach (var package in packages)
        {
            if (!package.IsValid)
            {
                outcomes.Add(new ImportOutcome(package, "rejected"));
                continue;
            }

            if (existing.TryGetValue(package.Name, out var current) && current.OwnerAgencyId != agencyId)
            {
                var refused = package with { Errors = [.. package.Errors, "name: ชื่อนี้เป็นของชุดข้อมูลของหน่วยงานอื่น / another agency's dataset has this name"] };
                outcomes.Add(new ImportOutcome(refused, "rejected"));
                continue;
            }

            var incoming = package.Dataset!;
            incoming.OwnerAgencyId = agencyId;
            if (current is null)
            {
                incoming.AnnouncedFreshness = incoming.FreshnessAt(now);
                db.Add(incoming);
                touched.Add(incoming);
                outcomes.Add(new ImportOutcome(package, "created"));
            }
            else
            {
                CopyDescription(incoming, current, now);
                touched.Add(current);
                outcomes.Add(new ImportOutcome(package, "updated"));
            }
        }

        if (dryRun || touched.Count == 0)
        {
            return outcomes;
        }

        await db.SaveChangesAsync(ct);
        foreach (var (dataset, package) in touched.Zip(outcomes.Where(o => o.Action != "rejected").Select(o => o.Package)))
        {
            await AddExternalResourcesAsync(db, dataset, package.Resources, now, ct);
            db.Record(new OpsEvent(CatalogEvents.MetadataChanged, dataset.ProvinceCode, dataset.Id.ToString(CultureInfo.InvariantCulture), now));
        }

        await db.SaveAndPublishAsync(bus, ct);
        return outcomes;
    }

    private static void CopyDescription(Dataset from, Dataset to, DateTime now)
    {
        to.TitleTh = from.TitleTh;
        to.TitleEn = from.TitleEn ?? to.TitleEn;
        to.Description = from.Description;
        to.Objective = from.Objective;
        to.Tags = from.Tags;
        to.Maintainer = from.Maintainer;
        to.MaintainerEmail = from.MaintainerEmail;
        to.DataType = from.DataType;
        to.GeoCoverage = from.GeoCoverage;
        to.DataSource = from.DataSource;
        to.DataFormat = from.DataFormat;
        to.License = from.License;
        to.FrequencyUnit = from.FrequencyUnit;
        to.FrequencyInterval = from.FrequencyInterval;
        to.Classification = from.Classification;
        to.MetadataModifiedAt = now;

        // The source's own record of its last data update can only move ours forward, never back.
        if (from.LastDataUpdateAt > (to.LastDataUpdateAt ?? DateTime.MinValue))
        {
            to.LastDataUpdateAt = from.LastDataUpdateAt;
        }
    }

    private static async Task AddExternalResourcesAsync(OpsDbContext db, Dataset dataset, IReadOnlyList<ImportedResource> resources, DateTime now, CancellationToken ct)
    {
        var known = await db.Set<DatasetVersion>().Where(v => v.DatasetId == dataset.Id).Select(v => new { v.ExternalUrl, v.Number }).ToListAsync(ct);
        var number = known.Count == 0 ? 0 : known.Max(k => k.Number);
        foreach (var resource in resources.Where(r => known.All(k => k.ExternalUrl != r.Url)).OrderBy(r => r.LastModified))
        {
            db.Add(new DatasetVersion
            {
                DatasetId = dataset.Id,
                Number = ++number,
                FileName = resource.Name.Length > 260 ? resource.Name[..260] : resource.Name,
                Format = resource.Format.Length is > 0 and <= 20 ? resource.Format : "OTHER",
                UploadedByName = "นำเข้าจาก CKAN",
                UploadedAt = resource.LastModified ?? now,
                ExternalUrl = resource.Url,
            });
        }
    }
}
