using CsvHelper;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget.Import;

/// <summary>
/// Imports a province's existing project list from CSV. Every row is checked first; the valid ones are saved together
/// and the refused ones come back in the report with row, field and reason, so one bad row never costs the good ones.
/// A project code already known updates that project; a code on several rows (other years or sources) adds budget lines.
/// </summary>
public sealed class ProjectImporter(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time)
{
    public const int MaxRows = 20_000;

    /// <summary>Imports a project list into the actor's province; the budget policy's importers only.</summary>
    public async Task<ImportReport> ImportAsync(Stream csv, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!BudgetPolicy.CanImport(actor) || actor.ProvinceCode is not { } provinceCode)
        {
            return ImportReport.FileProblem("file", "บัญชีนี้ไม่มีสิทธิ์นำเข้าโครงการ", "This account may not import projects");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lookups = await LookupsAsync(db, provinceCode, cancellationToken);
        var issues = new List<ImportIssue>();
        var rows = new List<ProjectImportRow>();
        var read = 0;
        var options = CsvReaderOptions.Default with
        {
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            TrackLineNumbers = true,
            OnMalformedRecord = r => issues.Add(new ImportIssue(r.LineNumber, "", "แถวนี้มีเครื่องหมายคำพูดไม่ถูกต้อง อ่านไม่ได้", $"The row cannot be read ({r.Reason})")),
        };
        using (var reader = CsvReader.Create(csv, options, leaveOpen: true))
        {
            Dictionary<string, int>? columns = null;
            while (TryRead(reader, issues))
            {
                if (columns is null)
                {
                    columns = ImportColumn.Locate(ProjectImportValidator.Columns, reader.Headers);
                    var missing = ProjectImportValidator.Columns.Where(c => c.Required && !columns.ContainsKey(c.Name)).ToList();
                    if (missing.Count > 0)
                    {
                        return ImportReport.FileProblem(string.Join(",", missing.Select(m => m.Name)),
                            $"ไม่พบคอลัมน์ที่ต้องมี: {string.Join(", ", missing.Select(m => m.Name))}",
                            $"Required columns are missing: {string.Join(", ", missing.Select(m => m.Name))}");
                    }
                }

                if (++read > MaxRows)
                {
                    return ImportReport.FileProblem("", $"ไฟล์มีเกิน {MaxRows:N0} แถว กรุณาแบ่งไฟล์", $"The file has more than {MaxRows:N0} rows; split it");
                }

                var row = reader.LineNumber;
                var (valid, rowIssues) = ProjectImportValidator.Validate(row, name =>
                    columns.TryGetValue(name, out var index) && index < reader.FieldCount ? reader.GetString(index) : null, lookups);
                issues.AddRange(rowIssues);
                if (valid is not null)
                {
                    rows.Add(valid);
                }
            }

            if (columns is null)
            {
                return ImportReport.FileProblem("", "ไฟล์ไม่มีข้อมูล (ต้องมีแถวหัวตารางและข้อมูลอย่างน้อยหนึ่งแถว)", "The file has no data rows (a header row and at least one row are needed)");
            }
        }

        var accepted = RejectDuplicateLines(rows, issues);
        var (created, updated) = await SaveAsync(db, provinceCode, accepted, cancellationToken);
        return new ImportReport(read, accepted.Count, created, updated, issues.OrderBy(i => i.Row).ToList());
    }

    /// <summary>Reads the next row; a file that breaks off stops the reading but keeps the rows read so far.</summary>
    internal static bool TryRead(CsvReader reader, List<ImportIssue> issues)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException ex)
        {
            issues.Add(new ImportIssue(Math.Max(1, ex.LineNumber), "", "อ่านไฟล์ต่อไม่ได้จากแถวนี้ แถวก่อนหน้านำเข้าแล้ว", $"The file cannot be read from this row on ({ex.Message}); earlier rows were imported"));
            return false;
        }
    }

    private static List<ProjectImportRow> RejectDuplicateLines(List<ProjectImportRow> rows, List<ImportIssue> issues)
    {
        var seen = new Dictionary<(string, int, BudgetSource), long>();
        var accepted = new List<ProjectImportRow>();
        foreach (var row in rows)
        {
            if (seen.TryGetValue((row.Code, row.FiscalYear, row.Source), out var first))
            {
                issues.Add(new ImportIssue(row.Row, "code", $"ซ้ำกับแถว {first} (รหัส ปีงบประมาณ และแหล่งงบเดียวกัน)",
                    $"Duplicates row {first} (same code, fiscal year and source)"));
                continue;
            }

            seen[(row.Code, row.FiscalYear, row.Source)] = row.Row;
            accepted.Add(row);
        }

        return accepted;
    }

    private async Task<(int Created, int Updated)> SaveAsync(OpsDbContext db, string provinceCode, List<ProjectImportRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var codes = rows.Select(r => r.Code).Distinct().ToList();
        var existing = await db.Set<Project>()
            .Include(p => p.BudgetLines).Include(p => p.ExtraAreas)
            .Where(p => p.ProvinceCode == provinceCode && codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, ct);
        var (created, updated) = (0, 0);
        foreach (var group in rows.GroupBy(r => r.Code))
        {
            var first = group.First();
            if (!existing.TryGetValue(first.Code, out var project))
            {
                project = new Project
                {
                    ProvinceCode = provinceCode, Code = first.Code, NameTh = first.NameTh, Sector = first.Sector, AreaCode = first.AreaCodes[0],
                    CreatedAt = now,
                };
                db.Add(project);
                created++;
            }
            else
            {
                updated++;
            }

            Apply(project, first, now);
            foreach (var row in group)
            {
                var line = project.BudgetLines.FirstOrDefault(l => l.FiscalYear == row.FiscalYear && l.Source == row.Source);
                if (line is null)
                {
                    project.BudgetLines.Add(line = new BudgetLine { FiscalYear = row.FiscalYear, Source = row.Source });
                }

                line.Requested = row.Requested;
                line.Approved = row.Approved;
                line.Disbursed = row.Disbursed;
                line.UpdatedAt = now;
            }
        }

        foreach (var fiscalYear in rows.Select(r => r.FiscalYear).Distinct().Order())
        {
            db.Record(new OpsEvent(BudgetEvents.LineChanged, provinceCode, BudgetEvents.FiscalYearSubject(fiscalYear), now));
        }

        await db.SaveAndPublishAsync(bus, ct);
        return (created, updated);
    }

    private static void Apply(Project project, ProjectImportRow row, DateTime now)
    {
        project.NameTh = row.NameTh;
        project.NameEn = row.NameEn ?? project.NameEn;
        project.Sector = row.Sector;
        project.OwnerAgencyId = row.OwnerAgencyId;
        project.AreaCode = row.AreaCodes[0];
        project.FiscalYear = project.FiscalYear == 0 ? row.FiscalYear : Math.Min(project.FiscalYear, row.FiscalYear);
        project.Status = row.Status;
        project.DevelopmentIssueId = row.DevelopmentIssueId ?? project.DevelopmentIssueId;
        project.Description = row.Description ?? project.Description;
        project.UpdatedAt = now;
        var extra = row.AreaCodes.Skip(1).ToHashSet(StringComparer.Ordinal);
        project.ExtraAreas.RemoveAll(a => !extra.Contains(a.AreaCode));
        foreach (var code in extra.Where(c => project.ExtraAreas.All(a => a.AreaCode != c)))
        {
            project.ExtraAreas.Add(new ProjectArea { AreaCode = code });
        }
    }

    private static async Task<ProjectImportLookups> LookupsAsync(OpsDbContext db, string provinceCode, CancellationToken ct)
    {
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode)
            .ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.OrdinalIgnoreCase, ct);
        var areas = await db.Set<Area>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).Select(a => a.Code).ToListAsync(ct);
        var issues = await db.Set<DevelopmentIssue>().AsNoTracking().Where(i => i.ProvinceCode == provinceCode)
            .ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.OrdinalIgnoreCase, ct);
        var projectProvinces = await db.Set<Project>().AsNoTracking().Select(p => new { p.Code, p.ProvinceCode })
            .ToDictionaryAsync(p => p.Code, p => p.ProvinceCode, ct);
        return new ProjectImportLookups(provinceCode, agencies, areas.ToHashSet(StringComparer.Ordinal), issues, projectProvinces);
    }
}
