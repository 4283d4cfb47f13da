using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Persistence;

/// <summary>Installation-wide facts kept in the database, such as when demo data was seeded.</summary>
public sealed class AppSetting
{
    public const string DemoSeededAt = "demo.seeded_at";
    public const string DemoProvince = "demo.province";

    public required string Key { get; set; }

    public required string Value { get; set; }
}

internal sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> builder)
    {
        builder.ToTable("app_settings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(2000);
    }
}
