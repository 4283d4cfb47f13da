using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Domain.Persistence;

/// <summary>
/// One context for every feature. Entities register themselves through their feature's IEntityTypeConfiguration, so a
/// feature never edits this file; query them with <c>db.Set&lt;T&gt;()</c>.
/// </summary>
public sealed class OpsDbContext(DbContextOptions<OpsDbContext> options) : IdentityDbContext<OpsUser>(options)
{
    /// <summary>Events about rows the database has not given an id yet; described once saved (see Events.EventPublishing).</summary>
    internal List<Func<Events.OutboxMessage>> DeferredEvents { get; } = [];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OpsDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
        builder.HasDbFunction(typeof(DbText).GetMethod(nameof(DbText.Lower))!).HasName("lower").IsBuiltIn();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        // A complex type rather than a converter, so queries can sum and compare Money.Satang in the database.
        configurationBuilder.ComplexProperties<Money>();
    }
}
