using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CreditCodeOverride : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreditCodeOverride",
                table: "Enterprises",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreditCodeOverride",
                table: "Enterprises");
        }
    }
}
