using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EfficiencyEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EfficiencySchemes");

            migrationBuilder.CreateTable(
                name: "EfficiencyEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false),
                    MethodVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Stats = table.Column<string>(type: "TEXT", nullable: false),
                    Runs = table.Column<int>(type: "INTEGER", nullable: false),
                    RunBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RunAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublicityStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicityEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalizedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FinalizedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyEvaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyMethods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyMethods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyProfiles",
                columns: table => new
                {
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    EstablishedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyProfiles", x => x.EnterpriseId);
                    table.ForeignKey(
                        name: "FK_EfficiencyProfiles_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LandParcels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AreaMu = table.Column<long>(type: "INTEGER", nullable: false),
                    Tenure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandParcels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LandParcels_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemediationCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxPerMu = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClearedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ClearedTaxPerMu = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemediationCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemediationCases_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemediationCases_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyFlags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FlaggedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EfficiencyFlags_EfficiencyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "EfficiencyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EfficiencyFlags_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Attachment = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClassBefore = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ScoreBefore = table.Column<long>(type: "INTEGER", nullable: true),
                    ClassAfter = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ScoreAfter = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EfficiencyObjections_EfficiencyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "EfficiencyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EfficiencyObjections_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyResultLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<long>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyResultLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EfficiencyResultLines_EfficiencyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "EfficiencyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EfficiencyResult_LandMu = table.Column<long>(type: "INTEGER", nullable: true),
                    LandSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuildPeriodMu = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxPerMu = table.Column<long>(type: "INTEGER", nullable: true),
                    LowEfficiency = table.Column<bool>(type: "INTEGER", nullable: true),
                    Exemption = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Unclassed = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Score = table.Column<long>(type: "INTEGER", nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    RankedCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Class = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ClassedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Recomputed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmissionsTonnes = table.Column<long>(type: "INTEGER", nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    EnergyTce = table.Column<long>(type: "INTEGER", nullable: true),
                    LandMu = table.Column<long>(type: "INTEGER", nullable: true),
                    OutputWan = table.Column<long>(type: "INTEGER", nullable: false),
                    RdWan = table.Column<long>(type: "INTEGER", nullable: true),
                    RevenueWan = table.Column<long>(type: "INTEGER", nullable: true),
                    TaxWan = table.Column<long>(type: "INTEGER", nullable: true),
                    ValueAddedWan = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EfficiencyResults_EfficiencyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "EfficiencyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EfficiencyResults_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EfficiencyResults_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyEvaluations_Year",
                table: "EfficiencyEvaluations",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyFlags_EnterpriseId",
                table: "EfficiencyFlags",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyFlags_EvaluationId_EnterpriseId",
                table: "EfficiencyFlags",
                columns: new[] { "EvaluationId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyMethods_Year",
                table: "EfficiencyMethods",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyObjections_EnterpriseId",
                table: "EfficiencyObjections",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyObjections_EvaluationId_EnterpriseId",
                table: "EfficiencyObjections",
                columns: new[] { "EvaluationId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyResultLines_EvaluationId_EnterpriseId_Order",
                table: "EfficiencyResultLines",
                columns: new[] { "EvaluationId", "EnterpriseId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyResults_EnterpriseId",
                table: "EfficiencyResults",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyResults_EvaluationId_EnterpriseId",
                table: "EfficiencyResults",
                columns: new[] { "EvaluationId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EfficiencyResults_TownshipId",
                table: "EfficiencyResults",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LandParcels_EnterpriseId_Number",
                table: "LandParcels",
                columns: new[] { "EnterpriseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemediationCases_EnterpriseId",
                table: "RemediationCases",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_RemediationCases_TownshipId",
                table: "RemediationCases",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_RemediationCases_Year_TownshipId",
                table: "RemediationCases",
                columns: new[] { "Year", "TownshipId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EfficiencyFlags");

            migrationBuilder.DropTable(
                name: "EfficiencyMethods");

            migrationBuilder.DropTable(
                name: "EfficiencyObjections");

            migrationBuilder.DropTable(
                name: "EfficiencyProfiles");

            migrationBuilder.DropTable(
                name: "EfficiencyResultLines");

            migrationBuilder.DropTable(
                name: "EfficiencyResults");

            migrationBuilder.DropTable(
                name: "LandParcels");

            migrationBuilder.DropTable(
                name: "RemediationCases");

            migrationBuilder.DropTable(
                name: "EfficiencyEvaluations");

            migrationBuilder.CreateTable(
                name: "EfficiencySchemes",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassAPercent = table.Column<long>(type: "INTEGER", nullable: false),
                    ClassBPercent = table.Column<long>(type: "INTEGER", nullable: false),
                    ClassCPercent = table.Column<long>(type: "INTEGER", nullable: false),
                    LabourProductivityBenchmark = table.Column<long>(type: "INTEGER", nullable: false),
                    LabourProductivityWeight = table.Column<long>(type: "INTEGER", nullable: false),
                    RdIntensityBenchmark = table.Column<long>(type: "INTEGER", nullable: false),
                    RdIntensityWeight = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TaxPerMuBenchmark = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxPerMuWeight = table.Column<long>(type: "INTEGER", nullable: false),
                    ValueAddedPerEmissionBenchmark = table.Column<long>(type: "INTEGER", nullable: false),
                    ValueAddedPerEmissionWeight = table.Column<long>(type: "INTEGER", nullable: false),
                    ValueAddedPerEnergyBenchmark = table.Column<long>(type: "INTEGER", nullable: false),
                    ValueAddedPerEnergyWeight = table.Column<long>(type: "INTEGER", nullable: false),
                    ValueAddedPerMuBenchmark = table.Column<long>(type: "INTEGER", nullable: false),
                    ValueAddedPerMuWeight = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencySchemes", x => x.Year);
                });

            migrationBuilder.InsertData(
                table: "EfficiencySchemes",
                columns: new[] { "Year", "ClassAPercent", "ClassBPercent", "ClassCPercent", "LabourProductivityBenchmark", "LabourProductivityWeight", "RdIntensityBenchmark", "RdIntensityWeight", "Source", "TaxPerMuBenchmark", "TaxPerMuWeight", "ValueAddedPerEmissionBenchmark", "ValueAddedPerEmissionWeight", "ValueAddedPerEnergyBenchmark", "ValueAddedPerEnergyWeight", "ValueAddedPerMuBenchmark", "ValueAddedPerMuWeight" },
                values: new object[] { 2023, 200000L, 800000L, 950000L, 181400L, 100000L, 302L, 100000L, "黄岩区 2023 年度工业企业亩均效益综合评价：权重 30/20/20/10/10/10，基准值 24.097/136.16/2.694/4929.81/18.14/0.0302；A 前 20%，B 20–80%，C 80–95%，D 后 5%", 240970L, 300000L, 49298100L, 100000L, 26940L, 200000L, 1361600L, 200000L });
        }
    }
}
