using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Events;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.Kind).HasMaxLength(60);
        builder.Property(m => m.ProvinceCode).HasMaxLength(2);
        builder.Property(m => m.SubjectId).HasMaxLength(80);
        builder.HasIndex(m => m.OccurredAt);
    }
}
