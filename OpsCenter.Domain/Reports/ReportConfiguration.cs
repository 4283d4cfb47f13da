using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Agencies;

namespace OpsCenter.Domain.Reports;

internal sealed class CitizenReportConfiguration : IEntityTypeConfiguration<CitizenReport>
{
    public void Configure(EntityTypeBuilder<CitizenReport> builder)
    {
        builder.ToTable("citizen_reports");
        builder.Property(r => r.TrackingNumber).HasMaxLength(32);
        builder.HasIndex(r => r.TrackingNumber).IsUnique();
        builder.Property(r => r.ProvinceCode).HasMaxLength(2);
        builder.Property(r => r.CategoryCode).HasMaxLength(40);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.DistrictCode).HasMaxLength(4);
        builder.Property(r => r.SubdistrictCode).HasMaxLength(6);
        builder.Property(r => r.ExternalId).HasMaxLength(80);
        builder.Property(r => r.Kind).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.Channel).HasConversion<int>();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportCategory>().WithMany().HasForeignKey(r => r.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Channel, r.ExternalId }).IsUnique();
        builder.HasIndex(r => new { r.ProvinceCode, r.Status, r.DueAt });
        builder.HasIndex(r => new { r.ProvinceCode, r.ReceivedAt });
        builder.HasIndex(r => r.SubdistrictCode);
        builder.Ignore(r => r.IsOpen);
    }
}

internal sealed class ReportCategoryConfiguration : IEntityTypeConfiguration<ReportCategory>
{
    public void Configure(EntityTypeBuilder<ReportCategory> builder)
    {
        builder.ToTable("report_categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.NameTh).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.Sector).HasMaxLength(40);
    }
}
