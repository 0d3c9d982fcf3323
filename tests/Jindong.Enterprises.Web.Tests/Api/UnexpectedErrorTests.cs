using System.Net;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Web.Tests.Support;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>A fault nobody foresaw still reaches an API client as ProblemDetails, and a person as the status page.</summary>
public sealed class UnexpectedErrorTests(UnexpectedErrorTests.FailingDashboardFactory app) : IClassFixture<UnexpectedErrorTests.FailingDashboardFactory>
{
    private const string Secret = "internal detail that must stay in the log";

    [Fact]
    public async Task An_unexpected_api_failure_is_a_500_problem_without_the_exception()
    {
        var client = await app.SignedInClientAsync("admin");

        var response = await client.GetAsync("/api/dashboard");

        var problem = await response.ProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("系统出错，请稍后再试；问题已记录。", problem.GetProperty("title").GetString());
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_page_failure_shows_the_status_page()
    {
        var client = await app.SignedInClientAsync("admin");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("系统出错，请稍后再试；问题已记录。", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
    }

    /// <summary>The real app whose dashboard query fails as a bug would.</summary>
    public sealed class FailingDashboardFactory : JindongWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IPipelineBehavior<GetDashboard, DashboardView>, Failing>());
        }
    }

    private sealed class Failing : IPipelineBehavior<GetDashboard, DashboardView>
    {
        public Task<DashboardView> Handle(GetDashboard request, CancellationToken cancellationToken, RequestHandlerDelegate<DashboardView> next) =>
            throw new InvalidOperationException(Secret);
    }
}
