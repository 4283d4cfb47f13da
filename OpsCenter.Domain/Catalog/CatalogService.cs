using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Common;
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
    private static readonly CommandResult NoDataset = CommandResult.Missing("slug", "ไม่พบชุดข้อมูล", "No such dataset");

    /// <summary>What is wrong with an edit, by field; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(DatasetMetadataEdit edit)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(edit.TitleTh))
        {
            errors.Add(new("titleTh", "ต้องระบุชื่อชุดข้อมูล", "A Thai title is required"));
        }

        if (edit.FrequencyInterval is < 1 or > 1000)
        {
            errors.Add(new("frequencyInterval", "ความถี่ต้องเป็นจำนวนเต็ม 1–1000", "The interval must be 1–1000"));
        }

        if (!Enum.IsDefined(edit.FrequencyUnit))
        {
            errors.Add(new("frequencyUnit", "หน่วยความถี่ไม่ถูกต้อง", "Unknown frequency unit"));
        }

        if (!Enum.IsDefined(edit.Classification))
        {
            errors.Add(new("classification", "หมวดหมู่ข้อมูลไม่ถูกต้อง", "Unknown classification"));
        }

        if (!string.IsNullOrWhiteSpace(edit.MaintainerEmail) && !edit.MaintainerEmail.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new("maintainerEmail", "อีเมลผู้ติดต่อไม่ถูกต้อง", "The contact e-mail is not valid"));
        }

        return errors;
    }

    /// <summary>Changes a dataset's metadata: its own agency's data stewards, or an administrator.</summary>
    public async Task<CommandResult> UpdateMetadataAsync(string slug, DatasetMetadataEdit edit, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Set<Dataset>().FirstOrDefaultAsync(x => x.Slug == slug, ct);
        if (d is null)
        {
            return NoDataset;
        }

        if (!CatalogPolicy.CanUpload(d.OwnerAgencyId, actor))
        {
            return CommandResult.Refused("slug", "เฉพาะผู้ดูแลข้อมูลของหน่วยงานเจ้าของ", "Only the owning agency's data stewards may edit");
        }

        if (Validate(edit) is { Count: > 0 } errors)
        {
            return new CommandResult(errors);
        }

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
        return CommandResult.Ok(d.Id);
    }

    /// <summary>
    /// Imports a CKAN dump into one agency's part of the catalog. Valid packages are created or updated (a package with
    /// the same name owned by another agency is refused); with <paramref name="dryRun"/> nothing is written.
    /// </summary>
    /// <param name="agencyId">The owning agency, for an administrator; a data steward imports into their own agency.</param>
    public async Task<(CommandResult Result, IReadOnlyList<ImportOutcome> Outcomes)> ImportCkanAsync(string json, int? agencyId, bool dryRun, Actor actor, CancellationToken ct = default)
    {
        if (!CatalogPolicy.CanImport(actor) || actor.ProvinceCode is null)
        {
            return (CommandResult.Refused("agencyId", "เฉพาะผู้ดูแลข้อมูล", "Only data stewards may import"), []);
        }

        if ((actor.IsIn(OpsRoles.Admin) ? agencyId ?? actor.AgencyId : actor.AgencyId) is not { } owner)
        {
            return (CommandResult.Fail("agencyId", "ต้องระบุหน่วยงานเจ้าของ", "Name the owning agency"), []);
        }

        return (CommandResult.Ok(), await ImportCkanAsync(json, actor.ProvinceCode, owner, dryRun, ct));
    }

    private async Task<IReadOnlyList<ImportOutcome>> ImportCkanAsync(string json, string provinceCode, int agencyId, bool dryRun, CancellationToken ct)
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
