using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListAndDashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Status_TownshipId_CurrentTier_SegmentId",
                table: "Enterprises",
                columns: new[] { "Status", "TownshipId", "CurrentTier", "SegmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_TownshipId_ListNo",
                table: "Enterprises",
                columns: new[] { "TownshipId", "ListNo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_Status_TownshipId_CurrentTier_SegmentId",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_TownshipId_ListNo",
                table: "Enterprises");
        }
    }
}
