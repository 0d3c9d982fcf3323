using System.Reflection;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Infrastructure.Persistence;

namespace Jindong.Enterprises.Tests.Architecture;

public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(Enterprise).Assembly;
    private static readonly Assembly Application = typeof(AuditTrail).Assembly;
    private static readonly Assembly Infrastructure = typeof(JindongDbContext).Assembly;

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("MediatR")]
    [InlineData("FluentValidation")]
    [InlineData("Serilog")]
    [InlineData("Jindong.Enterprises.Application")]
    [InlineData("Jindong.Enterprises.Infrastructure")]
    public void The_domain_does_not_depend_on(string assembly)
    {
        Assert.DoesNotContain(References(Domain), name => name.StartsWith(assembly, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jindong.Enterprises.Infrastructure")]
    [InlineData("Jindong.Enterprises.Cli")]
    [InlineData("Jindong.Enterprises.Web")]
    [InlineData("jindong")]
    [InlineData("Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData("Microsoft.AspNetCore")]
    public void The_application_does_not_depend_on(string assembly)
    {
        Assert.DoesNotContain(References(Application), name => name.StartsWith(assembly, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jindong.Enterprises.Cli")]
    [InlineData("Jindong.Enterprises.Web")]
    [InlineData("jindong")]
    public void The_infrastructure_does_not_depend_on_a_front_end(string assembly)
    {
        Assert.DoesNotContain(References(Infrastructure), name => name.StartsWith(assembly, StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_exposes_no_public_setters()
    {
        var setters = Domain.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(setters);
    }

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);
}
