using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// Coarse tallies for the figures that read many places or long windows: one row per area (a province, a district or
/// a subdistrict code: every report counts in all three of its own) and per Bangkok day or month, so the wall, the map
/// and the nation read a few rows per area and month instead of one per report. Kept by <see cref="TallyFolding"/>.
/// </summary>
public sealed class AreaTally : IAreaTallyCell
{
    public string AreaCode { get; set; } = "";

    public TallyGrain Grain { get; set; }

    /// <summary>The day, or the first day of the month.</summary>
    public DateOnly Period { get; set; }

    public ReportStatus Status { get; set; }

    public int Reports { get; set; }
}

/// <summary>Reports resolved per area and Bangkok day or month, by whether on time.</summary>
public sealed class AreaResolutionTally : IAreaTallyCell
{
    public string AreaCode { get; set; } = "";

    public TallyGrain Grain { get; set; }

    public DateOnly Period { get; set; }

    public ResolutionTiming Timing { get; set; }

    public int Reports { get; set; }
}

/// <summary>
/// The reports open now, per area and Bangkok due day (<see cref="OpenTally.NoDueDay"/> when none), so overdue at any
/// instant is the whole due days before today plus today's open reports due before that instant, read raw.
/// </summary>
public sealed class OpenTally
{
    public static readonly DateOnly NoDueDay = new(9999, 12, 31);

    public string AreaCode { get; set; } = "";

    public DateOnly DueDay { get; set; }

    /// <summary>Backlog imported as already overdue: counted as open, never as live overdue.</summary>
    public bool Imported { get; set; }

    public int Reports { get; set; }
}

/// <summary>
/// Reports per province or district, Bangkok month, category, kind and current status, with the need index's growth
/// sum: what budget versus need and the top categories read.
/// </summary>
public sealed class CategoryTally
{
    public string AreaCode { get; set; } = "";

    public DateOnly Month { get; set; }

    public string CategoryCode { get; set; } = "";

    public ReportKind Kind { get; set; }

    public ReportStatus Status { get; set; }

    public int Reports { get; set; }

    public double Growth { get; set; }
}

/// <summary>
/// Located reports per area, Bangkok day and cell of the wall's heat grid (<see cref="CellDegrees"/>, about 1.1 km):
/// a period's heat layer from a few thousand cells instead of every report's point. Coarser cells are whole multiples.
/// </summary>
public sealed class HeatTally
{
    public const double CellDegrees = 0.01;

    public string AreaCode { get; set; } = "";

    public DateOnly Day { get; set; }

    /// <summary>⌊latitude / <see cref="CellDegrees"/>⌋.</summary>
    public long CellRow { get; set; }

    /// <summary>⌊longitude / <see cref="CellDegrees"/>⌋.</summary>
    public long CellColumn { get; set; }

    public int Reports { get; set; }
}

/// <summary>
/// One report's signed change (−1 for its old values, +1 for its new ones), appended by the triggers on
/// <c>citizen_reports</c> in the writer's transaction, and folded into every tally by <see cref="TallyFolding"/>.
/// Appending never waits on another writer, as an upsert of a shared tally row would.
/// </summary>
public sealed class TallyDelta
{
    public long Id { get; set; }

    public string ProvinceCode { get; set; } = "";

    public string? DistrictCode { get; set; }

    public string? SubdistrictCode { get; set; }

    public string CategoryCode { get; set; } = "";

    public ReportKind Kind { get; set; }

    public ReportStatus Status { get; set; }

    public EscalationLevel EscalationLevel { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public DateTime? DueAt { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int Sign { get; set; }
}

public enum TallyGrain
{
    Day = 0,
    Month = 1,
}

/// <summary>What the area tallies are keyed by, so one window narrows either.</summary>
public interface IAreaTallyCell
{
    string AreaCode { get; }

    TallyGrain Grain { get; }

    DateOnly Period { get; }
}

internal sealed class AreaTallyConfiguration :
    IEntityTypeConfiguration<AreaTally>, IEntityTypeConfiguration<AreaResolutionTally>, IEntityTypeConfiguration<OpenTally>,
    IEntityTypeConfiguration<CategoryTally>, IEntityTypeConfiguration<TallyDelta>, IEntityTypeConfiguration<HeatTally>
{
    public void Configure(EntityTypeBuilder<AreaTally> builder)
    {
        builder.ToTable("report_area_tallies");
        builder.HasKey(t => new { t.AreaCode, t.Grain, t.Period, t.Status });
        builder.Property(t => t.AreaCode).HasMaxLength(6);
        builder.Property(t => t.Grain).HasConversion<int>();
        builder.Property(t => t.Status).HasConversion<int>();
    }

    public void Configure(EntityTypeBuilder<AreaResolutionTally> builder)
    {
        builder.ToTable("report_area_resolution_tallies");
        builder.HasKey(t => new { t.AreaCode, t.Grain, t.Period, t.Timing });
        builder.Property(t => t.AreaCode).HasMaxLength(6);
        builder.Property(t => t.Grain).HasConversion<int>();
        builder.Property(t => t.Timing).HasConversion<int>();
    }

    public void Configure(EntityTypeBuilder<OpenTally> builder)
    {
        builder.ToTable("report_open_tallies");
        builder.HasKey(t => new { t.AreaCode, t.DueDay, t.Imported });
        // Covering: open and overdue by area are sums over every due day (the national roll-up's 51,631 province rows at
        // 10M reports read in 36 ms through the key and the table, 11 ms from this index alone).
        builder.HasIndex(t => new { t.AreaCode, t.DueDay, t.Imported, t.Reports })
            .HasDatabaseName("IX_report_open_tallies_covering");
        builder.Property(t => t.AreaCode).HasMaxLength(6);
    }

    public void Configure(EntityTypeBuilder<CategoryTally> builder)
    {
        builder.ToTable("report_category_tallies");
        builder.HasKey(t => new { t.AreaCode, t.Month, t.CategoryCode, t.Kind, t.Status });
        // Covering, as the fine tallies' (ReportTallyConfiguration): a province's months from the index alone.
        builder.HasIndex(t => new { t.AreaCode, t.Month, t.CategoryCode, t.Kind, t.Status, t.Reports, t.Growth })
            .HasDatabaseName("IX_report_category_tallies_covering");
        builder.Property(t => t.AreaCode).HasMaxLength(4);
        builder.Property(t => t.CategoryCode).HasMaxLength(40);
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Status).HasConversion<int>();
    }

    public void Configure(EntityTypeBuilder<TallyDelta> builder)
    {
        builder.ToTable("report_tally_deltas");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ProvinceCode).HasMaxLength(2);
        builder.Property(t => t.DistrictCode).HasMaxLength(4);
        builder.Property(t => t.SubdistrictCode).HasMaxLength(6);
        builder.Property(t => t.CategoryCode).HasMaxLength(40);
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Status).HasConversion<int>();
        builder.Property(t => t.EscalationLevel).HasConversion<int>();
    }

    public void Configure(EntityTypeBuilder<HeatTally> builder)
    {
        builder.ToTable("report_heat_tallies");
        builder.HasKey(t => new { t.AreaCode, t.Day, t.CellRow, t.CellColumn });
        builder.Property(t => t.AreaCode).HasMaxLength(6);
    }
}
