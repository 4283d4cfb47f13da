using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueueAgencyStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            {
                // An agency belongs to one province, but PostgreSQL takes the two filters as independent and estimated a
                // Saraburi agency's 101,248 reports as 1,145: it read them all through the agency index and sorted, 591 ms
                // for the queue's first page at 10 million reports, where walking the province's newest reports finds 25
                // in 0.4 ms. The dependency statistics tell it; the ANALYZE gathers them now (0.5 s at 10 million).
                migrationBuilder.Sql($"CREATE STATISTICS IF NOT EXISTS {AgencyProvince} (dependencies) ON owner_agency_id, province_code FROM citizen_reports");
                migrationBuilder.Sql("ANALYZE citizen_reports");
            }
        }

        internal const string AgencyProvince = "citizen_reports_agency_province";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            {
                migrationBuilder.Sql($"DROP STATISTICS IF EXISTS {AgencyProvince}");
            }
        }
    }
}
