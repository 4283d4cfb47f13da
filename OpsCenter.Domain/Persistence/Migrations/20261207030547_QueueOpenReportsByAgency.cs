using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueueOpenReportsByAgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (OnlineIndexes.IsPostgres(migrationBuilder))
            {
                OnlineIndexes.Create(migrationBuilder, "IX_citizen_reports_open_by_agency", "citizen_reports",
                    "(owner_agency_id, province_code, received_at, id) WHERE status IN (1, 2, 3, 4)");
                return;
            }

            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_open_by_agency",
                table: "citizen_reports",
                columns: new[] { "owner_agency_id", "province_code", "received_at", "id" },
                filter: "status IN (1, 2, 3, 4)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (OnlineIndexes.IsPostgres(migrationBuilder))
            {
                OnlineIndexes.Drop(migrationBuilder, "IX_citizen_reports_open_by_agency");
                return;
            }

            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_open_by_agency",
                table: "citizen_reports");
        }
    }
}
