using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Proposals;

/// <summary>A citizen proposal as a project's evidence: known by its id or tracking code.</summary>
public sealed class ProposalEvidence : IEvidenceTargets
{
    public EvidenceKind Kind => EvidenceKind.Proposal;

    public Task<long?> FindAsync(OpsDbContext db, string provinceCode, string targetId, long number, CancellationToken ct)
    {
        var upper = targetId.ToUpperInvariant();
        return db.Set<CitizenProposal>().AsNoTracking()
            .Where(p => p.ProvinceCode == provinceCode && (p.TrackingCode == upper || p.Id == number))
            .Select(p => (long?)p.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<Dictionary<string, EvidenceTitle>> TitlesAsync(OpsDbContext db, long[] ids, CancellationToken ct)
    {
        var proposalIds = ids.Select(i => (int)i).ToArray();
        var proposals = await db.Set<CitizenProposal>().AsNoTracking().Where(p => proposalIds.Contains(p.Id)).ToListAsync(ct);
        return proposals.ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture), p => new EvidenceTitle($"ข้อเสนอ: {p.Title}", $"Proposal: {p.Title}",
            $"{p.TrackingCode} · ผู้สนับสนุน {p.SupportCount:N0}", $"{p.TrackingCode} · {p.SupportCount:N0} supporters"));
    }
}
