using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NameReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameReadings",
                table: "Enterprises",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
            // The search covers the readings too (SearchIndexSql); they are filled in after migrating (NameReadingsColumn).
            migrationBuilder.Sql(SearchIndexSql.Postgres(["NameReadings"]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.PostgresDrop(["NameReadings"]));

            migrationBuilder.DropColumn(
                name: "NameReadings",
                table: "Enterprises");
        }
    }
}
