using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.Property(a => a.Code).HasMaxLength(40);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.ProvinceCode).HasMaxLength(2);
        builder.Property(a => a.Kind).HasConversion<int>();
        builder.Property(a => a.NameTh).HasMaxLength(300);
        builder.Property(a => a.NameEn).HasMaxLength(300);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Areas).WithOne().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ProvinceCode);
    }
}

internal sealed class AgencyAreaConfiguration : IEntityTypeConfiguration<AgencyArea>
{
    public void Configure(EntityTypeBuilder<AgencyArea> builder)
    {
        builder.ToTable("agency_areas");
        builder.HasKey(a => new { a.AgencyId, a.AreaCode });
        builder.Property(a => a.AreaCode).HasMaxLength(6);
        builder.HasOne<Area>().WithMany().HasForeignKey(a => a.AreaCode).OnDelete(DeleteBehavior.Restrict);
    }
}
