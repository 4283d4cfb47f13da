using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Domain.Security.Tokens;

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("personal_access_tokens");
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.ProvinceCode).HasMaxLength(2);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.TokenPrefix).HasMaxLength(16);
        builder.Property(t => t.CreatedByUserId).HasMaxLength(450);
        builder.HasOne<OpsUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
