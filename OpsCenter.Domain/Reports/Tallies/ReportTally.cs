using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// How many reports of one place, category, kind and current status were received on one Bangkok day, kept by the
/// database's own triggers on <c>citizen_reports</c> (see <see cref="TallyTriggers"/>), so every write path (intake,
/// workflow, imports, COPY, bulk updates) keeps it exact in the same transaction. Screens read these instead of the raw
/// rows, so their cost follows places × categories × days, not the number of reports ever received.
/// </summary>
public sealed class ReportTally : ITallyCell
{
    public string ProvinceCode { get; set; } = "";

    /// <summary>Empty when the report has no district (an unlocated report), so the key has no nulls.</summary>
    public string DistrictCode { get; set; } = "";

    public string SubdistrictCode { get; set; } = "";

    public string CategoryCode { get; set; } = "";

    public ReportKind Kind { get; set; }

    public ReportStatus Status { get; set; }

    public DateOnly Day { get; set; }

    public int Reports { get; set; }

    /// <summary>
    /// Σ 2^((received − 2020-01-01) / <see cref="TallyTriggers.GrowthHalfLifeDays"/> days) over the reports: times
    /// 2^((2020-01-01 − as-of) / half-life) it is the need index's recency sum Σ 0.5^(age / half-life) at any instant.
    /// </summary>
    public double Growth { get; set; }
}

/// <summary>How many reports of one place and category were resolved on one Bangkok day, by whether on time.</summary>
public sealed class ResolutionTally : ITallyCell
{
    public string ProvinceCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public string SubdistrictCode { get; set; } = "";

    public string CategoryCode { get; set; } = "";

    public DateOnly Day { get; set; }

    public ResolutionTiming Timing { get; set; }

    public int Reports { get; set; }
}

/// <summary>What both tallies are keyed by, so one filter narrows either.</summary>
public interface ITallyCell
{
    string ProvinceCode { get; }

    string DistrictCode { get; }

    string SubdistrictCode { get; }

    DateOnly Day { get; }
}

public enum ResolutionTiming
{
    NoDueTime = -1,
    Late = 0,
    OnTime = 1,
}

internal sealed class ReportTallyConfiguration : IEntityTypeConfiguration<ReportTally>
{
    public void Configure(EntityTypeBuilder<ReportTally> builder)
    {
        builder.ToTable("report_tallies");
        // Province and day lead the key: every screen asks for one province over a run of days.
        builder.HasKey(t => new { t.ProvinceCode, t.Day, t.DistrictCode, t.SubdistrictCode, t.CategoryCode, t.Kind, t.Status });
        // The key and the sums, so a province's days are read from the index alone: the fold appends rows in the order
        // reports arrive, every province interleaved, and a day's rows of one province lie on as many heap pages.
        builder.HasIndex(t => new { t.ProvinceCode, t.Day, t.DistrictCode, t.SubdistrictCode, t.CategoryCode, t.Kind, t.Status, t.Reports, t.Growth })
            .HasDatabaseName("IX_report_tallies_covering");
        builder.Property(t => t.ProvinceCode).HasMaxLength(2);
        builder.Property(t => t.DistrictCode).HasMaxLength(4);
        builder.Property(t => t.SubdistrictCode).HasMaxLength(6);
        builder.Property(t => t.CategoryCode).HasMaxLength(40);
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Status).HasConversion<int>();
    }
}

internal sealed class ResolutionTallyConfiguration : IEntityTypeConfiguration<ResolutionTally>
{
    public void Configure(EntityTypeBuilder<ResolutionTally> builder)
    {
        builder.ToTable("report_resolution_tallies");
        builder.HasKey(t => new { t.ProvinceCode, t.Day, t.DistrictCode, t.SubdistrictCode, t.CategoryCode, t.Timing });
        builder.Property(t => t.ProvinceCode).HasMaxLength(2);
        builder.Property(t => t.DistrictCode).HasMaxLength(4);
        builder.Property(t => t.SubdistrictCode).HasMaxLength(6);
        builder.Property(t => t.CategoryCode).HasMaxLength(40);
        builder.Property(t => t.Timing).HasConversion<int>();
    }
}
