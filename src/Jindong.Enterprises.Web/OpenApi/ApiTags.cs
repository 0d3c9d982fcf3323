namespace Jindong.Enterprises.Web.OpenApi;

/// <summary>The API's endpoint groups, with the descriptions the OpenAPI document gives them.</summary>
internal static class ApiTags
{
    public const string Session = "Session";
    public const string Firms = "Firms";
    public const string Dashboard = "Dashboard";
    public const string Reviews = "Reviews";
    public const string Reports = "Reports";
    public const string Plans = "Plans";
    public const string Efficiency = "Efficiency";

    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Session, "Sign in and out. Signing in sets the HttpOnly session cookie `jindong.session` that every other endpoint needs."),
        (Firms, "The registry's firms (企业): profile, annual figures (万元, 亩), tier moves, cultivation targets, moving out, audit trail. A township officer sees and changes only the firms of their township."),
        (Dashboard, "The leaders' overview and the reference data (townships, segments, tier names) the other endpoints accept."),
        (Reviews, "The annual tier-promotion review (年度梯队评审) of a year: start, approve or reject each proposed move, approve all, sign off."),
        (Reports, "Reports for a year as JSON rows, or the same rows as a CSV or Excel download."),
        (Plans, "The plan periods (规划期: the 十四五, the 行动计划 2.0, a 十五五 the bureau enters) and their targets, official figures, closing and final evaluation. Only the bureau changes a plan."),
        (Efficiency, "The 亩均效益综合评价 of a year: its method (data, one per year), the evaluation as a workflow (run, township flags, 公示, objections, final), each firm's explanation and what-if, and a firm's parcels, exemption profile and remediation case. Ranks and classes are district-wide; a township officer sees their township's firms."),
    ];
}
