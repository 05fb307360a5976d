using System.Text.Json;
using DanVan.Bench.Fts5;

namespace DanVan.Tests.Bench;

public class Fts5PeerTests
{
    [Fact]
    public void TheSeedsBuildAnsweredTheTextMixAndTheDCheckCountedInBothEngines()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        var database = Path.Combine(corpus.Root, "fts5.db");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = Fts5Bench.Run(corpus.Corpus, database, corpus.Data, queries: 21, kindSeconds: 10, json: true, output, error);

        Assert.True(exit == 0, error.ToString());
        using var report = JsonDocument.Parse(output.ToString());
        var root = report.RootElement;
        Assert.Equal(5, root.GetProperty("build").GetProperty("plans").GetInt32());
        Assert.True(File.Exists(database));
        Assert.Equal(9, root.GetProperty("queries").GetProperty("overall").GetProperty("count").GetInt32());
        Assert.True(root.GetProperty("queries").GetProperty("kinds").GetProperty("accented").GetProperty("meanResults").GetDouble() >= 1);

        // unicode61 strips combining marks but đ (U+0111) has none: "dang uy" misses "Đảng ủy", which DanVan finds.
        var dang = root.GetProperty("dFolding").EnumerateArray().Single(r => r.GetProperty("unaccented").GetString() == "dang uy");
        Assert.Equal(0, dang.GetProperty("fts5Unaccented").GetInt64());
        Assert.True(dang.GetProperty("fts5Accented").GetInt64() > 0);
        Assert.Equal(dang.GetProperty("fts5Accented").GetInt64(), dang.GetProperty("danVanUnaccented").GetInt64());
        var control = root.GetProperty("dFolding").EnumerateArray().Single(r => r.GetProperty("unaccented").GetString() == "dan chu");
        Assert.Equal(control.GetProperty("fts5Accented").GetInt64(), control.GetProperty("fts5Unaccented").GetInt64());
        Assert.Equal(0, root.GetProperty("probeUnaccentedHits").GetInt64());
        Assert.Equal(1, root.GetProperty("probeWithDHits").GetInt64());
    }

    [Theory]
    // Words must all occur, as in DanVan; a phrase stays a phrase; quotes inside are escaped, punctuation dropped.
    [InlineData("quản lý", "\"quản\" AND \"lý\"")]
    [InlineData("\"quy chế dân chủ\"", "\"quy chế dân chủ\"")]
    [InlineData("cải cách, hành chính", "\"cải\" AND \"cách\" AND \"hành\" AND \"chính\"")]
    [InlineData("  ", null)]
    public void TextQueriesBecomeMatchExpressions(string query, string? match) => Assert.Equal(match, Fts5Query.From(query));
}
