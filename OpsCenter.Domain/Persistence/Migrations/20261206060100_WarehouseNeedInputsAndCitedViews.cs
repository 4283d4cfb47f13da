using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WarehouseNeedInputsAndCitedViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An evidence link's target may now be an explorer view's address.
            migrationBuilder.AlterColumn<string>(
                name: "target_id",
                table: "evidence_links",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldMaxLength: 40);

            migrationBuilder.AddColumn<int>(
                name: "by_area_level",
                table: "dataset_indicators",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "need_input_code",
                table: "dataset_indicators",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "evidence_url",
                table: "citizen_proposals",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "target_id",
                table: "evidence_links",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldMaxLength: 1000);

            migrationBuilder.DropColumn(
                name: "by_area_level",
                table: "dataset_indicators");

            migrationBuilder.DropColumn(
                name: "need_input_code",
                table: "dataset_indicators");

            migrationBuilder.DropColumn(
                name: "evidence_url",
                table: "citizen_proposals");
        }
    }
}
