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
            if (!OnlineIndexes.IsPostgres(migrationBuilder))
            {
                migrationBuilder.DropIndex(name: AgencyAlone, table: "citizen_reports");
                migrationBuilder.CreateIndex(name: AgencyByState, table: "citizen_reports", columns: new[] { "owner_agency_id", "status", "province_code" });
                return;
            }

            // Built while intake goes on (the two took 37 s at 10 million reports); the new agency index before the old
            // one goes, so the foreign key always has one.
            OnlineIndexes.Create(migrationBuilder, AgencyByState, "citizen_reports", "(owner_agency_id, status, province_code)");
            OnlineIndexes.Drop(migrationBuilder, AgencyAlone);
            // The queue's search by any part of a tracking number (ReportQueue): a LIKE '%…%' no B-tree answers.
            // pg_trgm ships with PostgreSQL (Debian's server package holds it) and is trusted: a database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            OnlineIndexes.Create(migrationBuilder, TrackingNumberTrigrams, "citizen_reports", "USING gin (tracking_number gin_trgm_ops)");
        }

        private const string AgencyAlone = "IX_citizen_reports_owner_agency_id";

        private const string AgencyByState = "IX_citizen_reports_owner_agency_status";

        /// <summary>Outside the model: EF Core's model has no operator classes on SQLite, the design-time provider.</summary>
        internal const string TrackingNumberTrigrams = "IX_citizen_reports_tracking_number_trgm";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!OnlineIndexes.IsPostgres(migrationBuilder))
            {
                migrationBuilder.DropIndex(name: AgencyByState, table: "citizen_reports");
                migrationBuilder.CreateIndex(name: AgencyAlone, table: "citizen_reports", column: "owner_agency_id");
                return;
            }

            OnlineIndexes.Drop(migrationBuilder, TrackingNumberTrigrams);
            OnlineIndexes.Create(migrationBuilder, AgencyAlone, "citizen_reports", "(owner_agency_id)");
            OnlineIndexes.Drop(migrationBuilder, AgencyByState);
        }
    }
}
