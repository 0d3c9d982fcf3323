using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jindong.Enterprises.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    MethodVersion = table.Column<int>(type: "integer", nullable: false),
                    Stats = table.Column<string>(type: "text", nullable: false),
                    Runs = table.Column<int>(type: "integer", nullable: false),
                    RunBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RunAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicityStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicityEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    FinalizedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FinalizedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyEvaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyMethods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencyMethods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencyProfiles",
                columns: table => new
                {
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    EstablishedYear = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AreaMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Tenure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    TaxPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClearedYear = table.Column<int>(type: "integer", nullable: true),
                    ClearedTaxPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FlaggedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosingNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Attachment = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClassBefore = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ScoreBefore = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ClassAfter = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ScoreAfter = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Score = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EfficiencyResult_LandMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    LandSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BuildPeriodMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TaxPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    LowEfficiency = table.Column<bool>(type: "boolean", nullable: true),
                    Exemption = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Unclassed = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Score = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    RankedCount = table.Column<int>(type: "integer", nullable: true),
                    Class = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ClassedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Recomputed = table.Column<bool>(type: "boolean", nullable: false),
                    EmissionsTonnes = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Employees = table.Column<int>(type: "integer", nullable: true),
                    EnergyTce = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    LandMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    OutputWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RdWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    RevenueWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TaxWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ValueAddedWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
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
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ClassAPercent = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ClassBPercent = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ClassCPercent = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    LabourProductivityBenchmark = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    LabourProductivityWeight = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RdIntensityBenchmark = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RdIntensityWeight = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TaxPerMuBenchmark = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TaxPerMuWeight = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueAddedPerEmissionBenchmark = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueAddedPerEmissionWeight = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueAddedPerEnergyBenchmark = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueAddedPerEnergyWeight = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueAddedPerMuBenchmark = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueAddedPerMuWeight = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencySchemes", x => x.Year);
                });

            migrationBuilder.InsertData(
                table: "EfficiencySchemes",
                columns: new[] { "Year", "ClassAPercent", "ClassBPercent", "ClassCPercent", "LabourProductivityBenchmark", "LabourProductivityWeight", "RdIntensityBenchmark", "RdIntensityWeight", "Source", "TaxPerMuBenchmark", "TaxPerMuWeight", "ValueAddedPerEmissionBenchmark", "ValueAddedPerEmissionWeight", "ValueAddedPerEnergyBenchmark", "ValueAddedPerEnergyWeight", "ValueAddedPerMuBenchmark", "ValueAddedPerMuWeight" },
                values: new object[] { 2023, 20m, 80m, 95m, 18.14m, 10m, 0.0302m, 10m, "黄岩区 2023 年度工业企业亩均效益综合评价：权重 30/20/20/10/10/10，基准值 24.097/136.16/2.694/4929.81/18.14/0.0302；A 前 20%，B 20–80%，C 80–95%，D 后 5%", 24.097m, 30m, 4929.81m, 10m, 2.694m, 20m, 136.16m, 20m });
        }
    }
}
