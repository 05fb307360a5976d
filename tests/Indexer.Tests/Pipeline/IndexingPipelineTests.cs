using System.Diagnostics;
using DanVan.Graph;
using DanVan.Queries;

namespace DanVan.Tests.Pipeline;

public class IndexingPipelineTests
{
    [Fact]
    public void IndexesTheSeedsIncrementally()
    {
        using var corpus = new TestCorpus().WithSeeds();
        var clock = Stopwatch.StartNew();
        var first = corpus.Index();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"indexing the seeds took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal((5, 0, 0, 0, 0), (first.Added, first.Changed, first.Removed, first.Unchanged, first.Failed));
        Assert.Equal(117, first.Citations);

        // nothing changed: nothing extracted
        var second = corpus.Index();
        Assert.Equal((0, 0, 0, 5, 0, 0), (second.Added, second.Changed, second.Removed, second.Unchanged, second.Failed, second.Citations));

        // one file edited: only it is read again; one touched without change: not extracted
        var edited = Path.Combine(corpus.Corpus, "001_a9e489f4bcb41d29.txt");
        File.AppendAllText(edited, "\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.");
        File.SetLastWriteTimeUtc(Path.Combine(corpus.Corpus, "000_03a67518330207df.txt"), DateTime.UtcNow.AddMinutes(5));
        var third = corpus.Index();
        Assert.Equal((0, 1, 0, 4, 0), (third.Added, third.Changed, third.Removed, third.Unchanged, third.Failed));
        Assert.Equal(9, third.Citations);

        // one file deleted: its plan and citations go
        File.Delete(edited);
        var fourth = corpus.Index();
        Assert.Equal((0, 0, 1, 4), (fourth.Added, fourth.Changed, fourth.Removed, fourth.Unchanged));
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        Assert.Empty(graph.CitationsOf("001_a9e489f4bcb41d29.txt"));
        Assert.Equal(4, graph.PlanCount);
    }

    [Fact]
    public void BadFilesAreReportedAndSkippedWithoutLosingTheOthers()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Write("empty.txt", "");
        File.WriteAllBytes(Path.Combine(corpus.Corpus, "binary.txt"), [0x00, 0x01, 0x02, 0xFF]);
        // "Ch" and a Windows-1258 acute: three bytes are too few to call any legacy encoding, so still not UTF-8
        File.WriteAllBytes(Path.Combine(corpus.Corpus, "legacy.txt"), [0x43, 0x68, 0xEC]);
        // a UTF-8 plan with one damaged byte: no legacy reading makes it Vietnamese
        File.WriteAllBytes(Path.Combine(corpus.Corpus, "broken.txt"), [.. "Thực hiện "u8, 0xE1, 0x20, .. "Kế hoạch số 614/KH-UBND ngày 24 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh"u8]);
        corpus.Write("plan.doc", "Kế hoạch"); // Word 97: not read
        var summary = corpus.Index();
        Assert.Equal(5, summary.Added);
        Assert.Equal(5, summary.Failed);
        Assert.Equal(["binary.txt: binary file, not text", "broken.txt: not UTF-8 text (invalid byte 0xE1 at byte 14)", "empty.txt: empty file",
            "legacy.txt: not UTF-8 text (invalid byte 0xEC at byte 2)",
            "plan.doc: not a supported format (.doc; one of .txt, .md, .text, .html, .htm, .pdf, .docx)"], summary.Failures.Select(f => $"{f.Path}: {f.Reason}").Order());
    }

    [Fact]
    public void ABadRegistryIsRefusedAndTheLastGoodOneStaysInUse()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        var documents = Path.Combine(corpus.Corpus, "registry", "documents.json");
        var good = File.ReadAllText(documents);

        // a replacement dated before the document it replaces: 76/NQ-CP (2021) "replaced" by 10/NQ-CP (2018)
        var broken = System.Text.Json.Nodes.JsonNode.Parse(good)!;
        var entry = broken["documents"]!.AsArray().First(e => (string?)e!["key"] == "76/NQ-CP@2021")!;
        entry["supersededBy"] = new System.Text.Json.Nodes.JsonArray("10/NQ-CP@2018");
        File.WriteAllText(documents, broken.ToJsonString());
        var summary = corpus.Index();
        Assert.NotNull(summary.RegistryProblem);
        Assert.True(summary.RegistryProblem.Contains("documents.json: entry 76/NQ-CP@2021: its replacement 10/NQ-CP@2018 is dated 2018-02-03, before the document itself (2021-07-15)", StringComparison.Ordinal), summary.RegistryProblem);
        Assert.Contains("the last good registry stays in use", summary.RegistryProblem);
        using (var graph = LiteDbCitationGraph.Open(corpus.Data))
        {
            var facts = GraphQueries.Over(graph).Doc("290-QĐ/TW@2010").Registry!;
            Assert.Equal("superseded", facts.Status);
            Assert.Equal("2021-07-30", facts.ReplacedBy.Single().EffectiveFrom);
        }

        // not even JSON
        File.WriteAllText(documents, "{ \"documents\": [");
        Assert.Contains("documents.json: not valid JSON", corpus.Index().RegistryProblem);

        // fixed again: in use, no problem
        File.WriteAllText(documents, good);
        Assert.Null(corpus.Index().RegistryProblem);
    }

    [Fact]
    public void UndatedCitationsAreResolvedAgainstTheWholeCorpus()
    {
        // seed 000 cites 348-CTr/BDVTU-UBND without a date; seed 003 dates it 24/01/2017; both are Gia Lai's
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        var undated = graph.CitationsOf("000_03a67518330207df.txt").First(c => c.Symbol == "348-CTr/BDVTU-UBND");
        Assert.Equal(("348-CTr/BDVTU-UBND@2017@Gia Lai", "resolved", true), (undated.Key, undated.State, undated.Inferred));

        // every cited document is a node, with what most plans say of it
        var node = graph.Document("348-CTr/BDVTU-UBND@2017@Gia Lai")!;
        Assert.Equal(("cited", "Chương trình", 4, 2, "2017-01-24"), (node.Kind, node.Type, node.Citations, node.CitingPlans, node.Date));
        Assert.Equal("registry", graph.Document("290-QĐ/TW@2010")!.Kind);
        Assert.Equal("plan", graph.Document("614/KH-UBND@2020@Gia Lai")!.Kind);
    }
}
