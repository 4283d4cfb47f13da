using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Domain.Catalog.Gaps;

/// <summary>
/// TO-BE: a dataset that a KPI or a development issue (ประเด็นการพัฒนา, owned by the budget plan, referenced by its
/// code) needs. <see cref="DatasetId"/> is the AS-IS dataset that answers it, or null when the province has none.
/// </summary>
public sealed class DatasetRequirement
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public int? KpiId { get; set; }

    public string? DevelopmentIssueCode { get; set; }

    /// <summary>The development issue's name as the plan states it, so the gap view reads without the plan's tables.</summary>
    public string? NeedTitleTh { get; set; }

    public string? NeedTitleEn { get; set; }

    public required string RequiredTitleTh { get; set; }

    public string? RequiredTitleEn { get; set; }

    public int? DatasetId { get; set; }

    public string? Note { get; set; }
}

internal sealed class DatasetRequirementConfiguration : IEntityTypeConfiguration<DatasetRequirement>
{
    public void Configure(EntityTypeBuilder<DatasetRequirement> builder)
    {
        builder.ToTable("dataset_requirements");
        builder.Property(r => r.ProvinceCode).HasMaxLength(2);
        builder.Property(r => r.DevelopmentIssueCode).HasMaxLength(40);
        builder.Property(r => r.NeedTitleTh).HasMaxLength(300);
        builder.Property(r => r.NeedTitleEn).HasMaxLength(300);
        builder.Property(r => r.RequiredTitleTh).HasMaxLength(300);
        builder.Property(r => r.RequiredTitleEn).HasMaxLength(300);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.HasOne<Kpi>().WithMany().HasForeignKey(r => r.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Dataset>().WithMany().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.ProvinceCode);
        builder.HasIndex(r => r.DevelopmentIssueCode);
    }
}
