using System;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jindong.Enterprises.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistryVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInFailures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInFailures", x => x.Id);
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
                name: "IX_SignInFailures_Client_FailedAt",
                table: "SignInFailures",
                columns: new[] { "Client", "FailedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailures_FailedAt",
                table: "SignInFailures",
                column: "FailedAt");

            // The name search over the firms' names, and the index of every existing firm (SearchIndexSql).
            migrationBuilder.Sql(SearchIndexSql.Postgres(["Name"]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.PostgresDrop(["Name"]));

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "RegistryVersion");

            migrationBuilder.DropTable(
                name: "SignInFailures");

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
