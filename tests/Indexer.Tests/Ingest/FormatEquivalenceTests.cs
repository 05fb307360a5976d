using DanVan.Citations;
using DanVan.Ingest;

namespace DanVan.Tests.Ingest;

/// <summary>
/// Issue 6's bar: each seed rendered to another format (Ingest/Fixtures: HTML by make-html.py, PDF
/// and DOCX by make-fixtures.sh, TCVN3 and VNI by the legacy generator) gives the same citations as
/// its .txt — same types, symbols and dates, in order — with every span pointing into that format's text.
/// </summary>
public class FormatEquivalenceTests
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "Indexer.Tests", "Ingest", "Fixtures");

    public static TheoryData<string> Rendered()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Fixtures).Where(f => Path.GetFileName(f).StartsWith("00", StringComparison.Ordinal)
            && DocumentReader.Supports(f)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rendered))]
    public void A_rendered_seed_gives_the_citations_of_its_text(string fixture)
    {
        var seed = Path.Combine(RepoPaths.Corpus, fixture.Split('.')[0] + ".txt");
        var document = DocumentReader.Read(Path.Combine(Fixtures, fixture));
        var expected = CitationExtractor.Extract(DocumentReader.Read(seed).Text).Citations.Select(Projection).ToList();
        var found = CitationExtractor.Extract(document.Text).Citations;

        Assert.Equal(expected, found.Select(Projection));
        Assert.All(found, c => Assert.Equal(c.Text, document.Text[c.Span.Start..c.Span.End]));
    }

    [Fact]
    public void Every_seed_is_rendered_in_every_format()
    {
        var seeds = Directory.EnumerateFiles(RepoPaths.Corpus, "00?_*.txt").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(5, seeds.Count);
        foreach (var file in seeds.SelectMany(seed => new[] { ".html", ".pdf", ".docx" }.Select(ext => seed + ext))
            .Concat(["003_d8bb7ebbcfc1d3bc.tcvn3.txt", "003_d8bb7ebbcfc1d3bc.vni.txt"]))
        {
            Assert.True(File.Exists(Path.Combine(Fixtures, file)), file);
        }

        // and each is read as what it is
        Assert.Equal(["docx", "html", "pdf", "text/tcvn3", "text/vni"],
            ((IEnumerable<object[]>)Rendered()).Select(row => DocumentReader.Read(Path.Combine(Fixtures, (string)row[0])).Format).Distinct().Order(StringComparer.Ordinal));
    }

    private static (string Type, string? Symbol, DateOnly? Date) Projection(Citation c) => (c.Type, c.Symbol ?? c.ResolvedSymbol, c.Date);
}
