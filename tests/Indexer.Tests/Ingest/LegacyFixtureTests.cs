using DanVan.Citations;
using DanVan.Ingest;
using DanVan.Tests.Citations;

namespace DanVan.Tests.Ingest;

public class LegacyFixtureTests
{
    [Fact]
    public void FixturesAreWhatTheGeneratorMakes()
    {
        if (Environment.GetEnvironmentVariable("DANVAN_WRITE_FIXTURES") == "1")
        {
            LegacyFixtures.Write();
        }

        foreach (var (name, bytes) in LegacyFixtures.Generate())
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(LegacyFixtures.Folder, name)));
        }
    }

    [Theory]
    // seed 003 in TCVN3 bytes: same citations as the .txt, offsets into the converted text
    [InlineData(LegacyFixtures.Seed + ".tcvn3.txt", "text/tcvn3")]
    // seed 003 in VNI (Windows-1252 bytes): two bytes for most letters, so every offset moves
    [InlineData(LegacyFixtures.Seed + ".vni.txt", "text/vni")]
    public void ALegacyCopyOfASeedGivesTheSeedsCitations(string fixture, string format)
    {
        var legacy = DocumentReader.Read(Path.Combine(LegacyFixtures.Folder, fixture));
        var seed = DocumentReader.Read(LegacyFixtures.SeedPath);
        Assert.Equal(format, legacy.Format);
        Assert.Equal("text", seed.Format);

        var expected = CitationExtractor.Extract(seed.Text).Citations;
        var found = CitationExtractor.Extract(legacy.Text).Citations;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(c => new Cite(c.Type, c.Symbol, c.Date)), found.Select(c => new Cite(c.Type, c.Symbol, c.Date)));
        foreach (var citation in found)
        {
            Assert.Equal(citation.Text, legacy.Text[citation.Span.Start..citation.Span.End]);
        }
    }
}
