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
