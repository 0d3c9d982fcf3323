using System.Globalization;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Application.Figures;

/// <summary>
/// The user-facing side of <see cref="Measures"/>: the key each measure goes by in JSON and on the
/// command line, its labels (Messages.Field*/Unit*), and the headers an import recognises. Forms,
/// CLI options, API bodies, import and export columns are all built from this table.
/// </summary>
public static class MeasureFields
{
    private static readonly MeasureField[] Fields =
    [
        new(Measure.Output, "工业总产值", ["产值", "output", "grossoutput", "outputwan"], []),
        new(Measure.Revenue, "营业收入", ["主营业务收入", "revenue", "revenuewan"], []),
        new(Measure.Tax, "税收", ["实缴税金", "税金", "tax", "taxwan"], []),
        new(Measure.ValueAdded, "增加值", ["工业增加值", "valueadded", "valueaddedwan"], []),
        new(Measure.Land, "用地面积", ["用地", "land", "landmu"], []),
        new(Measure.Employees, "从业人员", ["从业人员数", "年平均从业人员", "employees"], []),
        new(Measure.Rd, "研发经费", ["r&d经费", "研发投入", "rd", "r&d", "rdwan"], []),
        new(Measure.Energy, "能耗", ["综合能耗", "energy", "energytce"], ["吨标煤", "tce", "t标准煤"]),
        new(Measure.Emissions, "排放", ["主要污染物排放量", "排放量", "emissions", "emissionstonnes"], ["t"]),
    ];

    public static IReadOnlyList<MeasureField> All => Fields;

    public static MeasureField Of(Measure measure) => Fields[(int)measure];

    /// <summary>The camelCase key: the JSON property ("valueAdded") and, kebab-cased, the CLI option ("--value-added").</summary>
    public static string Key(this Measure measure)
    {
        var name = measure.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }

    /// <summary>The command-line option: "--value-added".</summary>
    public static string Option(this Measure measure) =>
        "--" + string.Concat(measure.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParseKey(string? key, out Measure measure)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Measure.Key(), key, StringComparison.OrdinalIgnoreCase))
            {
                measure = field.Measure;
                return true;
            }
        }

        measure = default;
        return false;
    }

    /// <summary>A year's values as JSON properties by key; counts as whole numbers.</summary>
    public static IDictionary<string, object?> Json(FigureValues values) =>
        Fields.ToDictionary(f => f.Measure.Key(), f => f.Definition.Get(values) is { } v ? (f.Definition.IsCount ? (int)v : (object)v) : null, StringComparer.Ordinal);

    /// <summary>The label in the user's language: 工业总产值.</summary>
    public static string Label(this Measure measure) => Text("Field" + measure);

    /// <summary>The unit in the user's language: 万元.</summary>
    public static string UnitLabel(this Measure measure) => Text("Unit" + measure);

    /// <summary>Label and unit: 工业总产值（万元）.</summary>
    public static string LabelWithUnit(this Measure measure) =>
        string.Format(CultureInfo.CurrentCulture, Messages.LabelWithUnit, measure.Label(), measure.UnitLabel());

    private static string Text(string name) =>
        Messages.ResourceManager.GetString(name, Messages.Culture) ?? throw new InvalidOperationException($"Messages.{name} is missing.");
}

/// <summary>One measure's import headers: the Chinese header exports write, the other headers it is recognised by, and other spellings of its unit.</summary>
public sealed record MeasureField(Measure Measure, string ImportHeader, IReadOnlyList<string> Aliases, IReadOnlyList<string> UnitAliases)
{
    public MeasureDefinition Definition => Measures.Of(Measure);
}

/// <summary>What is wrong with a measure's value, whichever edge it came through.</summary>
public enum MeasureProblem
{
    Negative,
    TooLarge,
    NotWhole,
}

/// <summary>The rules a measure's value must meet: the command validator and the import both ask here.</summary>
public static class MeasureRules
{
    public static MeasureProblem? Check(Measure measure, decimal value) =>
        value < 0 ? MeasureProblem.Negative
        : value >= Measures.Largest ? MeasureProblem.TooLarge
        : Measures.Of(measure).IsCount && (value != decimal.Truncate(value) || value > int.MaxValue) ? MeasureProblem.NotWhole
        : null;

    /// <summary>The message a form or the command line shows, naming the field.</summary>
    public static string Message(Measure measure, MeasureProblem problem) => string.Format(
        CultureInfo.CurrentCulture,
        problem switch
        {
            MeasureProblem.Negative => Messages.ValueNegative,
            MeasureProblem.TooLarge => Messages.ValueTooLarge,
            _ => Messages.ValueNotWhole,
        },
        measure.Label());
}
