using Xunit.Abstractions;

namespace DanVan.Tests.Eval;

/// <summary>The extraction contract measured the way ../shared/eval/score.py measures it, on copies of the gold files.</summary>
public class GoldScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void SeedsArePerfect()
    {
        var score = GoldScorer.Run(RepoPaths.Eval("seeds.gold.jsonl"), RepoPaths.Corpus);
        output.WriteLine("seeds: " + score);
        score.Misses.ToList().ForEach(output.WriteLine);
        Assert.Equal(1.0, score.F1);
        Assert.Equal(1.0, score.TypeAccuracy);
        Assert.Equal(1.0, score.DateAccuracy);
        Assert.True(score.NamedRecall >= 0.9, $"named recall {score.NamedRecall}");
    }

    [Fact]
    public void DevelopmentSetMeetsItsTargets()
    {
        var score = GoldScorer.Run(RepoPaths.Eval("devset.gold.jsonl"), Path.Combine(RepoPaths.Corpus, "devset"));
        output.WriteLine("devset: " + score);
        score.Misses.ToList().ForEach(output.WriteLine);
        Assert.True(score.F1 >= 0.98, $"symbol F1 {score.F1:F4} < 0.98");
        Assert.True(score.DateAccuracy >= 0.95, $"date accuracy {score.DateAccuracy:F4} < 0.95");
    }
}
