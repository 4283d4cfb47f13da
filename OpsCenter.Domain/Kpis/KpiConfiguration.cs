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
        builder.Property(k => k.UnitEn).HasMaxLength(40);
        builder.Property(k => k.Computation).HasConversion<int>();
        builder.Property(k => k.Direction).HasConversion<int>();
        builder.HasOne<Agency>().WithMany().HasForeignKey(k => k.LeadAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(k => k.Targets).WithOne().HasForeignKey(t => t.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(k => k.Aggregation).HasConversion<int>();
        builder.Property(k => k.FormulaTh).HasMaxLength(500);
        builder.Property(k => k.FormulaEn).HasMaxLength(500);
        // No foreign key: SQLite cannot add one to an existing table, and a migrated database must equal a created one.
        builder.HasIndex(k => k.SourceDatasetId);
        builder.HasIndex(k => k.SourceIndicatorId);
        builder.HasMany(k => k.Owners).WithOne().HasForeignKey(o => o.KpiId).OnDelete(DeleteBehavior.Cascade);
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
        builder.Property(m => m.EnteredByName).HasMaxLength(200);
        builder.Property(m => m.EvidenceNote).HasMaxLength(2000);
        builder.Property(m => m.EvidenceUrl).HasMaxLength(1000);
    }
}

internal sealed class KpiOwnerConfiguration : IEntityTypeConfiguration<KpiOwner>
{
    public void Configure(EntityTypeBuilder<KpiOwner> builder)
    {
        builder.ToTable("kpi_owners");
        builder.HasKey(o => new { o.KpiId, o.AgencyId });
        builder.Property(o => o.PartTh).HasMaxLength(500);
        builder.Property(o => o.PartEn).HasMaxLength(500);
        builder.HasOne<Agency>().WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KpiPartMeasurementConfiguration : IEntityTypeConfiguration<KpiPartMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiPartMeasurement> builder)
    {
        builder.ToTable("kpi_part_measurements");
        builder.HasOne<Kpi>().WithMany().HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.KpiId, m.AgencyId, m.PeriodStart }).IsUnique();
        builder.Property(m => m.EnteredByUserId).HasMaxLength(450);
        builder.Property(m => m.EnteredByName).HasMaxLength(200);
        builder.Property(m => m.EvidenceNote).HasMaxLength(2000);
        builder.Property(m => m.EvidenceUrl).HasMaxLength(1000);
    }
}
