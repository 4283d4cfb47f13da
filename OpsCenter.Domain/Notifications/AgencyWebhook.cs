using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// An agency's own system, told about every move of the reports in its queue: a signed POST per event, retried like any
/// notification. The secret signs the body (HMAC-SHA256) so the receiver knows the post came from here.
/// </summary>
public sealed class AgencyWebhook
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public required string Url { get; set; }

    public required string Secret { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}

internal sealed class AgencyWebhookConfiguration : IEntityTypeConfiguration<AgencyWebhook>
{
    public void Configure(EntityTypeBuilder<AgencyWebhook> builder)
    {
        builder.ToTable("agency_webhooks");
        builder.Property(w => w.Url).HasMaxLength(500);
        builder.Property(w => w.Secret).HasMaxLength(200);
        builder.HasIndex(w => w.AgencyId);
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(w => w.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
