using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jindong.Enterprises.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExactMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite kept amounts as floating REAL; they are now integers scaled by 10^4 (ScaledDecimalConverter).
            // Scaled before the columns are rebuilt, so the rebuild copies exact integers.
            migrationBuilder.Sql("""UPDATE "AnnualFigures" SET "ValueAddedWan" = CAST(ROUND("ValueAddedWan" * 10000) AS INTEGER), "TaxWan" = CAST(ROUND("TaxWan" * 10000) AS INTEGER), "RevenueWan" = CAST(ROUND("RevenueWan" * 10000) AS INTEGER), "RdWan" = CAST(ROUND("RdWan" * 10000) AS INTEGER), "OutputWan" = CAST(ROUND("OutputWan" * 10000) AS INTEGER), "LandMu" = CAST(ROUND("LandMu" * 10000) AS INTEGER), "EnergyTce" = CAST(ROUND("EnergyTce" * 10000) AS INTEGER), "EmissionsTonnes" = CAST(ROUND("EmissionsTonnes" * 10000) AS INTEGER);""");
            migrationBuilder.Sql("""UPDATE "AnnualFiguresRevisions" SET "ValueAddedWan" = CAST(ROUND("ValueAddedWan" * 10000) AS INTEGER), "TaxWan" = CAST(ROUND("TaxWan" * 10000) AS INTEGER), "RevenueWan" = CAST(ROUND("RevenueWan" * 10000) AS INTEGER), "RdWan" = CAST(ROUND("RdWan" * 10000) AS INTEGER), "OutputWan" = CAST(ROUND("OutputWan" * 10000) AS INTEGER), "LandMu" = CAST(ROUND("LandMu" * 10000) AS INTEGER), "EnergyTce" = CAST(ROUND("EnergyTce" * 10000) AS INTEGER), "EmissionsTonnes" = CAST(ROUND("EmissionsTonnes" * 10000) AS INTEGER);""");
            migrationBuilder.Sql("""UPDATE "EfficiencySchemes" SET "ValueAddedPerMuWeight" = CAST(ROUND("ValueAddedPerMuWeight" * 10000) AS INTEGER), "ValueAddedPerMuBenchmark" = CAST(ROUND("ValueAddedPerMuBenchmark" * 10000) AS INTEGER), "ValueAddedPerEnergyWeight" = CAST(ROUND("ValueAddedPerEnergyWeight" * 10000) AS INTEGER), "ValueAddedPerEnergyBenchmark" = CAST(ROUND("ValueAddedPerEnergyBenchmark" * 10000) AS INTEGER), "ValueAddedPerEmissionWeight" = CAST(ROUND("ValueAddedPerEmissionWeight" * 10000) AS INTEGER), "ValueAddedPerEmissionBenchmark" = CAST(ROUND("ValueAddedPerEmissionBenchmark" * 10000) AS INTEGER), "TaxPerMuWeight" = CAST(ROUND("TaxPerMuWeight" * 10000) AS INTEGER), "TaxPerMuBenchmark" = CAST(ROUND("TaxPerMuBenchmark" * 10000) AS INTEGER), "RdIntensityWeight" = CAST(ROUND("RdIntensityWeight" * 10000) AS INTEGER), "RdIntensityBenchmark" = CAST(ROUND("RdIntensityBenchmark" * 10000) AS INTEGER), "LabourProductivityWeight" = CAST(ROUND("LabourProductivityWeight" * 10000) AS INTEGER), "LabourProductivityBenchmark" = CAST(ROUND("LabourProductivityBenchmark" * 10000) AS INTEGER), "ClassCPercent" = CAST(ROUND("ClassCPercent" * 10000) AS INTEGER), "ClassBPercent" = CAST(ROUND("ClassBPercent" * 10000) AS INTEGER), "ClassAPercent" = CAST(ROUND("ClassAPercent" * 10000) AS INTEGER);""");
            migrationBuilder.Sql("""UPDATE "InvestmentProjects" SET "TotalInvestmentYi" = CAST(ROUND("TotalInvestmentYi" * 10000) AS INTEGER);""");
            migrationBuilder.Sql("""UPDATE "MicroParks" SET "AreaMu" = CAST(ROUND("AreaMu" * 10000) AS INTEGER);""");
            migrationBuilder.Sql("""UPDATE "Platforms" SET "GoalOutput2025Yi" = CAST(ROUND("GoalOutput2025Yi" * 10000) AS INTEGER);""");
            migrationBuilder.Sql("""UPDATE "ReviewProposals" SET "OutputWan" = CAST(ROUND("OutputWan" * 10000) AS INTEGER);""");

            migrationBuilder.AlterColumn<long>(
                name: "OutputWan",
                table: "ReviewProposals",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "GoalOutput2025Yi",
                table: "Platforms",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "AreaMu",
                table: "MicroParks",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "TotalInvestmentYi",
                table: "InvestmentProjects",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedPerMuWeight",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedPerMuBenchmark",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedPerEnergyWeight",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedPerEnergyBenchmark",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedPerEmissionWeight",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedPerEmissionBenchmark",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "TaxPerMuWeight",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "TaxPerMuBenchmark",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "RdIntensityWeight",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "RdIntensityBenchmark",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "LabourProductivityWeight",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "LabourProductivityBenchmark",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ClassCPercent",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ClassBPercent",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ClassAPercent",
                table: "EfficiencySchemes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedWan",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "TaxWan",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "RevenueWan",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "RdWan",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "OutputWan",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "LandMu",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EnergyTce",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EmissionsTonnes",
                table: "AnnualFiguresRevisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ValueAddedWan",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "TaxWan",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "RevenueWan",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "RdWan",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "OutputWan",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)");

            migrationBuilder.AlterColumn<long>(
                name: "LandMu",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EnergyTce",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EmissionsTonnes",
                table: "AnnualFigures",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldNullable: true);

            migrationBuilder.UpdateData(
                table: "EfficiencySchemes",
                keyColumn: "Year",
                keyValue: 2023,
                columns: new[] { "ClassAPercent", "ClassBPercent", "ClassCPercent", "LabourProductivityBenchmark", "LabourProductivityWeight", "RdIntensityBenchmark", "RdIntensityWeight", "TaxPerMuBenchmark", "TaxPerMuWeight", "ValueAddedPerEmissionBenchmark", "ValueAddedPerEmissionWeight", "ValueAddedPerEnergyBenchmark", "ValueAddedPerEnergyWeight", "ValueAddedPerMuBenchmark", "ValueAddedPerMuWeight" },
                values: new object[] { 200000L, 800000L, 950000L, 181400L, 100000L, 302L, 100000L, 240970L, 300000L, 49298100L, 100000L, 26940L, 200000L, 1361600L, 200000L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "OutputWan",
                table: "ReviewProposals",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "GoalOutput2025Yi",
                table: "Platforms",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "AreaMu",
                table: "MicroParks",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "TotalInvestmentYi",
                table: "InvestmentProjects",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedPerMuWeight",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedPerMuBenchmark",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedPerEnergyWeight",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedPerEnergyBenchmark",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedPerEmissionWeight",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedPerEmissionBenchmark",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "TaxPerMuWeight",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "TaxPerMuBenchmark",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "RdIntensityWeight",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "RdIntensityBenchmark",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "LabourProductivityWeight",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "LabourProductivityBenchmark",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ClassCPercent",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ClassBPercent",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ClassAPercent",
                table: "EfficiencySchemes",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedWan",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "TaxWan",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "RevenueWan",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "RdWan",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "OutputWan",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "LandMu",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "EnergyTce",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "EmissionsTonnes",
                table: "AnnualFiguresRevisions",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "ValueAddedWan",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "TaxWan",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "RevenueWan",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "RdWan",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "OutputWan",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "LandMu",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "EnergyTce",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "EmissionsTonnes",
                table: "AnnualFigures",
                type: "numeric(18,4)",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.UpdateData(
                table: "EfficiencySchemes",
                keyColumn: "Year",
                keyValue: 2023,
                columns: new[] { "ClassAPercent", "ClassBPercent", "ClassCPercent", "LabourProductivityBenchmark", "LabourProductivityWeight", "RdIntensityBenchmark", "RdIntensityWeight", "TaxPerMuBenchmark", "TaxPerMuWeight", "ValueAddedPerEmissionBenchmark", "ValueAddedPerEmissionWeight", "ValueAddedPerEnergyBenchmark", "ValueAddedPerEnergyWeight", "ValueAddedPerMuBenchmark", "ValueAddedPerMuWeight" },
                values: new object[] { 20m, 80m, 95m, 18.14m, 10m, 0.0302m, 10m, 24.097m, 30m, 4929.81m, 10m, 2.694m, 20m, 136.16m, 20m });

            // Back to REAL amounts.
            migrationBuilder.Sql("""UPDATE "AnnualFigures" SET "ValueAddedWan" = "ValueAddedWan" / 10000.0, "TaxWan" = "TaxWan" / 10000.0, "RevenueWan" = "RevenueWan" / 10000.0, "RdWan" = "RdWan" / 10000.0, "OutputWan" = "OutputWan" / 10000.0, "LandMu" = "LandMu" / 10000.0, "EnergyTce" = "EnergyTce" / 10000.0, "EmissionsTonnes" = "EmissionsTonnes" / 10000.0;""");
            migrationBuilder.Sql("""UPDATE "AnnualFiguresRevisions" SET "ValueAddedWan" = "ValueAddedWan" / 10000.0, "TaxWan" = "TaxWan" / 10000.0, "RevenueWan" = "RevenueWan" / 10000.0, "RdWan" = "RdWan" / 10000.0, "OutputWan" = "OutputWan" / 10000.0, "LandMu" = "LandMu" / 10000.0, "EnergyTce" = "EnergyTce" / 10000.0, "EmissionsTonnes" = "EmissionsTonnes" / 10000.0;""");
            migrationBuilder.Sql("""UPDATE "EfficiencySchemes" SET "ValueAddedPerMuWeight" = "ValueAddedPerMuWeight" / 10000.0, "ValueAddedPerMuBenchmark" = "ValueAddedPerMuBenchmark" / 10000.0, "ValueAddedPerEnergyWeight" = "ValueAddedPerEnergyWeight" / 10000.0, "ValueAddedPerEnergyBenchmark" = "ValueAddedPerEnergyBenchmark" / 10000.0, "ValueAddedPerEmissionWeight" = "ValueAddedPerEmissionWeight" / 10000.0, "ValueAddedPerEmissionBenchmark" = "ValueAddedPerEmissionBenchmark" / 10000.0, "TaxPerMuWeight" = "TaxPerMuWeight" / 10000.0, "TaxPerMuBenchmark" = "TaxPerMuBenchmark" / 10000.0, "RdIntensityWeight" = "RdIntensityWeight" / 10000.0, "RdIntensityBenchmark" = "RdIntensityBenchmark" / 10000.0, "LabourProductivityWeight" = "LabourProductivityWeight" / 10000.0, "LabourProductivityBenchmark" = "LabourProductivityBenchmark" / 10000.0, "ClassCPercent" = "ClassCPercent" / 10000.0, "ClassBPercent" = "ClassBPercent" / 10000.0, "ClassAPercent" = "ClassAPercent" / 10000.0;""");
            migrationBuilder.Sql("""UPDATE "InvestmentProjects" SET "TotalInvestmentYi" = "TotalInvestmentYi" / 10000.0;""");
            migrationBuilder.Sql("""UPDATE "MicroParks" SET "AreaMu" = "AreaMu" / 10000.0;""");
            migrationBuilder.Sql("""UPDATE "Platforms" SET "GoalOutput2025Yi" = "GoalOutput2025Yi" / 10000.0;""");
            migrationBuilder.Sql("""UPDATE "ReviewProposals" SET "OutputWan" = "OutputWan" / 10000.0;""");
        }
    }
}
