using System.Text;
using System.Text.Json;
using DanVan.Cli;
using DanVan.Graph;

namespace DanVan.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    /// <summary>The example: seed 001's wrong date for the Pháp lệnh, and the Quy chế replaced in 2021.</summary>
    private const string Decisive = "Căn cứ Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận;\n"
        + "Căn cứ Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 06/4/2007 của Ủy ban Thường vụ Quốc hội;\n";

    private readonly TestCorpus corpus = new TestCorpus().WithSeeds();

    public CheckCommandTests() => Assert.Equal(0, Run("index", corpus.Corpus, "--data", corpus.Data).Exit);

    public void Dispose() => corpus.Dispose();

    private static (int Exit, string Output, string Error) Run(params string[] args) => RunWithInput([], args);

    private static (int Exit, string Output, string Error) RunWithInput(byte[] input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DanVanCli.Run(args, output, error, () => new MemoryStream(input));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void TheDecisiveExampleFromAFile()
    {
        var draft = corpus.Write("../draft.txt", Decisive);
        var (exit, output, error) = Run("check", draft, "--data", corpus.Data);
        Assert.Equal((1, ""), (exit, error));
        Assert.Contains("1:8  Quyết định số 290-QĐ/TW  [290-QĐ/TW@2010]\n  SUPERSEDED by 23-QĐ/TW@2021 (effective 2021-07-30; confirmed)\n", output);
        Assert.Contains("2:8  Pháp lệnh số 34/2007/PL-UBTVQH11  [34/2007/PL-UBTVQH11@2007]\n"
            + "  SUPERSEDED by 10/2022/QH15@2022 (effective 2023-07-01; confirmed)\n"
            + "  DATE 2007-04-06 differs from the registry: 2007-04-20 (confirmed)\n", output);
        Assert.EndsWith("2 references, 2 need attention\n", output);
    }

    [Fact]
    public void TheDecisiveExampleFromStandardInputAsJson()
    {
        var (exit, output, _) = RunWithInput(Encoding.UTF8.GetBytes(Decisive), "check", "-", "--data", corpus.Data, "--json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal((2, false), (root.GetProperty("needAttention").GetInt32(), root.GetProperty("draftDated").GetBoolean()));
        var references = root.GetProperty("references");
        var qd290 = references[0];
        Assert.Equal(("superseded", "290-QĐ/TW@2010"), (qd290.GetProperty("verdict").GetString(), qd290.GetProperty("key").GetString()));
        var replaced = qd290.GetProperty("findings")[0];
        Assert.Equal(("23-QĐ/TW@2021", "2021-07-30"), (replaced.GetProperty("expected").GetString(), replaced.GetProperty("effectiveFrom").GetString()));
        var pl34 = references[1].GetProperty("findings");
        Assert.Equal(["superseded", "dateDiffersFromRegistry"], pl34.EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal("2007-04-20", pl34[1].GetProperty("expected").GetString());
        Assert.Equal((2, 8), (references[1].GetProperty("line").GetInt32(), references[1].GetProperty("column").GetInt32()));
    }

    [Theory]
    // everything right: exit 0
    [InlineData("Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị;", 0, "1 reference, 0 need attention")]
    // no reference at all: nothing needs attention
    [InlineData("Kính gửi: các sở, ban, ngành.", 0, "0 references, 0 need attention")]
    // one of two wrong: exit 1
    [InlineData("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Chỉ thị số 30/CT-TƯ ngày 18/02/1998 của Bộ Chính trị", 1,
        "2 references, 1 needs attention")]
    public void TheExitStatusSaysWhetherAnythingNeedsAttention(string draft, int expectedExit, string summary)
    {
        var (exit, output, _) = RunWithInput(Encoding.UTF8.GetBytes(draft), "check", "-", "--data", corpus.Data);
        Assert.Equal(expectedExit, exit);
        Assert.EndsWith(summary + "\n", output);
    }

    [Fact]
    public void BadInputIsOneLineAndExitTwo()
    {
        var folder = Directory.CreateDirectory(Path.Combine(corpus.Root, "drafts")).FullName;
        var cases = new (string File, byte[]? Bytes, string Message)[]
        {
            (Path.Combine(folder, "missing.txt"), null, "missing.txt: no such file"),
            (Path.Combine(folder, "empty.txt"), [], "empty.txt: empty file"),
            (Path.Combine(folder, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], "image.txt: binary file"),
            (Path.Combine(folder, "legacy.txt"), [0x43, 0x68, 0xEC, 0x20, 0x74, 0x68, 0xEF], "legacy.txt: not UTF-8 text"),
            (folder, null, "drafts: is a directory"),
        };
        foreach (var (file, bytes, message) in cases)
        {
            if (bytes is not null)
            {
                File.WriteAllBytes(file, bytes);
            }

            var (exit, output, error) = Run("check", file, "--data", corpus.Data);
            Assert.Equal((2, ""), (exit, output));
            Assert.Contains(message, error);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }

        Assert.Contains("standard input: empty file", RunWithInput([], "check", "-", "--data", corpus.Data).Error);
        Assert.Contains("standard input: not UTF-8 text", RunWithInput([0xEC, 0x20], "check", "-", "--data", corpus.Data).Error);
    }

    [Fact]
    public void WithoutAnIndexTheRegistryAloneIsUsedAndSaidSo()
    {
        var empty = Path.Combine(corpus.Root, "nothing-indexed");
        var registry = Path.Combine(corpus.Corpus, "registry");
        var (exit, output, error) = RunWithInput(Encoding.UTF8.GetBytes(Decisive), "check", "-", "--data", empty, "--registry", registry);
        Assert.Equal(1, exit);
        Assert.Contains("no index here yet", error);
        Assert.Contains("plan consensus is unavailable", error);
        Assert.Contains("SUPERSEDED by 23-QĐ/TW@2021", output);

        var neither = RunWithInput(Encoding.UTF8.GetBytes(Decisive), "check", "-", "--data", empty, "--registry", Path.Combine(corpus.Root, "no-registry"));
        Assert.Equal((2, ""), (neither.Exit, neither.Output));
        Assert.Contains("no index here yet, and no registry in", neither.Error);
    }

    [Fact]
    public void AGraphHeldByAnotherProgramIsSaidPlainly()
    {
        // Another process holds the file exclusively, as a writer does on Windows (LiteDB's direct mode shares it on Linux):
        // util-linux's flock stands in for it.
        var holder = new System.Diagnostics.ProcessStartInfo("flock", ["--exclusive", Path.Combine(corpus.Data, LiteDbCitationGraph.FileName), "-c", "echo held; sleep 60"])
        {
            RedirectStandardOutput = true,
        };
        using var process = System.Diagnostics.Process.Start(holder)!;
        try
        {
            Assert.Equal("held", process.StandardOutput.ReadLine());
            var (exit, _, error) = RunWithInput(Encoding.UTF8.GetBytes(Decisive), "check", "-", "--data", corpus.Data);
            Assert.Equal(2, exit);
            Assert.Contains("danvan.db: in use by another program", error);
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
