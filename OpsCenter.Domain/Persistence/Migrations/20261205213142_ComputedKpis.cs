using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261205213142_ComputedKpis")]
public sealed class ComputedKpis : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "unit_en", table: "kpis", nullable: true, maxLength: 40);

        migrationBuilder.AddColumn<int>(name: "computation", table: "kpis", nullable: false, defaultValue: 0);
    }
}
