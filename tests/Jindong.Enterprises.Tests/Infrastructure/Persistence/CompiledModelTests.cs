using System.Text.RegularExpressions;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jindong.Enterprises.Tests.Infrastructure.Persistence;

/// <summary>
/// The registry runs on a compiled EF model per engine (generated code, so a cold command skips
/// building the model). A change to the model that is not regenerated fails here.
/// </summary>
public sealed partial class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    public void The_compiled_model_of_each_engine_matches_the_model(DatabaseProvider provider, string connectionString)
    {
        var compiled = Describe(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
        var built = Describe(new DatabaseOptions { Provider = provider, ConnectionString = connectionString, CompiledModel = false });

        Assert.True(
            compiled == built,
            $"The compiled {provider} model is stale: run `bash migrations/compiled-models` and commit the result.\n{FirstDifference(built, compiled)}");
    }

    private static string Describe(DatabaseOptions database)
    {
        var options = new DbContextOptionsBuilder<JindongDbContext>();
        database.Configure(options);
        using var db = new JindongDbContext(options.Options);
        return TableMappingOfComplexTypes().Replace(db.Model.ToDebugString(MetadataDebugStringOptions.LongDefault), string.Empty);
    }

    /// <summary>
    /// The table mapping a compiled model writes out for a complex type (FigureValues): the owning
    /// entity's table restated, which the model built at run time leaves to its conventions.
    /// </summary>
    [GeneratedRegex(@"^ +Annotations: *\r?\n(?: +Relational:(?:FunctionName|Schema|SqlQuery|TableName|ViewName|ViewSchema):.*\r?\n){6}", RegexOptions.Multiline)]
    private static partial Regex TableMappingOfComplexTypes();

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: the model says \"{left.Trim()}\", the compiled model \"{right.Trim()}\"";
            }
        }

        return string.Empty;
    }
}
