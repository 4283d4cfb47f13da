using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
        builder.Property(s => s.Attendees).HasMaxLength(4000);
        builder.Property(s => s.AreaCode).HasMaxLength(6);
        builder.Ignore(s => s.AttendeeList);
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
        builder.Property(a => a.OwnerPersonName).HasMaxLength(200);
        builder.Property(a => a.ProgressNote).HasMaxLength(1000);
        builder.Property(a => a.LinkKind).HasConversion<int>();
        builder.Property(a => a.LinkRef).HasMaxLength(100);
        builder.HasOne<ReviewDecision>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(a => a.IsOpen);
    }
}

internal sealed class ReviewAgendaItemConfiguration : IEntityTypeConfiguration<ReviewAgendaItem>
{
    public void Configure(EntityTypeBuilder<ReviewAgendaItem> builder)
    {
        builder.ToTable("review_agenda_items");
        builder.Property(i => i.Section).HasConversion<int>();
        builder.Property(i => i.Kind).HasMaxLength(40);
        builder.Property(i => i.TitleTh).HasMaxLength(300);
        builder.Property(i => i.TitleEn).HasMaxLength(300);
        builder.Property(i => i.Change).HasMaxLength(16);
        builder.HasOne<ReviewSession>().WithMany().HasForeignKey(i => i.ReviewSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ReviewSessionId, i.Section, i.Position });
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.ToTable("review_decisions");
        builder.Property(d => d.Text).HasMaxLength(2000);
        builder.Property(d => d.LinkKind).HasConversion<int>();
        builder.Property(d => d.LinkRef).HasMaxLength(100);

        // What the executives saw is evidence: once saved, the database layer refuses to change it.
        builder.Property(d => d.SnapshotJson).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        builder.Property(d => d.TakenAt).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        builder.Ignore(d => d.Snapshot);
        builder.HasOne<ReviewSession>().WithMany().HasForeignKey(d => d.ReviewSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReviewAgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.ReviewSessionId, d.TakenAt });
    }
}
