using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Wall;

internal sealed class WallScreenConfiguration : IEntityTypeConfiguration<WallScreen>
{
    public void Configure(EntityTypeBuilder<WallScreen> builder)
    {
        builder.ToTable("wall_screens");
        builder.Property(s => s.ProvinceCode).HasMaxLength(2);
        builder.Property(s => s.Slug).HasMaxLength(40);
        builder.HasIndex(s => new { s.ProvinceCode, s.Slug }).IsUnique();
        builder.Property(s => s.NameTh).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.AreaCode).HasMaxLength(6);
        builder.Property(s => s.SlidesJson).HasMaxLength(8000);
        builder.Property(s => s.ControlMode).HasConversion<int>();
        builder.Ignore(s => s.Slides);
        builder.Ignore(s => s.Control);
        builder.Ignore(s => s.RotationInterval);
    }
}

internal sealed class ScreenTokenConfiguration : IEntityTypeConfiguration<ScreenToken>
{
    public void Configure(EntityTypeBuilder<ScreenToken> builder)
    {
        builder.ToTable("screen_tokens");
        builder.Property(t => t.ProvinceCode).HasMaxLength(2);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.TokenPrefix).HasMaxLength(16);
        builder.Property(t => t.CreatedByUserId).HasMaxLength(450);
        builder.HasOne<WallScreen>().WithMany().HasForeignKey(t => t.ScreenId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(t => t.IsRevoked);
    }
}
