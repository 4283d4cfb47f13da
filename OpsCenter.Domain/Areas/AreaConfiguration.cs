using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Areas;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("areas");
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(6);
        builder.Property(a => a.ParentCode).HasMaxLength(6);
        builder.Property(a => a.ProvinceCode).HasMaxLength(2);
        builder.Property(a => a.Level).HasConversion<int>();
        builder.Property(a => a.NameTh).HasMaxLength(200);
        builder.Property(a => a.NameEn).HasMaxLength(200);
        builder.HasIndex(a => new { a.ProvinceCode, a.Level });
        builder.HasIndex(a => a.ParentCode);
    }
}
