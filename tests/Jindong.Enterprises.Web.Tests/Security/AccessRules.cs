using System.Globalization;
using System.Net.Http.Json;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>The kinds of caller the access rules tell apart (README, "The web application").</summary>
public enum Caller
{
    Anonymous,
    Admin,

    /// <summary>A township officer of the firm's township.</summary>
    OwnTownship,

    /// <summary>A township officer of another township.</summary>
    OtherTownship,
    Reviewer,
    Viewer,
}

/// <summary>What a request's answer means for access.</summary>
public enum Access
{
    /// <summary>Let through: 2xx, a redirect other than to sign-in, or (API) 400/409/422 about the body or the state.</summary>
    Allowed,

    /// <summary>404: a firm of another township does not exist for its officer, to read or to change.</summary>
    Hidden,

    /// <summary>401 from the API, a redirect to the sign-in page from a page.</summary>
    SignInRequired,

    /// <summary>403.</summary>
    Forbidden,
}

/// <summary>Who may use an endpoint, as README's roles and the Application's checks say.</summary>
public enum Rule
{
    /// <summary>Everyone, signed in or not.</summary>
    Anyone,

    /// <summary>Every signed-in user; what they see is limited by township where it applies.</summary>
    SignedIn,

    /// <summary>Bureau staff only (accounts).</summary>
    AdminOnly,

    /// <summary>Reads one firm: everyone signed in, except that another township's officer is told it does not exist.</summary>
    ReadFirm,

    /// <summary>Changes one firm of 孝顺镇: bureau staff and 孝顺镇's officer; to another township's officer it does not exist.</summary>
    ChangeFirm,

    /// <summary>Registers a firm in 孝顺镇: bureau staff and 孝顺镇's officer; another township's officer is refused the township.</summary>
    RegisterFirm,

    /// <summary>Imports figures: bureau staff and township officers (each row is then limited to the officer's township).</summary>
    Editors,

    /// <summary>Runs the annual review: bureau staff and the review panel.</summary>
    Review,
}

/// <summary>What a probe needs to build a real request: the firm, unique names, the caller's anti-forgery token.</summary>
public sealed class Probe(SecurityWebFactory app, Caller caller, string? antiforgeryToken, Func<Task<string>> importToken)
{
    private static int counter;

    public SecurityWebFactory App { get; } = app;

    public Caller Caller { get; } = caller;

    public int FirmId => App.FirmId;

    public string Id => FirmId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A firm or user name no earlier probe used, so a register or create is never refused as a duplicate.</summary>
    public static string Unique(string prefix) => prefix + Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture);

    /// <summary>The user this caller signs in as (anonymous signs in as the viewer).</summary>
    public string UserName => AccessRules.UserOf(Caller) ?? "leader";

    public static HttpContent Json(object body) => JsonContent.Create(body);

    /// <summary>A page form with the caller's anti-forgery token.</summary>
    public HttpContent Form(params (string Name, string Value)[] fields) =>
        new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", antiforgeryToken ?? string.Empty)));

    /// <summary>A page's file upload of <paramref name="text"/> as <paramref name="fileName"/>, with the caller's anti-forgery token.</summary>
    public HttpContent Upload(string field, string fileName, string text) => new MultipartFormDataContent
    {
        { new StringContent(antiforgeryToken ?? string.Empty), "__RequestVerificationToken" },
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), field, fileName },
    };

    /// <summary>The import page's upload of one 2024 row for the firm, a value no earlier upload had, with the caller's anti-forgery token.</summary>
    public async Task<HttpContent> ImportUploadAsync()
    {
        var name = await App.QueryAsync(db => Task.FromResult(db.Enterprises.Single(e => e.Id == FirmId).Name));
        var form = new MultipartFormDataContent
        {
            { new StringContent("2024"), "Year" },
            { new StringContent(antiforgeryToken ?? string.Empty), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"企业名称,工业总产值\n{name},{Unique("16")}\n")), "Upload", "matrix.csv" },
        };
        return form;
    }

    /// <summary>A fresh previewed upload (previewed by bureau staff) to confirm.</summary>
    public Task<string> ImportTokenAsync() => importToken();
}

/// <summary>
/// The expected access rule of every endpoint the app maps, keyed "METHOD route" — the route
/// pattern for the API, the page's route (with "?handler=" for a named handler) for pages. A new
/// endpoint without a line here fails <see cref="AuthorizationMatrixTests"/>.
/// </summary>
public static class AccessRules
{
    /// <param name="Query">Appended to the route (after "?handler=…" for a page handler, so it starts with "&amp;" there).</param>
    /// <param name="SignsInOrOut">The request changes the caller's session, so it gets a client of its own.</param>
    /// <param name="RunsLast">The request ends something (a firm's listing, the review) the others still need.</param>
    /// <param name="AllowedAs">A status that means "let through" here (the status page answers with the code it shows).</param>
    public sealed record Entry(Rule Rule, Func<Probe, Task<HttpContent?>>? Body = null, string? Query = null, bool SignsInOrOut = false, bool RunsLast = false, int? AllowedAs = null);

    private static readonly string Reason = "权限矩阵测试";

    private const string NoSuchAccount = "matrix-no-such-account";

    public static readonly IReadOnlyDictionary<string, Entry> Table = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["GET /health"] = new(Rule.Anyone),
        ["GET /openapi/{documentName}.json"] = new(Rule.Anyone),
        ["GET /culture"] = new(Rule.Anyone, Query: "?lang=en&returnUrl=/"),

        ["POST /api/session"] = new(Rule.Anyone, p => Body(Probe.Json(new { userName = p.UserName, password = SecurityWebFactory.Password })), SignsInOrOut: true),
        ["GET /api/session"] = new(Rule.SignedIn),
        ["DELETE /api/session"] = new(Rule.SignedIn, SignsInOrOut: true),

        ["GET /api/firms"] = new(Rule.SignedIn),
        ["POST /api/firms"] = new(Rule.RegisterFirm, p => Body(Probe.Json(new { name = Probe.Unique("矩阵测试登记有限公司"), township = SecurityWebFactory.Township }))),
        ["GET /api/firms/{id:int}"] = new(Rule.ReadFirm),
        ["PUT /api/firms/{id:int}"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { township = SecurityWebFactory.Township }))),
        ["POST /api/firms/{id:int}/figures"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { year = 2024, output = 15_000m }))),
        ["POST /api/firms/{id:int}/tier-moves"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { to = "超亿元", year = 2022, reason = Reason, @override = true }))),
        ["PUT /api/firms/{id:int}/target"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { target = "超5亿元", reason = Reason }))),
        ["POST /api/firms/{id:int}/move-out"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { reason = Reason })), RunsLast: true),
        ["GET /api/firms/{id:int}/target-gap"] = new(Rule.ReadFirm),
        ["GET /api/firms/{id:int}/audit"] = new(Rule.ReadFirm),
        ["GET /api/dashboard"] = new(Rule.SignedIn),
        ["GET /api/reference-data"] = new(Rule.SignedIn),
        ["GET /api/reports/progress"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["GET /api/reports/townships"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["GET /api/reports/industries"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["GET /api/reports/gaps"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["GET /api/reports/efficiency"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["GET /api/reports/classes"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["GET /api/reports/remediation"] = new(Rule.SignedIn, Query: "?year=2023"),

        ["GET /api/plans"] = new(Rule.SignedIn),
        ["GET /api/plans/template"] = new(Rule.SignedIn),
        ["GET /api/plans/{code}"] = new(Rule.SignedIn),
        ["POST /api/plans"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { code = Probe.Unique("矩阵"), title = "矩阵测试计划", baseYear = 2030, firstYear = 2031, lastYear = 2033, kind = "action" }))),
        ["POST /api/plans/{code}/targets"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { tier = "超亿元", target = Probe.Unique("1"), reason = Reason }))),
        ["POST /api/plans/{code}/targets/import"] = new(Rule.AdminOnly, p => Body(new StringContent($"档次,目标值\n超亿元,{Probe.Unique("1")}\n", System.Text.Encoding.UTF8, "text/csv")), Query: "?file=matrix.csv"),
        ["POST /api/plans/{code}/targets/{id:int}/official"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { value = "1", source = Reason }))),
        ["POST /api/plans/{code}/close"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { reason = Reason })), RunsLast: true),
        ["GET /api/plans/{code}/evaluation"] = new(Rule.SignedIn),
        ["PUT /api/firms/{id:int}/park"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { year = 2024, outside = true, reason = Reason }))),

        ["GET /api/reviews/{year:int}"] = new(Rule.SignedIn),
        ["POST /api/reviews/{year:int}"] = new(Rule.Review),
        ["POST /api/reviews/{year:int}/proposals/{firmId:int}"] = new(Rule.Review, p => Body(Probe.Json(new { approve = true, reason = Reason }))),
        ["POST /api/reviews/{year:int}/approve-all"] = new(Rule.Review, p => Body(Probe.Json(new { reason = Reason }))),
        ["POST /api/reviews/{year:int}/sign-off"] = new(Rule.Review, RunsLast: true),
        ["POST /api/reviews/{year:int}/reopen"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { reason = Reason })), RunsLast: true),

        ["GET /api/efficiency/{year:int}/method"] = new(Rule.SignedIn),
        ["POST /api/efficiency/{year:int}/method/copy"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { fromYear = 2023 }))),
        ["PUT /api/efficiency/{year:int}/method"] = new(Rule.AdminOnly, async p => new StringContent(await MethodFileAsync(p), System.Text.Encoding.UTF8, "application/json")),
        ["GET /api/efficiency/{year:int}"] = new(Rule.SignedIn),
        ["POST /api/efficiency/{year:int}/run"] = new(Rule.AdminOnly),
        ["POST /api/efficiency/{year:int}/publish"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { end = "2030-01-01" })), RunsLast: true),
        ["POST /api/efficiency/{year:int}/finalize"] = new(Rule.AdminOnly, RunsLast: true),
        ["GET /api/efficiency/{year:int}/firms/{firmId:int}"] = new(Rule.ReadFirm),
        ["GET /api/efficiency/{year:int}/firms/{firmId:int}/explanation"] = new(Rule.ReadFirm),
        ["GET /api/efficiency/{year:int}/firms/{firmId:int}/whatif"] = new(Rule.ReadFirm, Query: "?to=A"),
        ["POST /api/efficiency/{year:int}/firms/{firmId:int}/flag"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { reason = Reason }))),
        // No flag or objection is open when the bureau's probe arrives: past the role check it is 404.
        ["POST /api/efficiency/{year:int}/firms/{firmId:int}/flag/dismiss"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { reason = Reason })), AllowedAs: 404),
        ["POST /api/efficiency/{year:int}/firms/{firmId:int}/objection"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { reason = Reason }))),
        ["POST /api/efficiency/{year:int}/firms/{firmId:int}/objection/decision"] = new(Rule.AdminOnly, p => Body(Probe.Json(new { uphold = false, reason = Reason })), AllowedAs: 404),
        ["GET /api/firms/{firmId:int}/efficiency"] = new(Rule.ReadFirm),
        ["PUT /api/firms/{firmId:int}/efficiency/parcels"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { number = "矩阵-1", area = 20m, tenure = "owned", fromYear = 2010 }))),
        ["PUT /api/firms/{firmId:int}/efficiency/profile"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { establishedYear = 2005 }))),
        ["PUT /api/firms/{firmId:int}/efficiency/case"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { action = "renovate", inProgress = true }))),
        ["POST /api/firms/{firmId:int}/efficiency/case/close"] = new(Rule.ChangeFirm, p => Body(Probe.Json(new { outcome = Reason }))),

        ["GET /"] = new(Rule.SignedIn),
        ["GET /SignIn"] = new(Rule.Anyone),
        ["POST /SignIn"] = new(Rule.Anyone, p => Body(p.Form(("Input.UserName", p.UserName), ("Input.Password", SecurityWebFactory.Password))), SignsInOrOut: true),
        ["GET /SignOut"] = new(Rule.SignedIn),
        ["POST /SignOut"] = new(Rule.SignedIn, p => Body(p.Form()), SignsInOrOut: true),
        // The status page shows what went wrong, also for a re-executed POST; it changes nothing.
        ["GET /Status"] = new(Rule.Anyone, Query: "?code=404", AllowedAs: 404),
        ["POST /Status"] = new(Rule.Anyone, p => Body(p.Form()), Query: "?code=404", AllowedAs: 404),

        ["GET /Firms"] = new(Rule.SignedIn),
        ["GET /Firms/Details/{id:int}"] = new(Rule.ReadFirm),
        ["GET /Firms/Edit/{id:int?}"] = new(Rule.ReadFirm),
        ["POST /Firms/Edit/{id:int?}"] = new(Rule.ChangeFirm, async p => p.Form(("Input.Name", await FirmNameAsync(p)), ("Input.Township", SecurityWebFactory.Township))),
        ["GET /Firms/Figures/{id:int}"] = new(Rule.ReadFirm),
        ["POST /Firms/Figures/{id:int}"] = new(Rule.ChangeFirm, p => Body(p.Form(("Input.Year", "2024"), ("Input.Values[output]", "15000"), ("Input.ExpectedVersion", "0")))),
        ["GET /Firms/Tier/{id:int}"] = new(Rule.ReadFirm),
        ["POST /Firms/Tier/{id:int}"] = new(Rule.ChangeFirm, p => Body(p.Form(("Input.To", "超亿元"), ("Input.Year", "2022"), ("Input.Reason", Reason), ("Input.Override", "true")))),
        ["GET /Firms/Target/{id:int}"] = new(Rule.ReadFirm),
        ["POST /Firms/Target/{id:int}"] = new(Rule.ChangeFirm, p => Body(p.Form(("Input.Target", "超5亿元"), ("Input.Reason", Reason)))),
        ["GET /Firms/MoveOut/{id:int}"] = new(Rule.ReadFirm),
        ["POST /Firms/MoveOut/{id:int}"] = new(Rule.ChangeFirm, p => Body(p.Form(("Input.Reason", Reason))), RunsLast: true),
        ["GET /Firms/Designation/{id:int}"] = new(Rule.ReadFirm),
        ["POST /Firms/Designation/{id:int}"] = new(Rule.ChangeFirm, p => Body(p.Form(("Input.Kind", "high-tech"), ("Input.Year", "2024")))),
        ["GET /Firms/EndDesignation/{id:int}/{designationId:int}"] = new(Rule.ReadFirm),
        ["POST /Firms/EndDesignation/{id:int}/{designationId:int}"] = new(Rule.ChangeFirm, p => Body(p.Form(("Input.How", "revoked"), ("Input.Reason", Reason))), RunsLast: true),
        ["GET /Firms/Park/{id:int}"] = new(Rule.ReadFirm),
        ["POST /Firms/Park/{id:int}"] = new(Rule.ChangeFirm, p => Body(p.Form(("Input.Year", "2023"), ("Input.Place", "outside")))),
        ["GET /Watch"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["POST /Watch?handler=Acknowledge"] = new(Rule.ChangeFirm, p => Body(p.Form(("firm", p.Id), ("check", "land-missing"), ("explanation", Reason))), Query: "&year=2023"),

        ["GET /Import"] = new(Rule.SignedIn),
        ["POST /Import?handler=Preview"] = new(Rule.Editors, async p => await p.ImportUploadAsync()),
        // A refused upload's error report: only its uploader's token finds it (ImportUploadTests); without one, 404 to everyone signed in.
        ["GET /Import?handler=Errors"] = new(Rule.SignedIn, Query: "&token=00000000000000000000000000000000", AllowedAs: 404),
        ["POST /Import?handler=Confirm"] = new(Rule.Editors, async p => p.Form(("Year", "2024"), ("FileName", "matrix.csv"), ("Token", await p.ImportTokenAsync()))),

        ["GET /Reports"] = new(Rule.SignedIn, Query: "?kind=gaps&year=2023"),

        ["GET /Plans"] = new(Rule.SignedIn),
        ["POST /Plans"] = new(Rule.AdminOnly, p => Body(p.Form(("Input.Code", Probe.Unique("矩阵")), ("Input.Title", "矩阵测试计划"), ("Input.BaseYear", "2030"), ("Input.FirstYear", "2031"), ("Input.LastYear", "2033"), ("Input.Kind", "action")))),
        ["GET /Plans/Details"] = new(Rule.SignedIn, Query: "?code=" + SecurityWebFactory.Plan),
        ["POST /Plans/Details?handler=Target"] = new(Rule.AdminOnly, p => Body(p.Form(("Input.Tier", "超亿元"), ("Input.Target", Probe.Unique("1")))), Query: "&code=" + SecurityWebFactory.Plan),
        ["POST /Plans/Details?handler=Import"] = new(Rule.AdminOnly, p => Body(p.Upload("Upload", "matrix.csv", $"档次,目标值\n超亿元,{Probe.Unique("1")}\n")), Query: "&code=" + SecurityWebFactory.Plan),
        ["POST /Plans/Details?handler=Close"] = new(Rule.AdminOnly, p => Body(p.Form(("CloseReason", Reason))), Query: "&code=" + SecurityWebFactory.Plan, RunsLast: true),
        ["GET /Plans/Evaluation"] = new(Rule.SignedIn, Query: "?code=" + SecurityWebFactory.Plan),
        ["POST /Plans/Evaluation"] = new(Rule.AdminOnly, p => Body(p.Form(("Input.TargetId", "1"), ("Input.Value", "1"), ("Input.Source", Reason))), Query: "?code=" + SecurityWebFactory.Plan),

        ["GET /Reviews"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["POST /Reviews?handler=Start"] = new(Rule.Review, p => Body(p.Form()), Query: "&year=2023"),
        ["POST /Reviews?handler=Decide"] = new(Rule.Review, p => Body(p.Form(("firm", p.Id), ("approve", "true"), ("reason", Reason))), Query: "&year=2023"),
        ["POST /Reviews?handler=ApproveAll"] = new(Rule.Review, p => Body(p.Form(("reason", Reason))), Query: "&year=2023"),
        ["POST /Reviews?handler=SignOff"] = new(Rule.Review, p => Body(p.Form()), Query: "&year=2023", RunsLast: true),

        ["GET /Efficiency"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["POST /Efficiency?handler=Run"] = new(Rule.AdminOnly, p => Body(p.Form()), Query: "&year=2023"),
        ["POST /Efficiency?handler=Publish"] = new(Rule.AdminOnly, p => Body(p.Form(("end", "2030-01-01"))), Query: "&year=2023", RunsLast: true),
        ["POST /Efficiency?handler=Finalize"] = new(Rule.AdminOnly, p => Body(p.Form()), Query: "&year=2023", RunsLast: true),
        ["POST /Efficiency?handler=Flag"] = new(Rule.ChangeFirm, p => Body(p.Form(("firm", p.Id), ("reason", Reason))), Query: "&year=2023"),
        ["POST /Efficiency?handler=Dismiss"] = new(Rule.AdminOnly, p => Body(p.Form(("firm", p.Id), ("reason", Reason))), Query: "&year=2023", AllowedAs: 404),
        ["POST /Efficiency?handler=Object"] = new(Rule.ChangeFirm, p => Body(p.Form(("firm", p.Id), ("reason", Reason))), Query: "&year=2023"),
        ["POST /Efficiency?handler=Decide"] = new(Rule.AdminOnly, p => Body(p.Form(("firm", p.Id), ("uphold", "false"), ("reason", Reason))), Query: "&year=2023", AllowedAs: 404),
        ["GET /Efficiency/Method"] = new(Rule.SignedIn, Query: "?year=2023"),
        ["POST /Efficiency/Method?handler=Copy"] = new(Rule.AdminOnly, p => Body(p.Form()), Query: "&year=2023"),
        ["POST /Efficiency/Method?handler=Save"] = new(Rule.AdminOnly, async p => p.Form(("Text", await MethodFileAsync(p))), Query: "&year=2023"),
        ["GET /Efficiency/Firm/{id:int}"] = new(Rule.ReadFirm, Query: "?year=2023&to=A"),
        ["POST /Firms/Details/{id:int}?handler=Plan"] = new(Rule.ChangeFirm, p => Body(p.Form(("action", "renovate")))),

        ["GET /Account/Password"] = new(Rule.SignedIn),
        ["POST /Account/Password"] = new(Rule.SignedIn, p => Body(p.Form(("Input.CurrentPassword", "not-the-password"), ("Input.NewPassword", "matrix-new-passphrase"), ("Input.ConfirmPassword", "matrix-new-passphrase")))),

        ["GET /Users"] = new(Rule.AdminOnly),
        // The account actions name an account that does not exist: past the role check an administrator
        // gets 404, everyone else 403 first, and no probe ends a session the matrix still uses.
        ["POST /Users?handler=Reset"] = new(Rule.AdminOnly, p => Body(p.Form(("name", NoSuchAccount))), AllowedAs: 404),
        ["POST /Users?handler=Disable"] = new(Rule.AdminOnly, p => Body(p.Form(("name", NoSuchAccount))), AllowedAs: 404),
        ["POST /Users?handler=Enable"] = new(Rule.AdminOnly, p => Body(p.Form(("name", NoSuchAccount))), AllowedAs: 404),
        ["POST /Users?handler=Unlock"] = new(Rule.AdminOnly, p => Body(p.Form(("name", NoSuchAccount))), AllowedAs: 404),
        ["POST /Users?handler=Role"] = new(Rule.AdminOnly, p => Body(p.Form(("RoleChange.Name", NoSuchAccount), ("RoleChange.Role", "reviewer"))), AllowedAs: 404),
        ["POST /Users"] = new(Rule.AdminOnly, p => Body(p.Form(("Input.Name", Probe.Unique("matrix")), ("Input.Password", SecurityWebFactory.Password), ("Input.Role", "viewer")))),
    };

    public static Access Expected(Rule rule, Caller caller) => (rule, caller) switch
    {
        (Rule.Anyone, _) => Access.Allowed,
        (_, Caller.Anonymous) => Access.SignInRequired,
        (Rule.SignedIn, _) => Access.Allowed,
        (Rule.AdminOnly, Caller.Admin) => Access.Allowed,
        (Rule.AdminOnly, _) => Access.Forbidden,
        (Rule.ReadFirm or Rule.ChangeFirm, Caller.OtherTownship) => Access.Hidden,
        (Rule.ReadFirm, _) => Access.Allowed,
        (Rule.ChangeFirm or Rule.RegisterFirm, Caller.Admin or Caller.OwnTownship) => Access.Allowed,
        (Rule.ChangeFirm or Rule.RegisterFirm, _) => Access.Forbidden,
        (Rule.Editors, Caller.Admin or Caller.OwnTownship or Caller.OtherTownship) => Access.Allowed,
        (Rule.Editors, _) => Access.Forbidden,
        (Rule.Review, Caller.Admin or Caller.Reviewer) => Access.Allowed,
        (Rule.Review, _) => Access.Forbidden,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The seeded user of each caller (JindongWebFactory and SecurityWebFactory create them).</summary>
    public static string? UserOf(Caller caller) => caller switch
    {
        Caller.Admin => "admin",
        Caller.OwnTownship => "xiaoshun",
        Caller.OtherTownship => SecurityWebFactory.OtherOfficer,
        Caller.Reviewer => "panel",
        Caller.Viewer => "leader",
        _ => null,
    };

    private static Task<HttpContent?> Body(HttpContent content) => Task.FromResult<HttpContent?>(content);

    /// <summary>The seeded 2023 method as its file: a valid body, so a refusal is the caller's role, not the body.</summary>
    private static async Task<string> MethodFileAsync(Probe p) =>
        Jindong.Enterprises.Application.Efficiency.MethodJson.Write(
            (await p.App.SendAsAdminAsync(new Jindong.Enterprises.Application.Efficiency.GetEfficiencyMethod(2023))).Terms);

    private static Task<string> FirmNameAsync(Probe p) =>
        p.App.QueryAsync(db => Task.FromResult(db.Enterprises.Single(e => e.Id == p.FirmId).Name));
}
