using DanVan.Tests.Text;

namespace DanVan.Tests.Ingest;

/// <summary>
/// Makes the legacy fixtures from a seed: Fixtures/003_d8bb7ebbcfc1d3bc.tcvn3.txt (TCVN3 bytes, toned
/// capitals as .VnTimeH writes them) and ….vni.txt (VNI, as Windows-1252 bytes). Regenerate with
/// <c>DANVAN_WRITE_FIXTURES=1 dotnet test --filter FullyQualifiedName~LegacyFixture</c>.
/// </summary>
internal static class LegacyFixtures
{
    public const string Seed = "003_d8bb7ebbcfc1d3bc";

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Indexer.Tests", "Ingest", "Fixtures");

    public static string SeedPath => Path.Combine(RepoPaths.Corpus, Seed + ".txt");

    /// <summary>The fixture files, by name, as the encoder makes them from the seed today.</summary>
    public static IReadOnlyDictionary<string, byte[]> Generate()
    {
        var seed = File.ReadAllText(SeedPath);
        return new Dictionary<string, byte[]>
        {
            [Seed + ".tcvn3.txt"] = LegacyEncoder.Bytes(LegacyEncoder.ToTcvn3(seed)),
            [Seed + ".vni.txt"] = LegacyEncoder.Bytes(LegacyEncoder.ToVni(seed)),
        };
    }

    /// <summary>Writes them over the committed ones.</summary>
    public static void Write()
    {
        foreach (var (name, bytes) in Generate())
        {
            File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        }
    }
}
