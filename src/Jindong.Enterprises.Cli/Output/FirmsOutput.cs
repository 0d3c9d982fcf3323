using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>How firms look in a table, CSV and JSON.</summary>
internal static class FirmsOutput
{
    public static void WriteList(IReadOnlyList<EnterpriseView> firms, int total, string format, ITableWriter writer)
    {
        ReportOutput.Write(ReportTables.FirmList(firms), format, null, writer);
        if (format == OutputFormat.Table)
        {
            Tables.Line(Labels.Format(CliText.TotalLine, total));
        }
    }

    public static void WriteDetails(EnterpriseDetails firm, string format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(firm);
            return;
        }

        Tables.Heading($"{firm.Name}（{CliText.ColumnId} {firm.Id}）");
        var profile = Tables.New(CliText.SectionProfile, string.Empty);
        profile.AddCells(CliText.ColumnListNo, firm.ListNo);
        profile.AddCells(CliText.ColumnCreditCode, firm.CreditCodeOverride is null ? firm.CreditCode : $"{firm.CreditCode}（{CliText.CreditCodeOverridden}：{firm.CreditCodeOverride}）");
        profile.AddCells(CliText.ColumnTownship, firm.Township);
        profile.AddCells(CliText.LabelIndustry, firm.Industry is null ? null : $"{firm.IndustryCategory} / {firm.Industry}");
        profile.AddCells(CliText.ColumnSegment, firm.Segment);
        var source = Codes.Label("segment-source", firm.SegmentSource);
        profile.AddCells(CliText.LabelSegmentSource, firm.SegmentNote is null ? source : $"{source}：{firm.SegmentNote}");
        profile.AddCells(CliText.LabelPlatform, firm.Platform);
        profile.AddCells(CliText.ColumnTarget, firm.Target);
        profile.AddCells(CliText.ColumnTier, Labels.OrUnknown(firm.Tier));
        profile.AddCells(CliText.ColumnStatus, Labels.Status(firm.Status));
        if (firm.StatusReason is not null)
        {
            profile.AddCells(CliText.LabelStatusReason, firm.StatusReason);
        }

        profile.AddCells(CliText.LabelVersion, firm.Version);
        Tables.Write(profile);

        Tables.Heading(CliText.SectionFigures);
        var figures = Tables.New([CliText.ColumnYear, CliText.ColumnVersion, .. Measures.All.Select(m => m.Measure.LabelWithUnit()), CliText.ColumnImpliedTier, CliText.ColumnRecordedBy]);
        foreach (var year in firm.Figures)
        {
            foreach (var (v, label) in year.EarlierVersions.Select(e => (e, Labels.Format(CliText.EarlierVersion, e.Version))).Prepend((year, year.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            {
                figures.AddCells([v.Year, label, .. Measures.All.Select(m => TableCells.Amount(m.Get(v.Values))), v.ImpliedTier, $"{v.RecordedBy} {TableCells.Time(v.RecordedAt)}"]);
            }
        }

        Tables.Write(firm.Figures.Count == 0 ? new Spectre.Console.Text(CliText.NoEntries) : figures);

        Tables.Heading(CliText.SectionDesignations);
        var designations = Tables.New(CliText.ColumnId, CliText.ColumnDesignation, CliText.ColumnYear, CliText.ColumnValidTo, CliText.ColumnHeld, CliText.ColumnDesignationNote);
        foreach (var d in firm.Designations)
        {
            designations.AddCells(
                d.Id, d.Board is null ? d.Designation : $"{d.Designation}（{d.Board}）", d.Year, d.ValidTo is { } to ? ChinaTime.Show(to) : CliText.UntilEnded,
                d.Held ? CliText.DesignationHeld : CliText.DesignationNotHeld,
                d.End is { } end ? $"{Codes.Label("end", end)} {ChinaTime.Show(d.EndedOn!.Value)} {d.EndReason}" : d.Number);
        }

        Tables.Write(firm.Designations.Count == 0 ? new Spectre.Console.Text(CliText.NoEntries) : designations);

        Tables.Heading(CliText.SectionParks);
        var parks = Tables.New(CliText.ColumnYear, CliText.ColumnPlace, CliText.ColumnPark);
        foreach (var p in firm.Parks)
        {
            parks.AddCells(p.Year, Codes.Label("park", p.Place), p.Park);
        }

        Tables.Write(firm.Parks.Count == 0 ? new Spectre.Console.Text(CliText.NoEntries) : parks);

        Tables.Heading(CliText.SectionTierHistory);
        var moves = Tables.New(CliText.ColumnYear, CliText.ColumnFrom, CliText.ColumnTo, CliText.ColumnKind, CliText.ColumnReason, CliText.ColumnActor, CliText.ColumnAt);
        foreach (var m in firm.TierHistory)
        {
            moves.AddCells(m.Year, Labels.OrUnknown(m.From), m.To, Labels.Kind(m.Kind) + (m.IsOverride ? " *" : string.Empty), m.Reason, m.MovedBy, Labels.Time(m.MovedAt));
        }

        Tables.Write(firm.TierHistory.Count == 0 ? new Spectre.Console.Text(CliText.NoEntries) : moves);

        if (firm.Projects.Count > 0)
        {
            Tables.Heading(CliText.SectionProjects);
            var projects = Tables.New(CliText.ColumnListNo, CliText.ColumnProject, CliText.ColumnInvestment, CliText.ColumnCompletion);
            foreach (var p in firm.Projects)
            {
                projects.AddCells(p.No, p.Project, p.TotalInvestmentYi, p.ExpectedCompletion);
            }

            Tables.Write(projects);
        }

        Tables.Heading(CliText.SectionAudit);
        AuditOutput.WriteTable(firm.Audit);
    }
}
