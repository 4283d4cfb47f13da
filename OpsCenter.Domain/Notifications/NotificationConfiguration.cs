using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.Key).HasMaxLength(400);
        builder.HasIndex(n => n.Key).IsUnique();
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.Property(n => n.ProvinceCode).HasMaxLength(2);
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Address).HasMaxLength(500);
        builder.Property(n => n.Subject).HasMaxLength(500);
        builder.Property(n => n.BodyTh).HasMaxLength(8000);
        builder.Property(n => n.BodyEn).HasMaxLength(8000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.Property(n => n.ClaimToken).HasMaxLength(40);
        builder.Property(n => n.LastError).HasMaxLength(1000);
        builder.HasIndex(n => new { n.Status, n.NotBefore });
        builder.HasIndex(n => n.ClaimToken);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreferenceRow>
{
    public void Configure(EntityTypeBuilder<NotificationPreferenceRow> builder)
    {
        builder.ToTable("notification_preferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.LineUserId).HasMaxLength(100);
    }
}
