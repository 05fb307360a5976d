using System.Diagnostics;
using DanVan.Citations;
using DanVan.Ingest;
using DanVan.Tests.Citations;

namespace DanVan.Tests.Ingest;

/// <summary>
/// The seed plans rendered to .pdf and .docx by Fixtures/make-fixtures.sh (LibreOffice; committed, so
/// the tests need no LibreOffice), and the checks every format shares: the same citations as the .txt,
/// spans that read as their text, hostile files refused fast with one message naming them.
/// </summary>
internal static class FormatFixtures
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "Indexer.Tests", "Ingest", "Fixtures");

    /// <summary>The five seed stems ("003_d8bb7ebbcfc1d3bc"), one theory row each.</summary>
    public static TheoryData<string> Seeds { get; } = new(Directory.GetFiles(RepoPaths.Corpus, "00?_*.txt").Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension).Select(s => s!));

    public static string Fixture(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Fixture(name));

    /// <summary>The citations and header of the seed's .txt, and of <paramref name="read"/>, compared field by field.</summary>
    public static void AssertSameCitationsAsText(string stem, RawDocument read)
    {
        var expected = CitationExtractor.Extract(File.ReadAllText(Path.Combine(RepoPaths.Corpus, stem + ".txt")));
        var actual = CitationExtractor.Extract(read.Text);
        Assert.Equal(Project(expected.Citations), Project(actual.Citations));
        Assert.Equal((expected.Document.Symbol, expected.Document.Date, expected.Document.Province), (actual.Document.Symbol, actual.Document.Date, actual.Document.Province));
        foreach (var citation in actual.Citations)
        {
            // offsets are into this format's text
            Assert.Equal(citation.Text, read.Text[citation.Span.Start..citation.Span.End]);
        }
    }

    public static Cite[] Project(IEnumerable<Citation> citations) => [.. citations.Select(c => new Cite(c.Type, c.Symbol, c.Date))];

    /// <summary>Reads bytes named <paramref name="name"/>, expects a refusal starting with "name: <paramref name="problem"/>", in under five seconds.</summary>
    public static void AssertRefusedFast(string name, byte[] bytes, string problem) =>
        AssertRefusedFast(name, () => DocumentReader.FromBytes(name, bytes), problem);

    public static void AssertRefusedFast(string name, Func<RawDocument> read, string problem)
    {
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<DanVanException>(() => read());
        Assert.StartsWith($"{name}: {problem}", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {clock.Elapsed.TotalSeconds:F1} s to refuse");
    }
}
