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
        builder.Property(d => d.DataType).HasConversion<int>();
        builder.Property(d => d.GeoCoverage).HasConversion<int>();
        builder.Property(d => d.AnnouncedFreshness).HasConversion<int?>();
        builder.Property(d => d.Maintainer).HasMaxLength(200);
        builder.Property(d => d.MaintainerEmail).HasMaxLength(200);
        builder.Property(d => d.Tags).HasMaxLength(1000);
        builder.Property(d => d.Description).HasMaxLength(4000);
        builder.Property(d => d.Objective).HasMaxLength(500);
        builder.Property(d => d.DataSource).HasMaxLength(500);
        builder.Property(d => d.DataFormat).HasMaxLength(100);
        builder.Property(d => d.License).HasMaxLength(200);
        builder.Ignore(d => d.TagList);
        builder.Ignore(d => d.NextDueAt);
    }
}

internal sealed class DatasetVersionConfiguration : IEntityTypeConfiguration<DatasetVersion>
{
    public void Configure(EntityTypeBuilder<DatasetVersion> builder)
    {
        builder.ToTable("dataset_versions");
        builder.HasOne<Dataset>().WithMany().HasForeignKey(v => v.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.DatasetId, v.Number }).IsUnique();
        builder.Property(v => v.FileName).HasMaxLength(260);
        builder.Property(v => v.Format).HasMaxLength(20);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.UploadedByUserId).HasMaxLength(450);
        builder.Property(v => v.UploadedByName).HasMaxLength(200);
        builder.Property(v => v.ExternalUrl).HasMaxLength(1000);
    }
}

internal sealed class DatasetVersionChunkConfiguration : IEntityTypeConfiguration<DatasetVersionChunk>
{
    public void Configure(EntityTypeBuilder<DatasetVersionChunk> builder)
    {
        builder.ToTable("dataset_version_chunks");
        builder.HasKey(c => new { c.VersionId, c.Index });
        builder.HasOne<DatasetVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
