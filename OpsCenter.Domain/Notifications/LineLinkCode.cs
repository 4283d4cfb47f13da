using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// A one-time code a signed-in person sends to the installation's LINE official account, so that the LINE user who sent
/// it is bound to their account. Only its hash is kept; it expires, and it is used once.
/// </summary>
public sealed class LineLinkCode
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>Hex SHA-256 of the code as normalised (<see cref="LineLinkCodes.Normalise"/>).</summary>
    public required string CodeHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    /// <summary>The LINE user the code bound, kept so that LINE's redelivery of the same event is recognised.</summary>
    public string? LineUserId { get; set; }
}

internal sealed class LineLinkCodeConfiguration : IEntityTypeConfiguration<LineLinkCode>
{
    public void Configure(EntityTypeBuilder<LineLinkCode> builder)
    {
        builder.ToTable("line_link_codes");
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => c.UserId);
        builder.Property(c => c.LineUserId).HasMaxLength(100);
    }
}
