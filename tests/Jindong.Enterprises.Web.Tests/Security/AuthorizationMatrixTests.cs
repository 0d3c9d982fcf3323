using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// Every endpoint the running app maps × every kind of caller, with real requests, against the
/// one table of access rules (<see cref="AccessRules"/>).
/// </summary>
public sealed partial class AuthorizationMatrixTests(SecurityWebFactory app) : IClassFixture<SecurityWebFactory>
{
    private static readonly Caller[] Callers = [Caller.Anonymous, Caller.Viewer, Caller.Reviewer, Caller.OtherTownship, Caller.OwnTownship, Caller.Admin];

    [Fact]
    public async Task Every_mapped_endpoint_has_an_access_rule_and_every_rule_names_a_mapped_endpoint()
    {
        var mapped = (await MappedEndpointsAsync(app.Services)).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mapped.Except(AccessRules.Table.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(AccessRules.Table.Keys.Except(mapped).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_its_access_rule_says()
    {
        var endpoints = (await MappedEndpointsAsync(app.Services))
            .Where(e => AccessRules.Table.ContainsKey(e.Key))
            .OrderBy(e => AccessRules.Table[e.Key].RunsLast)
            .ThenBy(e => e.Method != "GET")
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        var clients = new Dictionary<Caller, (HttpClient Client, string Token)>();
        foreach (var caller in Callers)
        {
            clients[caller] = await ClientAsync(caller);
        }

        var wrong = new List<string>();
        var requests = 0;
        foreach (var endpoint in endpoints)
        {
            var entry = AccessRules.Table[endpoint.Key];
            foreach (var caller in Callers)
            {
                var (client, token) = entry.SignsInOrOut ? await ClientAsync(caller) : clients[caller];
                var probe = new Probe(app, caller, token, () => PreviewedImportTokenAsync(clients[Caller.Admin].Client, clients[Caller.Admin].Token));
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url.Replace("{firm}", probe.Id, StringComparison.Ordinal) + entry.Query);
                request.Content = entry.Body is null ? null : await entry.Body(probe);
                using var response = await client.SendAsync(request);
                requests++;
                if (entry.SignsInOrOut && caller != Caller.Anonymous)
                {
                    // Signing out ends every session of the account: the caller's shared client signs in again.
                    clients[caller] = await ClientAsync(caller);
                }

                var expected = AccessRules.Expected(entry.Rule, caller);
                var actual = Classify(response, endpoint.IsApi, entry.AllowedAs);
                if (actual != expected)
                {
                    wrong.Add($"{endpoint.Key} as {caller}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location} ({actual?.ToString() ?? "unexpected"})");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {requests} requests were answered against their rule:\n" + string.Join('\n', wrong));
        Assert.True(requests >= Callers.Length * 50);
    }

    /// <summary>One mapped endpoint: its table key, the method to send and the address with route values filled in.</summary>
    public sealed record MappedEndpoint(string Key, string Method, string Url, bool IsApi);

    /// <summary>
    /// Minimal-API endpoints by their route pattern and methods; Razor pages by their route and each
    /// handler (OnGet, OnPost, OnPostX) of their compiled page model.
    /// </summary>
    public static async Task<IReadOnlyList<MappedEndpoint>> MappedEndpointsAsync(IServiceProvider services)
    {
        var routes = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var found = new List<MappedEndpoint>();
        foreach (var endpoint in routes.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null))
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            found.AddRange(methods.Select(m => new MappedEndpoint($"{m} {pattern}", m, Fill(pattern), pattern.StartsWith("/api/", StringComparison.Ordinal))));
        }

        var loader = services.GetRequiredService<PageLoader>();
        foreach (var page in routes.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath))
        {
            // "/Firms/Index" is also "/Firms": a page is named by its shortest route.
            var shortest = page.OrderBy(e => e.RoutePattern.RawText!.Length).First();
            var route = "/" + shortest.RoutePattern.RawText;
            var compiled = await loader.LoadAsync(shortest.Metadata.GetMetadata<PageActionDescriptor>()!, shortest.Metadata);
            foreach (var handler in compiled.HandlerMethods)
            {
                var method = handler.HttpMethod.ToUpperInvariant();
                var suffix = handler.Name is null ? string.Empty : "?handler=" + handler.Name;
                found.Add(new MappedEndpoint($"{method} {route}{suffix}", method, Fill(route) + suffix, IsApi: false));
            }
        }

        return found.DistinctBy(e => e.Key).ToList();
    }

    /// <summary>The firm of 孝顺镇 for every id, the review's year, a report kind, the OpenAPI document's name, a plan's code.</summary>
    private static string Fill(string pattern) => RouteParameter().Replace(pattern, match => match.Groups["name"].Value switch
    {
        "id" or "firmId" => "{firm}",
        "year" => SecurityWebFactory.ReviewYear.ToString(CultureInfo.InvariantCulture),
        "documentName" => "v1",
        "code" => SecurityWebFactory.Plan,
        "designationId" => SecurityWebFactory.DesignationId.ToString(CultureInfo.InvariantCulture),
        var name => throw new InvalidOperationException($"The matrix has no value for route parameter '{name}' of {pattern}: add one."),
    });

    private static Access? Classify(HttpResponseMessage response, bool api, int? allowedAs)
    {
        var status = (int)response.StatusCode;
        if (status == allowedAs)
        {
            return Access.Allowed;
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when api => Access.SignInRequired,
            HttpStatusCode.Redirect when IsSignIn(response.Headers.Location) => Access.SignInRequired,
            HttpStatusCode.Forbidden => Access.Forbidden,
            HttpStatusCode.NotFound => Access.Hidden,
            HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity when api => Access.Allowed,
            _ when status is >= 200 and < 400 => Access.Allowed,
            _ => null,
        };
    }

    /// <summary>The challenge's redirect names where to return; signing out also ends on the sign-in page, without one.</summary>
    private static bool IsSignIn(Uri? location) =>
        location is not null && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith("/SignIn?ReturnUrl=", StringComparison.OrdinalIgnoreCase);

    private async Task<(HttpClient Client, string Token)> ClientAsync(Caller caller)
    {
        var client = AccessRules.UserOf(caller) is { } user
            ? await app.SignedInClientAsync(user)
            : app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        return (client, await AntiforgeryTokenAsync(client, caller == Caller.Anonymous ? "/SignIn" : "/"));
    }

    /// <summary>The hidden token of the first form on <paramref name="path"/> (every signed-in page has the sign-out form).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return AntiforgeryInput().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException($"{path} has no anti-forgery token.");
    }

    private async Task<string> PreviewedImportTokenAsync(HttpClient bureau, string token)
    {
        var probe = new Probe(app, Caller.Admin, token, () => throw new InvalidOperationException("Not needed for a preview."));
        using var response = await bureau.PostAsync("/Import?handler=Preview", await probe.ImportUploadAsync());
        var html = await response.Content.ReadAsStringAsync();
        return ImportTokenInput().Match(html) is { Success: true } match
            ? match.Groups["token"].Value
            : throw new InvalidOperationException("The import preview kept no upload: " + html);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[a-z]+)?\??\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""(?<token>[^""]+)""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex(@"name=""Token""[^>]*value=""(?<token>[0-9a-f]{32})""")]
    private static partial Regex ImportTokenInput();
}
