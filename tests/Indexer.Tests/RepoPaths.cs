namespace DanVan.Tests;

/// <summary>Locates the repository (the folder holding DanVan.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Eval(string name) => Path.Combine(AppContext.BaseDirectory, "Eval", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DanVan.sln not found above " + AppContext.BaseDirectory);
    }
}
