using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Proposals;

public sealed record ProposalSummary(
    int Id,
    string TrackingCode,
    string Title,
    string AreaCode,
    string AreaNameTh,
    string AreaNameEn,
    string CategoryCode,
    string Sector,
    ProposalStatus Status,
    int SupportCount,
    DateTime CreatedAt);

public sealed record SimilarProposal(ProposalSummary Proposal, double Score);

/// <summary>The project a proposal became, as its proposer follows it.</summary>
public sealed record ProposalProject(int Id, string Code, string NameTh, ProjectStatus Status, int FiscalYear, Money Requested, Money Approved, double ProgressPercent);

public sealed record ProposalDetail(
    ProposalSummary Summary,
    string Description,
    string? StaffResponse,
    DateTime UpdatedAt,
    DateTime? TriagedAt,
    ProposalProject? Project,
    ProposalSummary? MergedInto,
    CitedView? Evidence = null);

public sealed record ProposalFilter(ProposalStatus? Status = null, string? AreaCode = null, string? Sector = null, string? Text = null, bool Newest = false, int Take = 50);

/// <summary>Reads proposals for the public list, the similar-proposal hints and the tracking page; nothing here is personal.</summary>
public sealed class ProposalQuery(IDbContextFactory<OpsDbContext> dbFactory, IEnumerable<ICitedViews>? citedViews = null)
{
    public async Task<IReadOnlyList<ProposalSummary>> ListAsync(string provinceCode, ProposalFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Summaries(db).Where(p => p.ProvinceCode == provinceCode);
        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (AreaCodes.Normalize(filter.AreaCode) is { } area)
        {
            query = query.Where(p => EF.Functions.Like(p.AreaCode, area + "%"));
        }

        if (Sectors.Find(filter.Sector) is { } sector)
        {
            query = query.Where(p => p.Sector == sector.Code);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(p => p.Title.Contains(text) || p.TrackingCode == text.ToUpperInvariant());
        }

        query = filter.Newest ? query.OrderByDescending(p => p.CreatedAt) : query.OrderByDescending(p => p.SupportCount).ThenByDescending(p => p.CreatedAt);
        var rows = await query.Take(Math.Clamp(filter.Take, 1, 500)).ToListAsync(ct);
        return rows.Select(r => r.ToSummary()).ToList();
    }

    /// <summary>Open proposals like the one being written (or viewed), most similar first; see <see cref="ProposalSimilarity"/>.</summary>
    public async Task<IReadOnlyList<SimilarProposal>> SimilarAsync(
        string provinceCode, string text, string areaCode, string categoryCode, int? excludeId = null, int top = 5, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sector = await db.Set<ReportCategory>().Where(c => c.Code == categoryCode).Select(c => c.Sector).FirstOrDefaultAsync(ct) ?? "";
        var candidates = await (
                from p in Summaries(db)
                join full in db.Set<CitizenProposal>() on p.Id equals full.Id
                where p.ProvinceCode == provinceCode && p.Id != excludeId
                      && (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.UnderReview || p.Status == ProposalStatus.InPlan)
                select new { Row = p, full.Description })
            .ToListAsync(ct);
        var grams = ProposalSimilarity.Trigrams(text);
        return candidates
            .Select(c => new SimilarProposal(c.Row.ToSummary(), ProposalSimilarity.Score(
                ProposalSimilarity.TextSimilarity(grams, ProposalSimilarity.Trigrams(c.Row.Title + " " + c.Description)),
                areaCode, c.Row.AreaCode, sector, c.Row.Sector)))
            .Where(s => s.Score >= ProposalSimilarity.SimilarThreshold)
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Proposal.SupportCount)
            .Take(top)
            .ToList();
    }

    public async Task<ProposalDetail?> DetailAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<CitizenProposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return row is null ? null : await DetailOfAsync(db, row, ct);
    }

    public async Task<ProposalDetail?> ByTrackingCodeAsync(string trackingCode, CancellationToken ct = default)
    {
        var code = trackingCode.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<CitizenProposal>().AsNoTracking().FirstOrDefaultAsync(p => p.TrackingCode == code, ct);
        return row is null ? null : await DetailOfAsync(db, row, ct);
    }

    private async Task<ProposalDetail> DetailOfAsync(OpsDbContext db, CitizenProposal row, CancellationToken ct)
    {
        var summary = (await Summaries(db).FirstAsync(p => p.Id == row.Id, ct)).ToSummary();
        ProposalProject? project = null;
        if (row.ProjectId is { } projectId)
        {
            var p = await db.Set<Project>().AsNoTracking().Include(x => x.BudgetLines).Include(x => x.Milestones).FirstAsync(x => x.Id == projectId, ct);
            project = new ProposalProject(p.Id, p.Code, p.NameTh, p.Status, p.FiscalYear,
                Money.Sum(p.BudgetLines.Select(l => l.Requested)), Money.Sum(p.BudgetLines.Select(l => l.Approved)), ProjectProgress.Percent(p.Milestones));
        }

        var mergedInto = row.MergedIntoId is { } target ? (await Summaries(db).FirstAsync(p => p.Id == target, ct)).ToSummary() : null;
        var evidence = row.EvidenceUrl is { } url && citedViews?.FirstOrDefault() is { } views ? (await views.DescribeAsync([url], ct)).GetValueOrDefault(url) : null;
        return new ProposalDetail(summary, row.Description, row.StaffResponse, row.UpdatedAt, row.TriagedAt, project, mergedInto, evidence);
    }

    private static IQueryable<Row> Summaries(OpsDbContext db) =>
        from p in db.Set<CitizenProposal>().AsNoTracking()
        join a in db.Set<Area>() on p.AreaCode equals a.Code
        join c in db.Set<ReportCategory>() on p.CategoryCode equals c.Code
        select new Row
        {
            Id = p.Id, ProvinceCode = p.ProvinceCode, TrackingCode = p.TrackingCode, Title = p.Title, AreaCode = p.AreaCode,
            AreaNameTh = a.NameTh, AreaNameEn = a.NameEn, CategoryCode = p.CategoryCode, Sector = c.Sector, Status = p.Status,
            SupportCount = p.SupportCount, CreatedAt = p.CreatedAt,
        };

    private sealed class Row
    {
        public int Id { get; init; }

        public string ProvinceCode { get; init; } = "";

        public string TrackingCode { get; init; } = "";

        public string Title { get; init; } = "";

        public string AreaCode { get; init; } = "";

        public string AreaNameTh { get; init; } = "";

        public string AreaNameEn { get; init; } = "";

        public string CategoryCode { get; init; } = "";

        public string Sector { get; init; } = "";

        public ProposalStatus Status { get; init; }

        public int SupportCount { get; init; }

        public DateTime CreatedAt { get; init; }

        public ProposalSummary ToSummary() =>
            new(Id, TrackingCode, Title, AreaCode, AreaNameTh, AreaNameEn, CategoryCode, Sector, Status, SupportCount, CreatedAt);
    }
}
