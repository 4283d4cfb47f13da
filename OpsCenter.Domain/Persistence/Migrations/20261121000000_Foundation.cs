using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261121000000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "agencies",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                code = table.Column<string>(nullable: false, maxLength: 40),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                kind = table.Column<int>(nullable: false),
                name_th = table.Column<string>(nullable: false, maxLength: 300),
                name_en = table.Column<string>(nullable: false, maxLength: 300),
                parent_agency_id = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_agencies", x => x.id);
                table.ForeignKey("FK_agencies_agencies_parent_agency_id", x => x.parent_agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "app_settings",
            columns: table => new
            {
                key = table.Column<string>(nullable: false, maxLength: 100),
                value = table.Column<string>(nullable: false, maxLength: 2000),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_app_settings", x => x.key);
            });

        migrationBuilder.CreateTable(
            name: "areas",
            columns: table => new
            {
                code = table.Column<string>(nullable: false, maxLength: 6),
                level = table.Column<int>(nullable: false),
                parent_code = table.Column<string>(nullable: true, maxLength: 6),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                name_th = table.Column<string>(nullable: false, maxLength: 200),
                name_en = table.Column<string>(nullable: false, maxLength: 200),
                population = table.Column<int>(nullable: false),
                households = table.Column<int>(nullable: false),
                latitude = table.Column<double>(nullable: false),
                longitude = table.Column<double>(nullable: false),
                boundary_wkb = table.Column<byte[]>(nullable: true),
                boundary_is_approximate = table.Column<bool>(nullable: false),
                boundary_updated_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_areas", x => x.code);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_roles",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: true, maxLength: 256),
                normalized_name = table.Column<string>(nullable: true, maxLength: 256),
                concurrency_stamp = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_asp_net_roles", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                friendly_name = table.Column<string>(nullable: true, maxLength: 200),
                xml = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_data_protection_keys", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "outbox_messages",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                kind = table.Column<string>(nullable: false, maxLength: 60),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                subject_id = table.Column<string>(nullable: false, maxLength: 80),
                occurred_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_outbox_messages", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "report_categories",
            columns: table => new
            {
                code = table.Column<string>(nullable: false, maxLength: 40),
                name_th = table.Column<string>(nullable: false, maxLength: 200),
                name_en = table.Column<string>(nullable: false, maxLength: 200),
                sla_hours = table.Column<int>(nullable: false),
                sector = table.Column<string>(nullable: false, maxLength: 40),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_report_categories", x => x.code);
            });

        migrationBuilder.CreateTable(
            name: "review_sessions",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                title = table.Column<string>(nullable: false, maxLength: 300),
                held_at = table.Column<DateTime>(nullable: false),
                chair_name = table.Column<string>(nullable: false, maxLength: 200),
                status = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_review_sessions", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_users",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                display_name = table.Column<string>(nullable: false, maxLength: 200),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                agency_id = table.Column<int>(nullable: true),
                is_disabled = table.Column<bool>(nullable: false),
                user_name = table.Column<string>(nullable: true, maxLength: 256),
                normalized_user_name = table.Column<string>(nullable: true, maxLength: 256),
                email = table.Column<string>(nullable: true, maxLength: 256),
                normalized_email = table.Column<string>(nullable: true, maxLength: 256),
                email_confirmed = table.Column<bool>(nullable: false),
                password_hash = table.Column<string>(nullable: true),
                security_stamp = table.Column<string>(nullable: true),
                concurrency_stamp = table.Column<string>(nullable: true),
                phone_number = table.Column<string>(nullable: true),
                phone_number_confirmed = table.Column<bool>(nullable: false),
                two_factor_enabled = table.Column<bool>(nullable: false),
                lockout_end = table.Column<DateTimeOffset>(nullable: true),
                lockout_enabled = table.Column<bool>(nullable: false),
                access_failed_count = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_asp_net_users", x => x.id);
                table.ForeignKey("FK_asp_net_users_agencies_agency_id", x => x.agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "datasets",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                slug = table.Column<string>(nullable: false, maxLength: 100),
                title_th = table.Column<string>(nullable: false, maxLength: 500),
                title_en = table.Column<string>(nullable: true, maxLength: 500),
                owner_agency_id = table.Column<int>(nullable: false),
                frequency_unit = table.Column<int>(nullable: false),
                frequency_interval = table.Column<int>(nullable: false),
                classification = table.Column<int>(nullable: false),
                last_data_update_at = table.Column<DateTime>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_datasets", x => x.id);
                table.ForeignKey("FK_datasets_agencies_owner_agency_id", x => x.owner_agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "kpis",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                code = table.Column<string>(nullable: false, maxLength: 40),
                name_th = table.Column<string>(nullable: false, maxLength: 300),
                name_en = table.Column<string>(nullable: false, maxLength: 300),
                unit = table.Column<string>(nullable: false, maxLength: 40),
                direction = table.Column<int>(nullable: false),
                lead_agency_id = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_kpis", x => x.id);
                table.ForeignKey("FK_kpis_agencies_lead_agency_id", x => x.lead_agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "agency_areas",
            columns: table => new
            {
                agency_id = table.Column<int>(nullable: false),
                area_code = table.Column<string>(nullable: false, maxLength: 6),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_agency_areas", x => new { x.agency_id, x.area_code });
                table.ForeignKey("FK_agency_areas_agencies_agency_id", x => x.agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_agency_areas_areas_area_code", x => x.area_code, "areas", new[] { "code" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "projects",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                code = table.Column<string>(nullable: false, maxLength: 40),
                name_th = table.Column<string>(nullable: false, maxLength: 500),
                name_en = table.Column<string>(nullable: true, maxLength: 500),
                sector = table.Column<string>(nullable: false, maxLength: 40),
                owner_agency_id = table.Column<int>(nullable: false),
                area_code = table.Column<string>(nullable: false, maxLength: 6),
                fiscal_year = table.Column<int>(nullable: false),
                status = table.Column<int>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_projects", x => x.id);
                table.ForeignKey("FK_projects_agencies_owner_agency_id", x => x.owner_agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_projects_areas_area_code", x => x.area_code, "areas", new[] { "code" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_role_claims",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                role_id = table.Column<string>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_asp_net_role_claims", x => x.id);
                table.ForeignKey("FK_asp_net_role_claims_asp_net_roles_role_id", x => x.role_id, "asp_net_roles", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "citizen_reports",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                tracking_number = table.Column<string>(nullable: false, maxLength: 32),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                kind = table.Column<int>(nullable: false),
                category_code = table.Column<string>(nullable: false, maxLength: 40),
                description = table.Column<string>(nullable: false, maxLength: 4000),
                latitude = table.Column<double>(nullable: true),
                longitude = table.Column<double>(nullable: true),
                district_code = table.Column<string>(nullable: true, maxLength: 4),
                subdistrict_code = table.Column<string>(nullable: true, maxLength: 6),
                status = table.Column<int>(nullable: false),
                owner_agency_id = table.Column<int>(nullable: true),
                channel = table.Column<int>(nullable: false),
                external_id = table.Column<string>(nullable: true, maxLength: 80),
                received_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                due_at = table.Column<DateTime>(nullable: true),
                resolved_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_citizen_reports", x => x.id);
                table.ForeignKey("FK_citizen_reports_agencies_owner_agency_id", x => x.owner_agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_citizen_reports_report_categories_category_code", x => x.category_code, "report_categories", new[] { "code" }, onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "action_items",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                review_session_id = table.Column<int>(nullable: false),
                text = table.Column<string>(nullable: false, maxLength: 2000),
                owner_agency_id = table.Column<int>(nullable: false),
                owner_user_id = table.Column<string>(nullable: true, maxLength: 450),
                due_at = table.Column<DateTime>(nullable: false),
                status = table.Column<int>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                closed_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_action_items", x => x.id);
                table.ForeignKey("FK_action_items_agencies_owner_agency_id", x => x.owner_agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_action_items_review_sessions_review_session_id", x => x.review_session_id, "review_sessions", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_claims",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<string>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_asp_net_user_claims", x => x.id);
                table.ForeignKey("FK_asp_net_user_claims_asp_net_users_user_id", x => x.user_id, "asp_net_users", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(nullable: false),
                provider_key = table.Column<string>(nullable: false),
                provider_display_name = table.Column<string>(nullable: true),
                user_id = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey("FK_asp_net_user_logins_asp_net_users_user_id", x => x.user_id, "asp_net_users", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_roles",
            columns: table => new
            {
                user_id = table.Column<string>(nullable: false),
                role_id = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_asp_net_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey("FK_asp_net_user_roles_asp_net_roles_role_id", x => x.role_id, "asp_net_roles", new[] { "id" }, onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_asp_net_user_roles_asp_net_users_user_id", x => x.user_id, "asp_net_users", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_tokens",
            columns: table => new
            {
                user_id = table.Column<string>(nullable: false),
                login_provider = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey("FK_asp_net_user_tokens_asp_net_users_user_id", x => x.user_id, "asp_net_users", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "kpi_measurements",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                kpi_id = table.Column<int>(nullable: false),
                period_start = table.Column<DateTime>(nullable: false),
                value = table.Column<double>(nullable: false),
                entered_by_user_id = table.Column<string>(nullable: true, maxLength: 450),
                entered_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_kpi_measurements", x => x.id);
                table.ForeignKey("FK_kpi_measurements_kpis_kpi_id", x => x.kpi_id, "kpis", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "kpi_targets",
            columns: table => new
            {
                kpi_id = table.Column<int>(nullable: false),
                fiscal_year = table.Column<int>(nullable: false),
                target = table.Column<double>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_kpi_targets", x => new { x.kpi_id, x.fiscal_year });
                table.ForeignKey("FK_kpi_targets_kpis_kpi_id", x => x.kpi_id, "kpis", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "budget_lines",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                project_id = table.Column<int>(nullable: false),
                source = table.Column<int>(nullable: false),
                fiscal_year = table.Column<int>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                approved_satang = table.Column<long>(nullable: false),
                disbursed_satang = table.Column<long>(nullable: false),
                requested_satang = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_budget_lines", x => x.id);
                table.ForeignKey("FK_budget_lines_projects_project_id", x => x.project_id, "projects", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_action_items_owner_agency_id", table: "action_items", columns: new[] { "owner_agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_action_items_review_session_id", table: "action_items", columns: new[] { "review_session_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_action_items_status_due_at", table: "action_items", columns: new[] { "status", "due_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_agencies_code", table: "agencies", columns: new[] { "code" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_agencies_parent_agency_id", table: "agencies", columns: new[] { "parent_agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_agencies_province_code", table: "agencies", columns: new[] { "province_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_agency_areas_area_code", table: "agency_areas", columns: new[] { "area_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_areas_parent_code", table: "areas", columns: new[] { "parent_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_areas_province_code_level", table: "areas", columns: new[] { "province_code", "level" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_asp_net_role_claims_role_id", table: "asp_net_role_claims", columns: new[] { "role_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "RoleNameIndex", table: "asp_net_roles", columns: new[] { "normalized_name" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_asp_net_user_claims_user_id", table: "asp_net_user_claims", columns: new[] { "user_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_asp_net_user_logins_user_id", table: "asp_net_user_logins", columns: new[] { "user_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_asp_net_user_roles_role_id", table: "asp_net_user_roles", columns: new[] { "role_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "EmailIndex", table: "asp_net_users", columns: new[] { "normalized_email" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_asp_net_users_agency_id", table: "asp_net_users", columns: new[] { "agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "UserNameIndex", table: "asp_net_users", columns: new[] { "normalized_user_name" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_budget_lines_fiscal_year_project_id", table: "budget_lines", columns: new[] { "fiscal_year", "project_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_budget_lines_project_id", table: "budget_lines", columns: new[] { "project_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_category_code", table: "citizen_reports", columns: new[] { "category_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_channel_external_id", table: "citizen_reports", columns: new[] { "channel", "external_id" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_owner_agency_id", table: "citizen_reports", columns: new[] { "owner_agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_province_code_received_at", table: "citizen_reports", columns: new[] { "province_code", "received_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_province_code_status_due_at", table: "citizen_reports", columns: new[] { "province_code", "status", "due_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_subdistrict_code", table: "citizen_reports", columns: new[] { "subdistrict_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_citizen_reports_tracking_number", table: "citizen_reports", columns: new[] { "tracking_number" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_datasets_owner_agency_id", table: "datasets", columns: new[] { "owner_agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_datasets_province_code", table: "datasets", columns: new[] { "province_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_datasets_slug", table: "datasets", columns: new[] { "slug" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_kpi_measurements_kpi_id_period_start", table: "kpi_measurements", columns: new[] { "kpi_id", "period_start" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_kpis_code", table: "kpis", columns: new[] { "code" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_kpis_lead_agency_id", table: "kpis", columns: new[] { "lead_agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_outbox_messages_occurred_at", table: "outbox_messages", columns: new[] { "occurred_at" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_projects_area_code", table: "projects", columns: new[] { "area_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_projects_code", table: "projects", columns: new[] { "code" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_projects_owner_agency_id", table: "projects", columns: new[] { "owner_agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_projects_province_code_fiscal_year", table: "projects", columns: new[] { "province_code", "fiscal_year" }, unique: false);
    }
}
