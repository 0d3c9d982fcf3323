namespace Jindong.Enterprises.Domain.Designations;

/// <summary>
/// One entry of the designation catalogue (国家高新技术企业, 省级隐形冠军培育企业, 上市企业 …): what it
/// is, who grants it, how long a grant is valid, the boards a grant names (上市: 沪深主板, 创业板 …) and
/// the plan counts it adds to (省级研发中心 counts toward 「市级及以上研发中心」). Seeded; admins add more.
/// </summary>
public sealed class DesignationKind
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 50;
    public const int ListMaxLength = 200;

    /// <summary>Separates the entries of <see cref="Boards"/> and <see cref="Counts"/>.</summary>
    public const char ListSeparator = '|';

    private DesignationKind()
    {
        Code = Name = Family = Counts = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The short code scripts and filters use (high-tech, champion-provincial …).</summary>
    public string Code { get; private set; }

    /// <summary>The name as announcements print it; also the plan count it adds to unless <see cref="Counts"/> says otherwise.</summary>
    public string Name { get; private set; }

    /// <summary>The family several levels share (隐形冠军, 研发中心), so a user can give the family and the level.</summary>
    public string Family { get; private set; }

    public DesignationLevel? Level { get; private set; }

    public DesignationNature Nature { get; private set; }

    /// <summary>How many years a grant is valid, its year included (高企 3, 科技型中小企业 1); null: until it is ended.</summary>
    public int? ValidYears { get; private set; }

    /// <summary>The boards a grant must name, separated by <see cref="ListSeparator"/>; null when a grant names none.</summary>
    public string? Boards { get; private set; }

    /// <summary>The plan count subjects a firm holding this adds to, separated by <see cref="ListSeparator"/>.</summary>
    public string Counts { get; private set; }

    public int SortOrder { get; private set; }

    public static DesignationKind Create(string code, string name, string family, DesignationLevel? level, DesignationNature nature, int? validYears, string? boards, string? counts, int sortOrder) => new()
    {
        Code = code,
        Name = name,
        Family = family,
        Level = level,
        Nature = nature,
        ValidYears = validYears,
        Boards = string.IsNullOrWhiteSpace(boards) ? null : boards,
        Counts = string.IsNullOrWhiteSpace(counts) ? name : counts,
        SortOrder = sortOrder,
    };

    public IReadOnlyList<string> BoardList => Split(Boards);

    public IReadOnlyList<string> CountList => Split(Counts);

    /// <summary>The last day a grant of <paramref name="year"/> is valid when its certificate gives no date; null when it never runs out.</summary>
    public DateOnly? DefaultValidUntil(int year) => ValidYears is { } n ? new DateOnly(year + n - 1, 12, 31) : null;

    private static string[] Split(string? list) =>
        list is null ? [] : list.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
