using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NormalizedNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "Enterprises",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Rows from before this column existed get their name; the application rewrites the
            // normalised form on the next change of the firm's profile.
            migrationBuilder.Sql("UPDATE \"Enterprises\" SET \"NormalizedName\" = \"Name\";");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_NormalizedName",
                table: "Enterprises",
                column: "NormalizedName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_NormalizedName",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises",
                column: "Name",
                unique: true);
        }
    }
}
