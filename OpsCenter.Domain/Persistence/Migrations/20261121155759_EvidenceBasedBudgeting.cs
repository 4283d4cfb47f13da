using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261121155759_EvidenceBasedBudgeting")]
public sealed class EvidenceBasedBudgeting : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "development_plans",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                code = table.Column<string>(nullable: false, maxLength: 40),
                name_th = table.Column<string>(nullable: false, maxLength: 500),
                name_en = table.Column<string>(nullable: true, maxLength: 500),
                vision_th = table.Column<string>(nullable: true, maxLength: 2000),
                vision_en = table.Column<string>(nullable: true, maxLength: 2000),
                first_fiscal_year = table.Column<int>(nullable: false),
                last_fiscal_year = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_development_plans", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "indicator_values",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                indicator_code = table.Column<string>(nullable: false, maxLength: 40),
                area_code = table.Column<string>(nullable: false, maxLength: 6),
                year = table.Column<int>(nullable: false),
                value = table.Column<double>(nullable: false),
                source = table.Column<string>(nullable: true, maxLength: 300),
                imported_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_indicator_values", x => x.id);
            });

        migrationBuilder.AddColumn<string>(name: "description", table: "projects", nullable: true, maxLength: 4000);

        migrationBuilder.AddColumn<int>(name: "action_plan_id", table: "projects", nullable: true);

        migrationBuilder.AddColumn<int>(name: "development_issue_id", table: "projects", nullable: true);

        migrationBuilder.CreateTable(
            name: "action_plans",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                plan_id = table.Column<int>(nullable: false),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                fiscal_year = table.Column<int>(nullable: false),
                name_th = table.Column<string>(nullable: false, maxLength: 500),
                name_en = table.Column<string>(nullable: true, maxLength: 500),
                status = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_action_plans", x => x.id);
                table.ForeignKey("FK_action_plans_development_plans_plan_id", x => x.plan_id, "development_plans", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "development_issues",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                plan_id = table.Column<int>(nullable: false),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                code = table.Column<string>(nullable: false, maxLength: 40),
                number = table.Column<int>(nullable: false),
                name_th = table.Column<string>(nullable: false, maxLength: 500),
                name_en = table.Column<string>(nullable: true, maxLength: 500),
                sector_codes = table.Column<string>(nullable: false, maxLength: 200),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_development_issues", x => x.id);
                table.ForeignKey("FK_development_issues_development_plans_plan_id", x => x.plan_id, "development_plans", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "citizen_proposals",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                tracking_code = table.Column<string>(nullable: false, maxLength: 32),
                title = table.Column<string>(nullable: false, maxLength: 200),
                description = table.Column<string>(nullable: false, maxLength: 4000),
                area_code = table.Column<string>(nullable: false, maxLength: 6),
                category_code = table.Column<string>(nullable: false, maxLength: 40),
                status = table.Column<int>(nullable: false),
                support_count = table.Column<int>(nullable: false),
                staff_response = table.Column<string>(nullable: true, maxLength: 2000),
                project_id = table.Column<int>(nullable: true),
                merged_into_id = table.Column<int>(nullable: true),
                client_key = table.Column<string>(nullable: true, maxLength: 80),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                triaged_at = table.Column<DateTime>(nullable: true),
                triaged_by_user_id = table.Column<string>(nullable: true, maxLength: 450),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_citizen_proposals", x => x.id);
                table.ForeignKey("FK_citizen_proposals_areas_area_code", x => x.area_code, "areas", new[] { "code" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_citizen_proposals_citizen_proposals_merged_into_id", x => x.merged_into_id, "citizen_proposals", new[] { "id" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_citizen_proposals_projects_project_id", x => x.project_id, "projects", new[] { "id" }, onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_citizen_proposals_report_categories_category_code", x => x.category_code, "report_categories", new[] { "code" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "evidence_links",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                project_id = table.Column<int>(nullable: false),
                kind = table.Column<int>(nullable: false),
                target_id = table.Column<string>(nullable: false, maxLength: 40),
                note = table.Column<string>(nullable: true, maxLength: 1000),
                created_by_user_id = table.Column<string>(nullable: true, maxLength: 450),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_evidence_links", x => x.id);
                table.ForeignKey("FK_evidence_links_projects_project_id", x => x.project_id, "projects", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "project_areas",
            columns: table => new
            {
                project_id = table.Column<int>(nullable: false),
                area_code = table.Column<string>(nullable: false, maxLength: 6),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_project_areas", x => new { x.project_id, x.area_code });
                table.ForeignKey("FK_project_areas_areas_area_code", x => x.area_code, "areas", new[] { "code" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_project_areas_projects_project_id", x => x.project_id, "projects", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "project_milestones",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                project_id = table.Column<int>(nullable: false),
                sequence = table.Column<int>(nullable: false),
                name_th = table.Column<string>(nullable: false, maxLength: 300),
                name_en = table.Column<string>(nullable: true, maxLength: 300),
                due_at = table.Column<DateTime>(nullable: false),
                progress_percent = table.Column<int>(nullable: false),
                weight = table.Column<int>(nullable: false),
                completed_at = table.Column<DateTime>(nullable: true),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_project_milestones", x => x.id);
                table.ForeignKey("FK_project_milestones_projects_project_id", x => x.project_id, "projects", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "proposal_supports",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                proposal_id = table.Column<int>(nullable: false),
                supporter_key = table.Column<string>(nullable: false, maxLength: 80),
                client_key = table.Column<string>(nullable: true, maxLength: 80),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_proposal_supports", x => x.id);
                table.ForeignKey("FK_proposal_supports_citizen_proposals_proposal_id", x => x.proposal_id, "citizen_proposals", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_action_plans_plan_id_fiscal_year", table: "action_plans", columns: new[] { "plan_id", "fiscal_year" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_citizen_proposals_area_code", table: "citizen_proposals", columns: new[] { "area_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_proposals_category_code", table: "citizen_proposals", columns: new[] { "category_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_proposals_client_key_created_at", table: "citizen_proposals", columns: new[] { "client_key", "created_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_proposals_merged_into_id", table: "citizen_proposals", columns: new[] { "merged_into_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_proposals_project_id", table: "citizen_proposals", columns: new[] { "project_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_proposals_province_code_status_support_count", table: "citizen_proposals", columns: new[] { "province_code", "status", "support_count" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_proposals_tracking_code", table: "citizen_proposals", columns: new[] { "tracking_code" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_development_issues_code", table: "development_issues", columns: new[] { "code" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_development_issues_plan_id", table: "development_issues", columns: new[] { "plan_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_development_plans_code", table: "development_plans", columns: new[] { "code" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_development_plans_province_code", table: "development_plans", columns: new[] { "province_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_evidence_links_kind_target_id", table: "evidence_links", columns: new[] { "kind", "target_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_evidence_links_project_id_kind_target_id", table: "evidence_links", columns: new[] { "project_id", "kind", "target_id" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_indicator_values_indicator_code_area_code_year", table: "indicator_values", columns: new[] { "indicator_code", "area_code", "year" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_indicator_values_province_code", table: "indicator_values", columns: new[] { "province_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_project_areas_area_code", table: "project_areas", columns: new[] { "area_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_project_milestones_project_id_sequence", table: "project_milestones", columns: new[] { "project_id", "sequence" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_projects_action_plan_id", table: "projects", columns: new[] { "action_plan_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_projects_development_issue_id", table: "projects", columns: new[] { "development_issue_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_proposal_supports_client_key_created_at", table: "proposal_supports", columns: new[] { "client_key", "created_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_proposal_supports_proposal_id_supporter_key", table: "proposal_supports", columns: new[] { "proposal_id", "supporter_key" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_proposal_supports_supporter_key_created_at", table: "proposal_supports", columns: new[] { "supporter_key", "created_at" }, unique: false);
    }
}
