using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
            // The search covers the readings too: the index and its triggers are made anew for both columns
            // (SearchIndexSql); the readings themselves are filled in after migrating (NameReadingsColumn).
            migrationBuilder.Sql(SearchIndexSql.SqliteDrop);
            migrationBuilder.Sql(SearchIndexSql.Sqlite(["Name", "NameReadings"]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.SqliteDrop);

            migrationBuilder.DropColumn(
                name: "NameReadings",
                table: "Enterprises");
            migrationBuilder.Sql(SearchIndexSql.Sqlite(["Name"]));
        }
    }
}
