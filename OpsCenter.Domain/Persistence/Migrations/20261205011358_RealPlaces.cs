using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261205011358_RealPlaces")]
public sealed class RealPlaces : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "flagged", table: "report_import_runs", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<string>(name: "location_disagreement", table: "citizen_reports", nullable: true, maxLength: 500);
    }
}
