using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WarehouseIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "source_indicator_id",
                table: "kpis",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dataset_indicators",
                columns: table => new
                {
                    id = table.Column<int>(nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("Sqlite:Autoincrement", true),
                    province_code = table.Column<string>(maxLength: 2, nullable: false),
                    dataset_id = table.Column<int>(nullable: false),
                    name_th = table.Column<string>(maxLength: 300, nullable: false),
                    name_en = table.Column<string>(maxLength: 300, nullable: true),
                    measure = table.Column<int>(nullable: false),
                    of = table.Column<string>(maxLength: 200, nullable: true),
                    filter_column = table.Column<string>(maxLength: 200, nullable: true),
                    filter_value = table.Column<string>(maxLength: 500, nullable: true),
                    area_code = table.Column<string>(maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_indicators", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kpis_source_indicator_id",
                table: "kpis",
                column: "source_indicator_id");

            migrationBuilder.CreateIndex(
                name: "IX_dataset_indicators_dataset_id",
                table: "dataset_indicators",
                column: "dataset_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dataset_indicators");

            migrationBuilder.DropIndex(
                name: "IX_kpis_source_indicator_id",
                table: "kpis");

            migrationBuilder.DropColumn(
                name: "source_indicator_id",
                table: "kpis");
        }
    }
}
