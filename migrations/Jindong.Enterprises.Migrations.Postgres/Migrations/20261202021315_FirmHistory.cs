using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jindong.Enterprises.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FirmHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "StateSince",
                table: "Enterprises",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "EnterpriseStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseStates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseStates_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnterpriseStates_Segments_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnterpriseStates_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseStates_EnterpriseId_EffectiveOn_Id",
                table: "EnterpriseStates",
                columns: new[] { "EnterpriseId", "EffectiveOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseStates_SegmentId",
                table: "EnterpriseStates",
                column: "SegmentId");

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseStates_TownshipId",
                table: "EnterpriseStates",
                column: "TownshipId");

            // Each firm's history starts as it was registered (Appendix 4's firms on the 十四五's first day,
            // as the seeder lists them); a firm no longer active gets a second state from its last change.
            migrationBuilder.Sql("""
                INSERT INTO "EnterpriseStates" ("EnterpriseId", "EffectiveOn", "RecordedAt", "Status", "TownshipId", "SegmentId", "Target")
                SELECT "Id", CASE WHEN "ListNo" IS NOT NULL THEN DATE '2021-01-01' ELSE CAST(("CreatedAt" AT TIME ZONE 'UTC') + INTERVAL '8 hours' AS date) END, "CreatedAt", 'Active', "TownshipId", "SegmentId", "Target" FROM "Enterprises" ORDER BY "Id";
                INSERT INTO "EnterpriseStates" ("EnterpriseId", "EffectiveOn", "RecordedAt", "Status", "TownshipId", "SegmentId", "Target")
                SELECT "Id", CAST(("UpdatedAt" AT TIME ZONE 'UTC') + INTERVAL '8 hours' AS date), "UpdatedAt", "Status", "TownshipId", "SegmentId", "Target" FROM "Enterprises" WHERE "Status" <> 'Active' ORDER BY "Id";
                UPDATE "Enterprises" SET "StateSince" = (SELECT MAX(s."EffectiveOn") FROM "EnterpriseStates" AS s WHERE s."EnterpriseId" = "Enterprises"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnterpriseStates");

            migrationBuilder.DropColumn(
                name: "StateSince",
                table: "Enterprises");
        }
    }
}
