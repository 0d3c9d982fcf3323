using System.Globalization;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Web.Endpoints;
using Jindong.Enterprises.Web.OpenApi;
using Jindong.Enterprises.Web.Resources;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Serilog;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>Builds the web host: services, then the request pipeline. Pages and endpoints only translate HTTP to MediatR requests.</summary>
public static class JindongWeb
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];

    /// <summary>Names the data-protection key ring: the same for every instance, wherever it is installed.</summary>
    public const string DataProtectionApplicationName = "Jindong.Enterprises";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddServices(builder);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    /// <summary>
    /// Database:ConnectionString, else JINDONG_DB (as the CLI reads it), else Database:DefaultFile
    /// (in Development the repository's ./jindong.db, the file the CLI uses when run from there),
    /// else ./jindong.db. A PostgreSQL connection string (or Database:Provider) selects PostgreSQL.
    /// </summary>
    public static DatabaseOptions DatabaseOf(IConfiguration configuration) => new()
    {
        Provider = configuration.GetValue<DatabaseProvider?>($"{DatabaseOptions.Section}:Provider"),
        ConnectionString = configuration[$"{DatabaseOptions.Section}:ConnectionString"] is { Length: > 0 } configured ? configured
            : Environment.GetEnvironmentVariable("JINDONG_DB") is { Length: > 0 } env ? env
            : configuration[$"{DatabaseOptions.Section}:DefaultFile"] is { Length: > 0 } file ? file
            : DatabaseOptions.DefaultSqliteFile,
    };

    private static void AddServices(WebApplicationBuilder builder)
    {
        Log.Logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<Infrastructure.Logging.VisibleTextEnricher>()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();
        builder.Services.AddSerilog(Log.Logger, dispose: false);

        var services = builder.Services;
        services.AddApplication().AddInfrastructure(DatabaseOf(builder.Configuration));
        services.AddHostedService<DatabaseStartup>();
        services.AddHttpContextAccessor();
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<WebSessions>();
        var uploads = builder.Configuration.GetSection(UploadOptions.Section).Get<UploadOptions>() ?? new UploadOptions();
        services.AddSingleton(uploads);
        services.AddSingleton<ImportUploads>();
        services.AddHostedService<ImportUploadPurge>();

        services.Configure<ForwardedHeadersOptions>(options => ReverseProxy.Configure(options, builder.Configuration));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddProblemDetails();
        services.AddHealthChecks();
        services.AddOpenApi(options =>
        {
            ApiDocument.Configure(options);
            ApiVocabulary.Configure(options);
        });
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));

        // The keys that sign and encrypt the session and anti-forgery cookies live in the registry's
        // database, under one application name, so every web server in front of it reads the cookies
        // the others issue (README, "More than one web server").
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<JindongDbContext>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "jindong.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/SignIn";
            options.AccessDeniedPath = "/Status";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = WebSessions.ValidateAsync;
            options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "jindong.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Status");
            // The form reader's own limit must not refuse what UploadSizeLimit lets through.
            options.Conventions.AddPageApplicationModelConvention("/Import/Index", page =>
                page.Filters.Add(new Microsoft.AspNetCore.Mvc.RequestFormLimitsAttribute { MultipartBodyLengthLimit = uploads.MaxBytes }));
        }).AddViewOptions(options =>
        {
            // The pages have no script, so client validation has nothing to run; without it a form without
            // errors renders no hidden summary item, whose inline style the CSP would block.
            options.HtmlHelperOptions.ClientValidationEnabled = false;
        }).AddMvcOptions(options =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => string.Format(CultureInfo.CurrentCulture, WebText.ValueInvalid, value));
            messages.SetValueMustBeANumberAccessor(_ => WebText.ValueNotANumber);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(CultureInfo.CurrentCulture, WebText.ValueInvalid, value));
            messages.SetValueIsInvalidAccessor(value => string.Format(CultureInfo.CurrentCulture, WebText.ValueInvalid, value));
            messages.SetMissingBindRequiredValueAccessor(_ => WebText.ValueMissing);
            messages.SetValueMustNotBeNullAccessor(_ => WebText.ValueMissing);
        });
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        // Outermost but for the proxy's headers, so each request is logged once with the status it was
        // answered with (a refused API request as its 400/404/409, not as the exception the handler below turns into it).
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Status",
            StatusCodeSelector = exception => ProblemDetailsExceptionHandler.ProblemFor(exception)?.Status ?? StatusCodes.Status500InternalServerError,
        });
        // The status page shown for a failed request runs none of that request's page handlers
        // ("?handler=Preview" would otherwise make it a 404 of its own).
        app.Use((context, next) =>
        {
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null)
            {
                context.Request.QueryString = QueryString.Empty;
            }

            return next(context);
        });
        app.UseWhen(context => IsApi(context.Request), api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        if (!app.Environment.IsDevelopment())
        {
            // Only on HTTPS requests, and never for localhost: browsers then refuse plain HTTP to this host for a year.
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseMiddleware<UploadSizeLimit>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<JsonBodyContract>();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapSessionEndpoints();
        app.MapFirmEndpoints();
        app.MapReviewEndpoints();
        app.MapReportEndpoints();
        app.MapEfficiencyEndpoints();
        app.MapPlanEndpoints();
        app.MapCultureEndpoints();
        app.MapRazorPages();
    }

    /// <summary>The API answers 401 and 403 as such; a page without a session goes to sign-in, a refused page shows 403.</summary>
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request) || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
