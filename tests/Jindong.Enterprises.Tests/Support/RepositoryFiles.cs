namespace Jindong.Enterprises.Tests.Support;

/// <summary>Files of this repository, found from the test assembly by walking up to the solution folder.</summary>
public static class RepositoryFiles
{
    private const string SolutionFile = "Jindong.Enterprises.sln";

    public static string Root { get; } = FindRoot();

    /// <summary>The rows of a seed/*.csv file as header → value maps, in file order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> SeedRows(string fileName) =>
        Csv.ReadRows(File.ReadAllText(Path.Combine(Root, "seed", fileName)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
