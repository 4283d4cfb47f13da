using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Agencies;

namespace OpsCenter.Domain.Kpis;

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.ToTable("kpis");
        builder.Property(k => k.ProvinceCode).HasMaxLength(2);
        builder.Property(k => k.Code).HasMaxLength(40);
        builder.HasIndex(k => k.Code).IsUnique();
        builder.Property(k => k.NameTh).HasMaxLength(300);
        builder.Property(k => k.NameEn).HasMaxLength(300);
        builder.Property(k => k.Unit).HasMaxLength(40);
        builder.Property(k => k.Direction).HasConversion<int>();
        builder.HasOne<Agency>().WithMany().HasForeignKey(k => k.LeadAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(k => k.Targets).WithOne().HasForeignKey(t => t.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KpiTargetConfiguration : IEntityTypeConfiguration<KpiTarget>
{
    public void Configure(EntityTypeBuilder<KpiTarget> builder)
    {
        builder.ToTable("kpi_targets");
        builder.HasKey(t => new { t.KpiId, t.FiscalYear });
    }
}

internal sealed class KpiMeasurementConfiguration : IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiMeasurement> builder)
    {
        builder.ToTable("kpi_measurements");
        builder.HasOne<Kpi>().WithMany().HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.KpiId, m.PeriodStart }).IsUnique();
        builder.Property(m => m.EnteredByUserId).HasMaxLength(450);
    }
}
