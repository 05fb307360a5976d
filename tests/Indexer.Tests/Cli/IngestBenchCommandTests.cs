using System.Text.Json;
using DanVan.Cli;

namespace DanVan.Tests.Cli;

public class IngestBenchCommandTests
{
    [Fact]
    public void Measures_each_format_apart_and_skips_unreadable_files()
    {
        var folder = Directory.CreateTempSubdirectory("danvan-ingest-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016.");
            File.WriteAllText(Path.Combine(folder, "b.html"), "<p>Thực hiện Kết luận 114-KL/TW</p>");
            File.WriteAllBytes(Path.Combine(folder, "c.txt"), []);
            var (output, error) = (new StringWriter(), new StringWriter());

            Assert.Equal(0, IngestBenchCommand.Run([folder], 0.05, json: true, output, error));

            var rates = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().ToList();
            Assert.Equal(["html", "text"], rates.Select(r => r.GetProperty("format").GetString()));
            Assert.All(rates, r => Assert.True(r.GetProperty("megabytesPerSecond").GetDouble() > 0));
            Assert.Contains("c.txt: empty file", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_is_named() =>
        Assert.Equal(2, IngestBenchCommand.Run(["/no/such/folder"], 0.05, json: false, TextWriter.Null, new StringWriter()));
}
