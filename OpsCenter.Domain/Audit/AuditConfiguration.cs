using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Audit;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(80);
        builder.Property(a => a.SubjectType).HasMaxLength(60);
        builder.Property(a => a.SubjectId).HasMaxLength(80);
        builder.Property(a => a.ProvinceCode).HasMaxLength(2);
        builder.Property(a => a.Detail).HasMaxLength(400);
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId });
        builder.HasIndex(a => a.At);
    }
}
