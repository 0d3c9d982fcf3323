using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jindong.Enterprises.Tests.Infrastructure.Persistence;

/// <summary>
/// The registry runs on a compiled EF model per engine (generated code, so a cold command skips
/// building the model). A change to the model that is not regenerated fails here.
/// </summary>
public sealed class CompiledModelTests
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
        return db.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
    }

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
