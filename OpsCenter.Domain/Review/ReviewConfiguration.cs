using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Agencies;

namespace OpsCenter.Domain.Review;

internal sealed class ReviewSessionConfiguration : IEntityTypeConfiguration<ReviewSession>
{
    public void Configure(EntityTypeBuilder<ReviewSession> builder)
    {
        builder.ToTable("review_sessions");
        builder.Property(s => s.ProvinceCode).HasMaxLength(2);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.ChairName).HasMaxLength(200);
        builder.Property(s => s.Status).HasConversion<int>();
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("action_items");
        builder.Property(a => a.Text).HasMaxLength(2000);
        builder.Property(a => a.OwnerUserId).HasMaxLength(450);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.HasOne<ReviewSession>().WithMany().HasForeignKey(a => a.ReviewSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Status, a.DueAt });
    }
}
