using System.Text.Json;
using DanVan.Cli;

namespace DanVan.Tests.Cli;

public class GraphCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (DanVanCli.Run(args, output, error), output.ToString(), error.ToString());
    }

    [Fact]
    public void IndexThenAskEveryQuestion()
    {
        using var corpus = new TestCorpus().WithSeeds();
        var (exit, output, error) = Run("index", corpus.Corpus, "--data", corpus.Data, "--json");
        Assert.Equal(0, exit);
        Assert.Contains("danvan: a first run: reading the numbers of the 5 files", error);
        using (var summary = JsonDocument.Parse(output))
        {
            Assert.Equal(5, summary.RootElement.GetProperty("added").GetInt32());
            foreach (var field in new[] { "changed", "removed", "unchanged", "failed" })
            {
                Assert.Equal(0, summary.RootElement.GetProperty(field).GetInt32());
            }
        }

        var rerun = Run("index", corpus.Corpus, "--data", corpus.Data);
        Assert.Contains("0 added, 0 changed, 0 removed, 5 unchanged, 0 failed", rerun.Output);
        Assert.DoesNotContain("a first run", rerun.Error);

        var cites = Run("cites", "16/CT-TTg", "--year", "2016", "--data", corpus.Data);
        Assert.Equal(0, cites.Exit);
        Assert.Contains("cited by 4 plan(s)", cites.Output);
        Assert.Contains("Trà Vinh (now Vĩnh Long), 2021:", cites.Output);
        Assert.Contains("superseded, replaced by 33/CT-TTg@2021 from 2021-11-26 (likely; source www.vietnamplus.vn)", cites.Output);

        using (var json = JsonDocument.Parse(Run("cites", "114-KL/TW", "--json", "--data", corpus.Data).Output))
        {
            Assert.Equal(5, json.RootElement.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("mentions").EnumerateArray())
                .Select(m => m.GetProperty("plan").GetProperty("path").GetString()).Distinct().Count());
        }

        Assert.Contains("290-QĐ/TW@2010", Run("refs", "614/KH-UBND", "--data", corpus.Data).Output);
        Assert.Contains("date as cited: 2007-04-06 ×1, 2007-04-20 ×1 (registry: 2007-04-20)", Run("doc", "34/2007/PL-UBTVQH11@2007", "--data", corpus.Data).Output);
        Assert.Contains("before replacement  003_d8bb7ebbcfc1d3bc.txt", Run("stale", "--data", corpus.Data).Output);
        var unaccented = Run("stale", "--province", "gia lai", "--data", corpus.Data); // accents optional
        Assert.Equal(0, unaccented.Exit);
        Assert.Equal(Run("stale", "--province", "Gia Lai", "--data", corpus.Data).Output, unaccented.Output);
        Assert.Contains("Trà Vinh (now Vĩnh Long)", Run("provinces", "--data", corpus.Data).Output);
    }

    [Fact]
    public void QuestionsThatCannotBeAnsweredGetAClearMessage()
    {
        using var corpus = new TestCorpus().WithSeeds();
        var missing = Run("cites", "16/CT-TTg", "--data", corpus.Data);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no citation graph here yet; run `danvan index", missing.Error);

        Run("index", corpus.Corpus, "--data", corpus.Data);
        foreach (var (args, message) in new[]
        {
            (new[] { "cites", "chỉ thị mười sáu" }, "is not a document symbol"),
            (["refs", "nothing.txt"], "no plan nothing.txt in the index"),
            (["doc", "16/CT-TTg"], "16/CT-TTg names 2 documents: 16/CT-TTg@2016, 16/CT-TTg@2020; give one key"),
            (["doc", "999/CT-TTg@2030"], "no document 999/CT-TTg@2030"),
            (["stale", "--after", "1/1/2023"], "--after \"1/1/2023\" is not a date"),
            (["stale", "--province", "Atlantis"], "--province \"Atlantis\" is not a province"),
        })
        {
            var (exit, _, error) = Run([.. args, "--data", corpus.Data]);
            Assert.Equal(2, exit);
            Assert.Contains(message, error);
            Assert.DoesNotContain("   at ", error);
        }

        var noCorpus = Run("index", Path.Combine(corpus.Root, "nowhere"), "--data", corpus.Data);
        Assert.Equal(2, noCorpus.Exit);
        Assert.Contains("nowhere: no such folder", noCorpus.Error);
    }
}
