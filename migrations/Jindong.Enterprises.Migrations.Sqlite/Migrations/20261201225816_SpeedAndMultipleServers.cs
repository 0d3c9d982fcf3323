using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SpeedAndMultipleServers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_TownshipId_ListNo",
                table: "Enterprises");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseSearchTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseSearchTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseSearchTexts_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistryVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "RegistryVersion",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 1L });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_TownshipId_ListNo_Id",
                table: "Enterprises",
                columns: new[] { "TownshipId", "ListNo", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseSearchTexts_EnterpriseId_Kind",
                table: "EnterpriseSearchTexts",
                columns: new[] { "EnterpriseId", "Kind" },
                unique: true);

            // The name search's triggers and index, and every existing firm's name row (SearchIndexSql).
            migrationBuilder.Sql(SearchIndexSql.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER IF EXISTS "Enterprises_NameInserted";
                DROP TRIGGER IF EXISTS "Enterprises_NameUpdated";
                DROP TABLE IF EXISTS "EnterpriseSearch";
                """);

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EnterpriseSearchTexts");

            migrationBuilder.DropTable(
                name: "RegistryVersion");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_TownshipId_ListNo_Id",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_TownshipId_ListNo",
                table: "Enterprises",
                columns: new[] { "TownshipId", "ListNo" });
        }
    }
}
