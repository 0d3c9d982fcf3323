using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jindong.Enterprises.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SignedOffBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignedOffAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Command = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EfficiencySchemes",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
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
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EfficiencySchemes", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "IndustryCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: false),
                    Base2020 = table.Column<string>(type: "text", nullable: false),
                    Target2025 = table.Column<string>(type: "text", nullable: false),
                    AnnualGrowthPct = table.Column<string>(type: "text", nullable: false),
                    Nature = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanTierTargets",
                columns: table => new
                {
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Base2020 = table.Column<int>(type: "integer", nullable: true),
                    Target2025 = table.Column<int>(type: "integer", nullable: true),
                    CultivationGoal2025 = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTierTargets", x => x.Tier);
                });

            migrationBuilder.CreateTable(
                name: "Platforms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    No = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GoalOutput2025Yi = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    GoalText = table.Column<string>(type: "text", nullable: false),
                    Vision = table.Column<string>(type: "text", nullable: false),
                    KeyFirms = table.Column<string>(type: "text", nullable: false),
                    KeySegments = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platforms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Townships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    No = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Townships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Industries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Industries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Industries_IndustryCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "IndustryCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MicroParks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    No = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    LeadingIndustries = table.Column<string>(type: "text", nullable: false),
                    AreaMu = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MicroParks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MicroParks_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TownshipId = table.Column<int>(type: "integer", nullable: true),
                    FailedSignIns = table.Column<int>(type: "integer", nullable: false),
                    LockedOutUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSignInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Segments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndustryId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Segments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Segments_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListNo = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: true),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    SegmentSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SegmentNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CurrentTier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PlatformId = table.Column<int>(type: "integer", nullable: true),
                    MicroParkId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_MicroParks_MicroParkId",
                        column: x => x.MicroParkId,
                        principalTable: "MicroParks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enterprises_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enterprises_Segments_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enterprises_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OutputWan = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    RevenueWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    TaxWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    ValueAddedWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    LandMu = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    Employees = table.Column<int>(type: "integer", nullable: true),
                    RdWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    EnergyTce = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    EmissionsTonnes = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualFigures_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualFiguresRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OutputWan = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    RevenueWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    TaxWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    ValueAddedWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    LandMu = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    Employees = table.Column<int>(type: "integer", nullable: true),
                    RdWan = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    EnergyTce = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    EmissionsTonnes = table.Column<decimal>(type: "numeric(18,4)", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SupersededAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualFiguresRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualFiguresRevisions_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    No = table.Column<int>(type: "integer", nullable: false),
                    Company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Project = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TotalInvestmentYi = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    ExpectedCompletion = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    LinkNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentProjects_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OutputWan = table.Column<decimal>(type: "numeric(18,4)", nullable: false),
                    TargetStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Changed = table.Column<bool>(type: "boolean", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TierMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsOverride = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewId = table.Column<int>(type: "integer", nullable: true),
                    MovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TierMoves_AnnualReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "AnnualReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TierMoves_Enterprises_EnterpriseId",
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
                name: "IX_AnnualFigures_EnterpriseId_Year",
                table: "AnnualFigures",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualFigures_Year",
                table: "AnnualFigures",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualFiguresRevisions_EnterpriseId_Year_Version",
                table: "AnnualFiguresRevisions",
                columns: new[] { "EnterpriseId", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_Year",
                table: "AnnualReviews",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EnterpriseId",
                table: "AuditEntries",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_ListNo",
                table: "Enterprises",
                column: "ListNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_MicroParkId",
                table: "Enterprises",
                column: "MicroParkId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_NormalizedName",
                table: "Enterprises",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_PlatformId",
                table: "Enterprises",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_SegmentId",
                table: "Enterprises",
                column: "SegmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_TownshipId_Status",
                table: "Enterprises",
                columns: new[] { "TownshipId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Industries_CategoryId",
                table: "Industries",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Industries_Name",
                table: "Industries",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustryCategories_Name",
                table: "IndustryCategories",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_EnterpriseId",
                table: "InvestmentProjects",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_No_Project",
                table: "InvestmentProjects",
                columns: new[] { "No", "Project" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MicroParks_No",
                table: "MicroParks",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MicroParks_TownshipId",
                table: "MicroParks",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanIndicators_Name",
                table: "PlanIndicators",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platforms_No",
                table: "Platforms",
                column: "No",
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

            migrationBuilder.CreateIndex(
                name: "IX_Segments_IndustryId",
                table: "Segments",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_Segments_Name",
                table: "Segments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TierMoves_EnterpriseId_Year",
                table: "TierMoves",
                columns: new[] { "EnterpriseId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_TierMoves_ReviewId",
                table: "TierMoves",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Townships_Name",
                table: "Townships",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_TownshipId",
                table: "Users",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_UserName",
                table: "Users",
                column: "UserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualFigures");

            migrationBuilder.DropTable(
                name: "AnnualFiguresRevisions");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "EfficiencySchemes");

            migrationBuilder.DropTable(
                name: "InvestmentProjects");

            migrationBuilder.DropTable(
                name: "PlanIndicators");

            migrationBuilder.DropTable(
                name: "PlanTierTargets");

            migrationBuilder.DropTable(
                name: "ReviewProposals");

            migrationBuilder.DropTable(
                name: "TierMoves");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "AnnualReviews");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "MicroParks");

            migrationBuilder.DropTable(
                name: "Platforms");

            migrationBuilder.DropTable(
                name: "Segments");

            migrationBuilder.DropTable(
                name: "Townships");

            migrationBuilder.DropTable(
                name: "Industries");

            migrationBuilder.DropTable(
                name: "IndustryCategories");
        }
    }
}
