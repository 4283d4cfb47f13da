using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Warehouse;

internal sealed class DatasetIndicatorConfiguration : IEntityTypeConfiguration<DatasetIndicator>
{
    public void Configure(EntityTypeBuilder<DatasetIndicator> builder)
    {
        builder.ToTable("dataset_indicators");
        builder.Property(i => i.ProvinceCode).HasMaxLength(2);
        builder.Property(i => i.NameTh).HasMaxLength(300);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.Property(i => i.Measure).HasConversion<int>();
        builder.Property(i => i.Of).HasMaxLength(200);
        builder.Property(i => i.FilterColumn).HasMaxLength(200);
        builder.Property(i => i.FilterValue).HasMaxLength(500);
        builder.Property(i => i.AreaCode).HasMaxLength(6);
        builder.Property(i => i.NeedInputCode).HasMaxLength(100);
        builder.Property(i => i.ByAreaLevel).HasConversion<int?>();
        builder.HasIndex(i => i.DatasetId);
    }
}
