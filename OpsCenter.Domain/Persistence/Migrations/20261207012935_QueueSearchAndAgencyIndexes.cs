using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueueSearchAndAgencyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_owner_agency_id",
                table: "citizen_reports");

            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_owner_agency_status",
                table: "citizen_reports",
                columns: new[] { "owner_agency_id", "status", "province_code" });

            if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            {
                // The queue's search by any part of a tracking number (ReportQueue): a LIKE '%…%' no B-tree can answer.
                // pg_trgm ships with PostgreSQL and is trusted (a database owner may create it); where it cannot be
                // created the search still works, as a read of the province's reports, and the start says so.
                migrationBuilder.Sql("""
                    DO $$
                    BEGIN
                        CREATE EXTENSION IF NOT EXISTS pg_trgm;
                    EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
                        RAISE WARNING 'pg_trgm cannot be created here (%): the queue''s search by part of a tracking number reads every report of the province', SQLERRM;
                    END $$;
                    """);
                migrationBuilder.Sql($"""
                    DO $$
                    BEGIN
                        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                            CREATE INDEX "{TrackingNumberTrigrams}" ON citizen_reports USING gin (tracking_number gin_trgm_ops);
                        END IF;
                    END $$;
                    """);
            }
        }

        /// <summary>Outside the model: EF Core's model has no operator classes on SQLite, the design-time provider.</summary>
        internal const string TrackingNumberTrigrams = "IX_citizen_reports_tracking_number_trgm";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            {
                migrationBuilder.Sql($"DROP INDEX IF EXISTS \"{TrackingNumberTrigrams}\"");
            }

            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_owner_agency_status",
                table: "citizen_reports");

            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_owner_agency_id",
                table: "citizen_reports",
                column: "owner_agency_id");
        }
    }
}
