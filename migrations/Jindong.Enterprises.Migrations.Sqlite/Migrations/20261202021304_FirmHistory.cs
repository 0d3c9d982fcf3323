using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "EnterpriseStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    SegmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
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
                SELECT "Id", CASE WHEN "ListNo" IS NOT NULL THEN '2021-01-01' ELSE date("CreatedAt", '+8 hours') END, "CreatedAt", 'Active', "TownshipId", "SegmentId", "Target" FROM "Enterprises" ORDER BY "Id";
                INSERT INTO "EnterpriseStates" ("EnterpriseId", "EffectiveOn", "RecordedAt", "Status", "TownshipId", "SegmentId", "Target")
                SELECT "Id", date("UpdatedAt", '+8 hours'), "UpdatedAt", "Status", "TownshipId", "SegmentId", "Target" FROM "Enterprises" WHERE "Status" <> 'Active' ORDER BY "Id";
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
