using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261121171734_CitizenReportsWorkflow")]
public sealed class CitizenReportsWorkflow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                at = table.Column<DateTime>(nullable: false),
                user_id = table.Column<string>(nullable: true, maxLength: 450),
                user_name = table.Column<string>(nullable: false, maxLength: 256),
                action = table.Column<string>(nullable: false, maxLength: 80),
                subject_type = table.Column<string>(nullable: false, maxLength: 60),
                subject_id = table.Column<string>(nullable: false, maxLength: 80),
                province_code = table.Column<string>(nullable: true, maxLength: 2),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_audit_entries", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "open311_partners",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(nullable: false, maxLength: 200),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                key_hash = table.Column<string>(nullable: false, maxLength: 64),
                created_at = table.Column<DateTime>(nullable: false),
                is_active = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_open311_partners", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "report_import_runs",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                source = table.Column<int>(nullable: false),
                file_name = table.Column<string>(nullable: false, maxLength: 260),
                started_by = table.Column<string>(nullable: false, maxLength: 200),
                started_at = table.Column<DateTime>(nullable: false),
                finished_at = table.Column<DateTime>(nullable: false),
                rows = table.Column<int>(nullable: false),
                accepted = table.Column<int>(nullable: false),
                updated = table.Column<int>(nullable: false),
                unchanged = table.Column<int>(nullable: false),
                rejected = table.Column<int>(nullable: false),
                rejections_json = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_report_import_runs", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "report_routing_rules",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                category_code = table.Column<string>(nullable: true, maxLength: 40),
                area_code = table.Column<string>(nullable: true, maxLength: 6),
                agency_id = table.Column<int>(nullable: false),
                note = table.Column<string>(nullable: true, maxLength: 500),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_report_routing_rules", x => x.id);
                table.ForeignKey("FK_report_routing_rules_agencies_agency_id", x => x.agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.AddColumn<string>(name: "address", table: "citizen_reports", nullable: true, maxLength: 500);

        migrationBuilder.AddColumn<string>(name: "external_photo_url", table: "citizen_reports", nullable: true, maxLength: 500);

        migrationBuilder.AddColumn<string>(name: "external_status", table: "citizen_reports", nullable: true, maxLength: 60);

        migrationBuilder.AddColumn<string>(name: "assigned_user_id", table: "citizen_reports", nullable: true, maxLength: 450);

        migrationBuilder.AddColumn<string>(name: "assigned_user_name", table: "citizen_reports", nullable: true, maxLength: 200);

        // Every existing report was made by one citizen; bulk writers that omit the column get the same.
        migrationBuilder.AddColumn<int>(name: "reporter_count", table: "citizen_reports", nullable: false, defaultValue: 1);

        migrationBuilder.AddColumn<long>(name: "duplicate_of_id", table: "citizen_reports", nullable: true);

        migrationBuilder.AddColumn<long>(name: "possible_duplicate_of_id", table: "citizen_reports", nullable: true);

        migrationBuilder.AddColumn<int>(name: "escalation_level", table: "citizen_reports", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<int>(name: "reopen_count", table: "citizen_reports", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<string>(name: "status_note", table: "citizen_reports", nullable: true, maxLength: 2000);

        migrationBuilder.CreateTable(
            name: "idempotency_keys",
            columns: table => new
            {
                key = table.Column<string>(nullable: false, maxLength: 300),
                request_hash = table.Column<string>(nullable: false, maxLength: 64),
                report_id = table.Column<long>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                expires_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_idempotency_keys", x => x.key);
                table.ForeignKey("FK_idempotency_keys_citizen_reports_report_id", x => x.report_id, "citizen_reports", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "report_photos",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                report_id = table.Column<long>(nullable: false),
                content_type = table.Column<string>(nullable: false, maxLength: 40),
                data = table.Column<byte[]>(nullable: false),
                length = table.Column<int>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_report_photos", x => x.id);
                table.ForeignKey("FK_report_photos_citizen_reports_report_id", x => x.report_id, "citizen_reports", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "report_timeline",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                report_id = table.Column<long>(nullable: false),
                at = table.Column<DateTime>(nullable: false),
                kind = table.Column<int>(nullable: false),
                status = table.Column<int>(nullable: false),
                agency_id = table.Column<int>(nullable: true),
                actor_user_id = table.Column<string>(nullable: true, maxLength: 450),
                actor_name = table.Column<string>(nullable: false, maxLength: 200),
                note = table.Column<string>(nullable: true, maxLength: 2000),
                is_public = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_report_timeline", x => x.id);
                table.ForeignKey("FK_report_timeline_citizen_reports_report_id", x => x.report_id, "citizen_reports", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "reporter_contacts",
            columns: table => new
            {
                report_id = table.Column<long>(nullable: false),
                name = table.Column<string>(nullable: true, maxLength: 200),
                phone = table.Column<string>(nullable: true, maxLength: 40),
                email = table.Column<string>(nullable: true, maxLength: 254),
                consent_at = table.Column<DateTime>(nullable: false),
                consent_source = table.Column<string>(nullable: false, maxLength: 120),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporter_contacts", x => x.report_id);
                table.ForeignKey("FK_reporter_contacts_citizen_reports_report_id", x => x.report_id, "citizen_reports", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_audit_entries_at", table: "audit_entries", columns: new[] { "at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_audit_entries_subject_type_subject_id", table: "audit_entries", columns: new[] { "subject_type", "subject_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_open_nearby", table: "citizen_reports", columns: new[] { "province_code", "category_code", "status", "latitude", "longitude" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_idempotency_keys_expires_at", table: "idempotency_keys", columns: new[] { "expires_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_idempotency_keys_report_id", table: "idempotency_keys", columns: new[] { "report_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_open311_partners_key_hash", table: "open311_partners", columns: new[] { "key_hash" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_report_import_runs_started_at", table: "report_import_runs", columns: new[] { "started_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_report_photos_report_id", table: "report_photos", columns: new[] { "report_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_report_routing_rules_agency_id", table: "report_routing_rules", columns: new[] { "agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_report_routing_rules_province_code", table: "report_routing_rules", columns: new[] { "province_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_report_timeline_report_id_at", table: "report_timeline", columns: new[] { "report_id", "at" }, unique: false);
    }
}
