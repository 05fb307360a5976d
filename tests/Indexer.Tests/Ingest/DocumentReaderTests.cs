using System.Text;
using DanVan.Ingest;

namespace DanVan.Tests.Ingest;

public class DocumentReaderTests
{
    [Fact]
    public void ReadsUtf8WithAndWithoutByteOrderMark()
    {
        Assert.Equal("Chỉ thị", DocumentReader.Decode("a", Encoding.UTF8.GetBytes("Chỉ thị")));
        // Kept as U+FEFF, as Python reads it: offsets agree with score.py.
        Assert.Equal("\uFEFFChỉ thị", DocumentReader.Decode("a", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Chỉ thị")]));
    }

    [Fact]
    public void ReadsUtf16WithByteOrderMark()
    {
        Assert.Equal("Chỉ thị", DocumentReader.Decode("a", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Chỉ thị")]));
        Assert.Equal("Chỉ thị", DocumentReader.Decode("a", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Chỉ thị")]));
    }

    [Fact]
    public void NormalizesLineEndings() => Assert.Equal("a\nb\nc", DocumentReader.Decode("a", "a\r\nb\rc"u8));

    [Fact]
    public void RefusesTruncatedUtf8WithTheBytePosition()
    {
        var bytes = Encoding.UTF8.GetBytes("Chỉ thị")[..^1];
        var e = Assert.Throws<DanVanException>(() => DocumentReader.Decode("plan.txt", bytes));
        Assert.StartsWith("plan.txt: not UTF-8 text", e.Message);
    }

    [Fact]
    public void A_pipe_or_a_link_to_a_device_is_refused_not_read_forever()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("danvan-special-").FullName;
        try
        {
            var zero = Path.Combine(folder, "zero.txt");
            File.CreateSymbolicLink(zero, "/dev/zero");
            Assert.Equal($"{zero}: empty file", Assert.Throws<DanVanException>(() => DocumentReader.Read(zero)).Message);
            var fifo = Path.Combine(folder, "fifo.txt");
            System.Diagnostics.Process.Start("mkfifo", fifo)!.WaitForExit();
            Assert.Equal($"{fifo}: empty file", Assert.Throws<DanVanException>(() => DocumentReader.Read(fifo)).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
