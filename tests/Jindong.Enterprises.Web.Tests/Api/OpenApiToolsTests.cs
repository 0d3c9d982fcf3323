using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>
/// The OpenAPI document held against tools nobody on the project wrote: Redocly's linter, and a
/// TypeScript client generated from it by openapi-typescript and compiled by tsc together with
/// the README's curl examples.
/// </summary>
public sealed partial class OpenApiToolsTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>, IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("jindong-openapi-").FullName;

    [Fact]
    public async Task The_openapi_document_passes_redoclys_recommended_rules_with_no_error_or_warning()
    {
        var document = await DocumentFileAsync();

        var (exitCode, output) = await NpmTools.RunAsync(
            NpmTools.Package("@redocly", "cli", "bin", "cli.js"), "lint", "--config", Path.Combine(NpmTools.Folder, "redocly.yaml"), document);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Woohoo! Your API description is valid.", output, StringComparison.Ordinal);
        Assert.False(output.Contains("Warning was generated", StringComparison.Ordinal), output);
    }

    [Fact]
    public async Task A_typescript_client_generated_from_the_document_compiles_with_the_readmes_examples()
    {
        var document = await DocumentFileAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(NpmTools.Folder, "client")))
        {
            File.Copy(file, Path.Combine(work, Path.GetFileName(file)));
        }

        var generated = await NpmTools.RunAsync(NpmTools.Package("openapi-typescript", "bin", "cli.js"), document, "--output", Path.Combine(work, "api.d.ts"));
        Assert.True(generated.ExitCode == 0, generated.Output);
        var examples = ReadmeExamples(JsonDocument.Parse(await File.ReadAllTextAsync(document)).RootElement.GetProperty("paths"));
        await File.WriteAllTextAsync(Path.Combine(work, "readme-examples.ts"), examples.Source);
        var compiled = await NpmTools.RunAsync(NpmTools.Package("typescript", "bin", "tsc"), "--project", Path.Combine(work, "tsconfig.json"));

        Assert.True(compiled.ExitCode == 0, compiled.Output + "\n" + examples.Source);
        Assert.True(examples.Count >= 5, examples.Source);
    }

    private async Task<string> DocumentFileAsync()
    {
        var path = Path.Combine(work, "openapi.json");
        await File.WriteAllTextAsync(path, await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        return path;
    }

    /// <summary>
    /// Each curl of the README that sends a body or a query, as a constant of the type the
    /// generated client gives that operation's body or query.
    /// </summary>
    private static (string Source, int Count) ReadmeExamples(JsonElement paths)
    {
        var source = new StringBuilder("import type { Query, RequestBody } from \"./readme-client\";\n");
        var count = 0;
        foreach (var line in File.ReadLines(RepositoryFiles.Path("README.md")).Where(l => l.StartsWith("curl ", StringComparison.Ordinal)))
        {
            var words = ShellWords(line);
            var url = new Uri(words.First(w => w.StartsWith("http://", StringComparison.Ordinal)));
            var get = words.Contains("-G");
            var data = words.Select((w, i) => (w, i)).Where(p => p.w is "-d" or "--data-urlencode").Select(p => words[p.i + 1]).ToList();
            var method = get || data.Count == 0 ? "get" : "post";
            var template = Template(paths, url.AbsolutePath);
            var query = (get ? data : []).Concat(url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)).ToList();
            source.Append(CultureInfo.InvariantCulture, $"\n// README: {line}\n");
            if (!get && data.Count == 1)
            {
                source.Append(CultureInfo.InvariantCulture, $"export const example{++count}: RequestBody<\"{template}\", \"{method}\"> = {data[0]};\n");
            }

            if (query.Count > 0)
            {
                var fields = query.Select(q => q.Split('=', 2)).Select(kv => $"{JsonSerializer.Serialize(kv[0])}: {(Number().IsMatch(kv[1]) ? kv[1] : JsonSerializer.Serialize(Uri.UnescapeDataString(kv[1])))}");
                source.Append(CultureInfo.InvariantCulture, $"export const example{++count}: Query<\"{template}\", \"{method}\"> = {{ {string.Join(", ", fields)} }};\n");
            }
        }

        return (source.ToString(), count);
    }

    /// <summary>The document's path template a concrete path fills ("/api/firms/9/figures" → "/api/firms/{id}/figures").</summary>
    private static string Template(JsonElement paths, string path) => paths.EnumerateObject()
        .Select(p => p.Name)
        .Single(template => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$"));

    /// <summary>A shell line's words, with single-quoted words kept whole.</summary>
    private static List<string> ShellWords(string line) => ShellWord().Matches(line).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value).ToList();

    [GeneratedRegex(@"'(?<quoted>[^']*)'|\S+")]
    private static partial Regex ShellWord();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();

    public void Dispose() => Directory.Delete(work, recursive: true);
}
