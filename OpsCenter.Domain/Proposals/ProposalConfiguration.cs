using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Proposals;

internal sealed class CitizenProposalConfiguration : IEntityTypeConfiguration<CitizenProposal>
{
    public void Configure(EntityTypeBuilder<CitizenProposal> builder)
    {
        builder.ToTable("citizen_proposals");
        builder.Property(p => p.ProvinceCode).HasMaxLength(2);
        builder.Property(p => p.TrackingCode).HasMaxLength(32);
        builder.HasIndex(p => p.TrackingCode).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.AreaCode).HasMaxLength(6);
        builder.Property(p => p.CategoryCode).HasMaxLength(40);
        builder.Property(p => p.Status).HasConversion<int>();
        builder.Property(p => p.StaffResponse).HasMaxLength(2000);
        builder.Property(p => p.ClientKey).HasMaxLength(80);
        builder.Property(p => p.EvidenceUrl).HasMaxLength(1000);
        builder.Property(p => p.TriagedByUserId).HasMaxLength(450);
        builder.HasOne<Area>().WithMany().HasForeignKey(p => p.AreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportCategory>().WithMany().HasForeignKey(p => p.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CitizenProposal>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProvinceCode, p.Status, p.SupportCount });
        builder.HasIndex(p => new { p.ClientKey, p.CreatedAt });
        builder.Ignore(p => p.IsOpenForSupport);
    }
}

internal sealed class ProposalSupportConfiguration : IEntityTypeConfiguration<ProposalSupport>
{
    public void Configure(EntityTypeBuilder<ProposalSupport> builder)
    {
        builder.ToTable("proposal_supports");
        builder.Property(s => s.SupporterKey).HasMaxLength(80);
        builder.Property(s => s.ClientKey).HasMaxLength(80);
        builder.HasOne<CitizenProposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ProposalId, s.SupporterKey }).IsUnique();
        builder.HasIndex(s => new { s.ClientKey, s.CreatedAt });
        builder.HasIndex(s => new { s.SupporterKey, s.CreatedAt });
    }
}
