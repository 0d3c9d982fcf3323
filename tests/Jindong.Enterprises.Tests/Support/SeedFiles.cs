namespace Jindong.Enterprises.Tests.Support;

/// <summary>The seed/*.csv files as written, read by the independent <see cref="Csv"/> reader.</summary>
public static class SeedFiles
{
    /// <summary>The rows of a seed/*.csv file as header → value maps, in file order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string fileName) =>
        Csv.ReadRows(File.ReadAllText(RepositoryFiles.Path("seed", fileName)));
}
