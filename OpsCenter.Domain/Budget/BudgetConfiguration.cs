using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Budget;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.ProvinceCode).HasMaxLength(2);
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.NameTh).HasMaxLength(500);
        builder.Property(p => p.NameEn).HasMaxLength(500);
        builder.Property(p => p.Sector).HasMaxLength(40);
        builder.Property(p => p.AreaCode).HasMaxLength(6);
        builder.Property(p => p.Status).HasConversion<int>();
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(p => p.AreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.BudgetLines).WithOne().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ProvinceCode, p.FiscalYear });
        builder.Property(p => p.Description).HasMaxLength(4000);

        // Plain columns, no foreign keys: they were added to an existing table, and SQLite cannot add a constraint
        // without rebuilding it, so a created and a migrated database would differ.
        builder.HasIndex(p => p.ActionPlanId);
        builder.HasIndex(p => p.DevelopmentIssueId);
        builder.HasMany(p => p.ExtraAreas).WithOne().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectAreaConfiguration : IEntityTypeConfiguration<ProjectArea>
{
    public void Configure(EntityTypeBuilder<ProjectArea> builder)
    {
        builder.ToTable("project_areas");
        builder.HasKey(a => new { a.ProjectId, a.AreaCode });
        builder.Property(a => a.AreaCode).HasMaxLength(6);
        builder.HasOne<Area>().WithMany().HasForeignKey(a => a.AreaCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> builder)
    {
        builder.ToTable("project_milestones");
        builder.Property(m => m.NameTh).HasMaxLength(300);
        builder.Property(m => m.NameEn).HasMaxLength(300);
        builder.HasIndex(m => new { m.ProjectId, m.Sequence });
    }
}

internal sealed class EvidenceLinkConfiguration : IEntityTypeConfiguration<EvidenceLink>
{
    public void Configure(EntityTypeBuilder<EvidenceLink> builder)
    {
        builder.ToTable("evidence_links");
        builder.Property(e => e.Kind).HasConversion<int>();
        builder.Property(e => e.TargetId).HasMaxLength(1000);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.Property(e => e.CreatedByUserId).HasMaxLength(450);
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ProjectId, e.Kind, e.TargetId }).IsUnique();
        builder.HasIndex(e => new { e.Kind, e.TargetId });
    }
}

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> builder)
    {
        builder.ToTable("development_plans");
        builder.Property(p => p.ProvinceCode).HasMaxLength(2);
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.NameTh).HasMaxLength(500);
        builder.Property(p => p.NameEn).HasMaxLength(500);
        builder.Property(p => p.VisionTh).HasMaxLength(2000);
        builder.Property(p => p.VisionEn).HasMaxLength(2000);
        builder.HasMany(p => p.Issues).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ActionPlans).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ProvinceCode);
    }
}

internal sealed class DevelopmentIssueConfiguration : IEntityTypeConfiguration<DevelopmentIssue>
{
    public void Configure(EntityTypeBuilder<DevelopmentIssue> builder)
    {
        builder.ToTable("development_issues");
        builder.Property(i => i.ProvinceCode).HasMaxLength(2);
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.NameTh).HasMaxLength(500);
        builder.Property(i => i.NameEn).HasMaxLength(500);
        builder.Property(i => i.SectorCodes).HasMaxLength(200);
    }
}

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.ToTable("action_plans");
        builder.Property(a => a.ProvinceCode).HasMaxLength(2);
        builder.Property(a => a.NameTh).HasMaxLength(500);
        builder.Property(a => a.NameEn).HasMaxLength(500);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.HasIndex(a => new { a.PlanId, a.FiscalYear }).IsUnique();
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values");
        builder.Property(v => v.ProvinceCode).HasMaxLength(2);
        builder.Property(v => v.IndicatorCode).HasMaxLength(40);
        builder.Property(v => v.AreaCode).HasMaxLength(6);
        builder.Property(v => v.Source).HasMaxLength(300);
        builder.HasIndex(v => new { v.IndicatorCode, v.AreaCode, v.Year }).IsUnique();
        builder.HasIndex(v => v.ProvinceCode);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("budget_lines");
        builder.Property(b => b.Source).HasConversion<int>();
        builder.HasIndex(b => new { b.FiscalYear, b.ProjectId });
    }
}
