namespace Gongkai.Tests;

/// <summary>Paths of the repository's sample files, found from the test assembly's location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Expected => Path.Combine(Root, "tests", "Gongkai.Tests", "Expected");

    /// <summary>The sample reports (text), sorted by name.</summary>
    public static IReadOnlyList<string> SampleFiles =>
        [.. Directory.GetFiles(Samples, "*.txt").OrderBy(f => f, StringComparer.Ordinal)];

    /// <summary>The expected cells of a sample: id → value text (empty for a blank cell).</summary>
    public static IReadOnlyDictionary<string, string> ExpectedCells(string sampleFile)
    {
        var name = Path.GetFileNameWithoutExtension(sampleFile);
        return File.ReadAllLines(Path.Combine(Expected, name + ".cells.tsv"))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
