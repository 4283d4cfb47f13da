using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261121183856_FourRealReview")]
public sealed class FourRealReview : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "attendees", table: "review_sessions", nullable: true, maxLength: 4000);

        migrationBuilder.AddColumn<int>(name: "current_item_id", table: "review_sessions", nullable: true);

        migrationBuilder.AddColumn<bool>(name: "spotlight", table: "review_sessions", nullable: false, defaultValue: false);

        migrationBuilder.AddColumn<string>(name: "area_code", table: "review_sessions", nullable: true, maxLength: 6);

        migrationBuilder.AddColumn<DateTime>(name: "started_at", table: "review_sessions", nullable: true);

        migrationBuilder.AddColumn<DateTime>(name: "ended_at", table: "review_sessions", nullable: true);

        migrationBuilder.AddColumn<int>(name: "follow_review_id", table: "wall_screens", nullable: true);

        migrationBuilder.CreateTable(
            name: "review_agenda_items",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                review_session_id = table.Column<int>(nullable: false),
                section = table.Column<int>(nullable: false),
                position = table.Column<int>(nullable: false),
                kind = table.Column<string>(nullable: false, maxLength: 40),
                title_th = table.Column<string>(nullable: false, maxLength: 300),
                title_en = table.Column<string>(nullable: false, maxLength: 300),
                subject_id = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_review_agenda_items", x => x.id);
                table.ForeignKey("FK_review_agenda_items_review_sessions_review_session_id", x => x.review_session_id, "review_sessions", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "review_decisions",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                review_session_id = table.Column<int>(nullable: false),
                agenda_item_id = table.Column<int>(nullable: true),
                text = table.Column<string>(nullable: false, maxLength: 2000),
                link_kind = table.Column<int>(nullable: false),
                link_ref = table.Column<string>(nullable: true, maxLength: 100),
                taken_at = table.Column<DateTime>(nullable: false),
                snapshot_json = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_review_decisions", x => x.id);
                table.ForeignKey("FK_review_decisions_review_agenda_items_agenda_item_id", x => x.agenda_item_id, "review_agenda_items", new[] { "id" }, onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_review_decisions_review_sessions_review_session_id", x => x.review_session_id, "review_sessions", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddColumn<int>(name: "decision_id", table: "action_items", nullable: true);

        migrationBuilder.AddColumn<string>(name: "owner_person_name", table: "action_items", nullable: true, maxLength: 200);

        migrationBuilder.AddColumn<int>(name: "progress_percent", table: "action_items", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<string>(name: "progress_note", table: "action_items", nullable: true, maxLength: 1000);

        migrationBuilder.AddColumn<int>(name: "link_kind", table: "action_items", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<string>(name: "link_ref", table: "action_items", nullable: true, maxLength: 100);

        // Not emitted: foreign key FK_action_items_review_decisions_decision_id on existing table action_items (SQLite cannot add one without rebuilding the table).
        migrationBuilder.CreateIndex(name: "IX_action_items_decision_id", table: "action_items", columns: new[] { "decision_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_review_agenda_items_review_session_id_section_position", table: "review_agenda_items", columns: new[] { "review_session_id", "section", "position" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_review_decisions_agenda_item_id", table: "review_decisions", columns: new[] { "agenda_item_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_review_decisions_review_session_id_taken_at", table: "review_decisions", columns: new[] { "review_session_id", "taken_at" }, unique: false);
    }
}
