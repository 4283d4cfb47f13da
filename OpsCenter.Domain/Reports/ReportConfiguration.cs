using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsCenter.Domain.Agencies;

namespace OpsCenter.Domain.Reports;

internal sealed class CitizenReportConfiguration : IEntityTypeConfiguration<CitizenReport>
{
    public void Configure(EntityTypeBuilder<CitizenReport> builder)
    {
        builder.ToTable("citizen_reports");
        builder.Property(r => r.TrackingNumber).HasMaxLength(32);
        builder.HasIndex(r => r.TrackingNumber).IsUnique();
        builder.Property(r => r.ProvinceCode).HasMaxLength(2);
        builder.Property(r => r.CategoryCode).HasMaxLength(40);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.DistrictCode).HasMaxLength(4);
        builder.Property(r => r.SubdistrictCode).HasMaxLength(6);
        builder.Property(r => r.ExternalId).HasMaxLength(80);
        builder.Property(r => r.Kind).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.Channel).HasConversion<int>();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportCategory>().WithMany().HasForeignKey(r => r.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Channel, r.ExternalId }).IsUnique();
        builder.HasIndex(r => new { r.ProvinceCode, r.Status, r.DueAt });
        // By province and time received, with what the map's heat layer reads (its district and the point), so a
        // province's or a district's heat for a period comes from the index alone (at 10 million reports a district of
        // Saraburi for 12 months: 250 → 10 ms; the heap pages of a province's reports are spread over the whole table).
        builder.HasIndex(r => new { r.ProvinceCode, r.ReceivedAt, r.DistrictCode, r.Latitude, r.Longitude })
            .HasDatabaseName("IX_citizen_reports_received_located");
        // Every province's reports newest first: Open311's requests without a jurisdiction, a public read (at 10 million
        // reports the newest 1,000 of 90 days took 3.2 s as a scan of the whole table and a sort; 8 ms from the index).
        builder.HasIndex(r => new { r.ReceivedAt, r.Id }).HasDatabaseName("IX_citizen_reports_received_at_id");
        // The reports merged into one, which its public tracking page lists: few reports are duplicates, so only those are
        // in the index (without one, at 10 million reports each view of a tracking page scanned the table: 1.3 s).
        builder.HasIndex(r => r.DuplicateOfId).HasDatabaseName("IX_citizen_reports_duplicate_of_id").HasFilter("duplicate_of_id IS NOT NULL");
        // Resolutions by time: the partial days of a window, and last year's reports resolved since (see Reports.Tallies).
        builder.HasIndex(r => new { r.ProvinceCode, r.ResolvedAt });
        builder.HasIndex(r => r.SubdistrictCode);
        // The open reports alone by due time, which history does not grow: the ticker's most overdue, today's due, and
        // overdue among a window's reports read from the index.
        // The columns after due time are keys rather than INCLUDE (the design-time provider, SQLite, drops INCLUDE).
        builder.HasIndex(r => new { r.ProvinceCode, r.DueAt, r.DistrictCode, r.SubdistrictCode, r.ReceivedAt, r.EscalationLevel })
            .HasDatabaseName("IX_citizen_reports_open_due")
            .HasFilter("status IN (1, 2, 3, 4)");
        // What the SLA sweep still has to escalate, oldest due first, across every province: only open reports the sweep
        // has not finished with are in it, and the level is a key, so the sweep finds its batch in the index alone (without
        // it the sweep walked the primary key through every report, 4.2 s at 10 million, each minute; see ReportSlaSweeper).
        builder.HasIndex(r => new { r.DueAt, r.EscalationLevel, r.Id })
            .HasDatabaseName("IX_citizen_reports_escalation_due")
            .HasFilter("status IN (1, 2, 3, 4) AND escalation_level IN (0, 1)");
        builder.Property(r => r.Address).HasMaxLength(500);
        builder.Property(r => r.ExternalPhotoUrl).HasMaxLength(500);
        builder.Property(r => r.ExternalStatus).HasMaxLength(60);
        builder.Property(r => r.LocationDisagreement).HasMaxLength(500);
        builder.Property(r => r.AssignedUserId).HasMaxLength(450);
        builder.Property(r => r.AssignedUserName).HasMaxLength(200);
        builder.Property(r => r.StatusNote).HasMaxLength(2000);
        builder.Property(r => r.EscalationLevel).HasConversion<int>();

        // Two app instances must not both escalate the same report: the sweep's update fails if another got there first.
        builder.Property(r => r.EscalationLevel).IsConcurrencyToken();
        // Named: the generated name is longer than PostgreSQL's 63-character limit.
        builder.HasIndex(r => new { r.ProvinceCode, r.CategoryCode, r.Status, r.Latitude, r.Longitude }).HasDatabaseName("IX_citizen_reports_open_nearby");
        // An agency's queue, its count and the review's figures per agency, from the index alone: by agency, state and
        // province (the agency's own first, as the foreign key needs). At 10 million reports the count of a Bangkok-sized
        // agency's reports joined two bitmaps and read 300,000 heap pages: 1.4 s, open only 85-150 ms; now 55-70 and 6 ms.
        builder.HasIndex(r => new { r.OwnerAgencyId, r.Status, r.ProvinceCode }).HasDatabaseName("IX_citizen_reports_owner_agency_status");
        // An agency's open reports newest first, its staff's default queue: only open reports, so history does not grow it.
        // Without it the first page walked the province's newest reports past every other agency's (47,000 new reports
        // for other agencies of Saraburi: 69 ms, and growing with the burst).
        builder.HasIndex(r => new { r.OwnerAgencyId, r.ProvinceCode, r.ReceivedAt, r.Id })
            .HasDatabaseName("IX_citizen_reports_open_by_agency")
            .HasFilter("status IN (1, 2, 3, 4)");
        builder.Ignore(r => r.IsOpen);
    }
}

internal sealed class ReportTimelineConfiguration : IEntityTypeConfiguration<ReportTimelineEntry>
{
    public void Configure(EntityTypeBuilder<ReportTimelineEntry> builder)
    {
        builder.ToTable("report_timeline");
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Status).HasConversion<int>();
        builder.Property(t => t.ActorUserId).HasMaxLength(450);
        builder.Property(t => t.ActorName).HasMaxLength(200);
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.HasOne<CitizenReport>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.ReportId, t.At });
    }
}

internal sealed class ReporterContactConfiguration : IEntityTypeConfiguration<ReporterContact>
{
    public void Configure(EntityTypeBuilder<ReporterContact> builder)
    {
        builder.ToTable("reporter_contacts");
        builder.HasKey(c => c.ReportId);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.ConsentSource).HasMaxLength(120);
        builder.HasOne<CitizenReport>().WithOne().HasForeignKey<ReporterContact>(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportPhotoConfiguration : IEntityTypeConfiguration<ReportPhoto>
{
    public void Configure(EntityTypeBuilder<ReportPhoto> builder)
    {
        builder.ToTable("report_photos");
        builder.Property(p => p.ContentType).HasMaxLength(40);
        builder.HasOne<CitizenReport>().WithMany().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ReportId);
    }
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.ToTable("report_routing_rules");
        builder.Property(r => r.ProvinceCode).HasMaxLength(2);
        builder.Property(r => r.CategoryCode).HasMaxLength(40);
        builder.Property(r => r.AreaCode).HasMaxLength(6);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ProvinceCode);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => k.Key);
        builder.Property(k => k.Key).HasMaxLength(300);
        builder.Property(k => k.RequestHash).HasMaxLength(64);
        builder.HasOne<CitizenReport>().WithMany().HasForeignKey(k => k.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.ExpiresAt);
        builder.HasIndex(k => k.ReportId);
    }
}

internal sealed class Open311PartnerConfiguration : IEntityTypeConfiguration<Open311Partner>
{
    public void Configure(EntityTypeBuilder<Open311Partner> builder)
    {
        builder.ToTable("open311_partners");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.ProvinceCode).HasMaxLength(2);
        builder.Property(p => p.KeyHash).HasMaxLength(64);
        builder.HasIndex(p => p.KeyHash).IsUnique();
    }
}

internal sealed class ReportImportRunConfiguration : IEntityTypeConfiguration<ReportImportRun>
{
    public void Configure(EntityTypeBuilder<ReportImportRun> builder)
    {
        builder.ToTable("report_import_runs");
        builder.Property(r => r.ProvinceCode).HasMaxLength(2);
        builder.Property(r => r.Source).HasConversion<int>();
        builder.Property(r => r.FileName).HasMaxLength(260);
        builder.Property(r => r.StartedBy).HasMaxLength(200);
        builder.HasIndex(r => r.StartedAt);
    }
}

internal sealed class ReportCategoryConfiguration : IEntityTypeConfiguration<ReportCategory>
{
    public void Configure(EntityTypeBuilder<ReportCategory> builder)
    {
        builder.ToTable("report_categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.NameTh).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.Sector).HasMaxLength(40);
    }
}
