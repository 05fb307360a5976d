using System.Text;
using System.Text.Json;
using DanVan.Cli;

namespace DanVan.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("danvan-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DanVanCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void OneFileGivesOneJsonObjectWithTheContractFields()
    {
        var path = Write("plan.txt", Encoding.UTF8.GetBytes("Số: 614 /KH-UBND\nGia Lai, ngày 24 tháng 3 năm 2020\nKẾ HOẠCH\nThực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về dân vận"));
        var (exit, output, error) = Run("extract", path, "--json");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(path, root.GetProperty("file").GetString());
        var document = root.GetProperty("document");
        Assert.Equal("614/KH-UBND", document.GetProperty("symbol").GetString());
        Assert.Equal("2020-03-24", document.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("dateLowerBound").ValueKind);
        foreach (var field in new[] { "type", "title", "province", "agency", "signer" })
        {
            Assert.True(document.TryGetProperty(field, out _), field);
        }

        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray());
        Assert.Equal("Chỉ thị", citation.GetProperty("type").GetString());
        Assert.Equal("16/CT-TTg", citation.GetProperty("symbol").GetString());
        Assert.Equal("2016-05-16", citation.GetProperty("date").GetString());
        Assert.Equal("Thủ tướng Chính phủ", citation.GetProperty("issuer").GetString());
        Assert.Equal("Chỉ thị số 16/CT-TTg", citation.GetProperty("text").GetString());
        foreach (var field in new[] { "subject", "start", "end", "shortFormOf", "resolvedSymbol" })
        {
            Assert.True(citation.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void A_pdf_says_its_format_and_each_citations_page()
    {
        var pdf = Path.Combine(RepoPaths.Root, "tests", "Indexer.Tests", "Ingest", "Fixtures", "003_d8bb7ebbcfc1d3bc.pdf");
        var (exit, output, _) = Run("extract", pdf, "--json");
        Assert.Equal(0, exit);
        var json = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal("pdf", json.GetProperty("format").GetString());
        var pages = json.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("page").GetInt32()).ToList();
        Assert.Equal(24, pages.Count);
        Assert.Equal(1, pages[0]);
        Assert.True(pages[^1] > 1, "later citations are on later pages");
        Assert.Equal(pages.Order(), pages);
        // and people see it too
        Assert.Contains("(page 3)", Run("extract", pdf).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OffsetsCountCodePointsAsPythonDoes()
    {
        // An emoji before the reference is two UTF-16 units but one code point.
        const string text = "😀 Chỉ thị số 16/CT-TTg";
        var path = Write("emoji.txt", Encoding.UTF8.GetBytes(text));
        using var json = JsonDocument.Parse(Run("extract", path, "--json").Output);
        var citation = json.RootElement.GetProperty("citations")[0];
        Assert.Equal(2, citation.GetProperty("start").GetInt32());
        Assert.Equal(2 + "Chỉ thị số 16/CT-TTg".Length, citation.GetProperty("end").GetInt32());
    }

    [Fact]
    public void BadFilesAreReportedAndTheOthersStillProcessed()
    {
        var good = Write("good.txt", Encoding.UTF8.GetBytes("Kết luận 114-KL/TW"));
        var empty = Write("empty.txt", []);
        var blank = Write("blank.txt", Encoding.UTF8.GetBytes(" \n\t\n"));
        var binary = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var latin = Write("legacy.txt", [0x43, 0x68, 0xEC, 0x20, 0x74, 0x68, 0xEF]);
        var missing = Path.Combine(folder, "missing.txt");

        var (exit, output, error) = Run("extract", empty, good, blank, binary, latin, missing, folder, "--json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var only = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(good, only.GetProperty("file").GetString());
        Assert.Contains($"{empty}: empty file", error);
        Assert.Contains($"{blank}: empty file", error);
        Assert.Contains($"{binary}: binary file", error);
        Assert.Contains($"{latin}: not UTF-8 text (invalid byte 0xEC at byte 2)", error);
        Assert.Contains($"{missing}: no such file", error);
        Assert.Contains($"{folder}: is a directory", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
    }

    [Fact]
    public void HumanOutputListsEachCitation()
    {
        var path = Write("plan.txt", Encoding.UTF8.GetBytes("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"));
        var (exit, output, _) = Run("extract", path);
        Assert.Equal(0, exit);
        Assert.Contains("1 citation(s)", output);
        Assert.Contains("Kết luận       114-KL/TW  14/07/2015  Ban Bí thư", output);
    }

    [Fact]
    public void AnUnknownCommandIsAnErrorNotACrash()
    {
        var (exit, _, error) = Run("extrct", "x");
        Assert.NotEqual(0, exit);
        Assert.NotEmpty(error);
    }
}
