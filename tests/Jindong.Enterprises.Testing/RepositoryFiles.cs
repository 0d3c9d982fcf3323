using System.Reflection;

namespace Jindong.Enterprises.Testing;

/// <summary>The checkout the tests were built from: its seed files, docs and sources.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = typeof(RepositoryFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot")
        .Value ?? throw new InvalidOperationException("The test assembly was built without its RepositoryRoot.");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
