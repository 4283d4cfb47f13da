using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Agencies;

namespace OpsCenter.Domain.Catalog;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.ToTable("datasets");
        builder.Property(d => d.ProvinceCode).HasMaxLength(2);
        builder.Property(d => d.Slug).HasMaxLength(100);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.TitleTh).HasMaxLength(500);
        builder.Property(d => d.TitleEn).HasMaxLength(500);
        builder.Property(d => d.FrequencyUnit).HasConversion<int>();
        builder.Property(d => d.Classification).HasConversion<int>();
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ProvinceCode);
    }
}
