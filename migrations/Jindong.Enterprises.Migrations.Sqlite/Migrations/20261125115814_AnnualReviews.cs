using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignedOffBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedOffAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencySchemes",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxPerMuWeight = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    TaxPerMuBenchmark = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ValueAddedPerMuWeight = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ValueAddedPerMuBenchmark = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ValueAddedPerEnergyWeight = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ValueAddedPerEnergyBenchmark = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ValueAddedPerEmissionWeight = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ValueAddedPerEmissionBenchmark = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    LabourProductivityWeight = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    LabourProductivityBenchmark = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    RdIntensityWeight = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    RdIntensityBenchmark = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ClassAPercent = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ClassBPercent = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ClassCPercent = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencySchemes", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ReviewProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OutputWan = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    TargetStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Changed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewProposals_AnnualReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "AnnualReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewProposals_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "EfficiencySchemes",
                columns: new[] { "Year", "ClassAPercent", "ClassBPercent", "ClassCPercent", "LabourProductivityBenchmark", "LabourProductivityWeight", "RdIntensityBenchmark", "RdIntensityWeight", "Source", "TaxPerMuBenchmark", "TaxPerMuWeight", "ValueAddedPerEmissionBenchmark", "ValueAddedPerEmissionWeight", "ValueAddedPerEnergyBenchmark", "ValueAddedPerEnergyWeight", "ValueAddedPerMuBenchmark", "ValueAddedPerMuWeight" },
                values: new object[] { 2023, 20m, 80m, 95m, 18.14m, 10m, 0.0302m, 10m, "黄岩区 2023 年度工业企业亩均效益综合评价：权重 30/20/20/10/10/10，基准值 24.097/136.16/2.694/4929.81/18.14/0.0302；A 前 20%，B 20–80%，C 80–95%，D 后 5%", 24.097m, 30m, 4929.81m, 10m, 2.694m, 20m, 136.16m, 20m });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_Year",
                table: "AnnualReviews",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewProposals_EnterpriseId",
                table: "ReviewProposals",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewProposals_ReviewId_EnterpriseId",
                table: "ReviewProposals",
                columns: new[] { "ReviewId", "EnterpriseId" },
                unique: true);


            migrationBuilder.AddForeignKey(
                name: "FK_TierMoves_AnnualReviews_ReviewId",
                table: "TierMoves",
                column: "ReviewId",
                principalTable: "AnnualReviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TierMoves_AnnualReviews_ReviewId",
                table: "TierMoves");

            migrationBuilder.DropTable(
                name: "EfficiencySchemes");

            migrationBuilder.DropTable(
                name: "ReviewProposals");

            migrationBuilder.DropTable(
                name: "AnnualReviews");
        }
    }
}
