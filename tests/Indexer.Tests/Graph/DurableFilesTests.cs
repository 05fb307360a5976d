using DanVan.Graph;

namespace DanVan.Tests.Graph;

/// <summary>The graph's file streams used from many threads at once, as LiteDB uses them.</summary>
public sealed class DurableFilesTests : IDisposable
{
    private const int Page = DurableFiles.PageCache.PageSize;
    private const int Pages = 64;
    private readonly string folder = Directory.CreateTempSubdirectory("danvan-files-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ReadsStayWholeWhileLiteDbsWriterFlushesAndACommitSyncs()
    {
        // LiteDB wraps the stream once per thread in a ConcurrentStream that locks it to read and write, not to flush: its
        // writer queue flushed beside a read (and a commit's sync beside the queue's writes), the file's position moved under
        // the read, and a page came back from another place ("Page type must be data page" at a million plans).
        using var files = new DurableFiles(Path.Combine(folder, "t.db"));
        var stream = files.Settings().DataStream;
        for (var page = 0; page < Pages; page++)
        {
            LikeLiteDb(stream, () => stream.Write(Filled(page, Page)), page * Page);
        }

        var stop = DateTime.UtcNow.AddSeconds(3);
        var flushes = Task.Run(() =>
        {
            while (DateTime.UtcNow < stop)
            {
                stream.Flush();
                files.Sync();
            }
        });
        var readers = Enumerable.Range(0, 2).Select(t => Task.Run(() =>
        {
            var (random, wrong) = (new Random(t), 0);
            var half = new byte[Page / 2]; // not a whole page: read from the file each time, never from the page cache
            while (DateTime.UtcNow < stop)
            {
                var page = random.Next(Pages);
                LikeLiteDb(stream, () => stream.ReadExactly(half), page * Page);
                wrong += half.Any(b => b != page) ? 1 : 0;
                if (random.Next(8) == 0)
                {
                    LikeLiteDb(stream, () => stream.Write(Filled(page, Page)), page * Page); // the same bytes again
                }
            }

            return wrong;
        })).ToList();

        await flushes;
        Assert.All(await Task.WhenAll(readers), wrong => Assert.Equal(0, wrong));
    }

    /// <summary>As LiteDB's ConcurrentStream reads and writes: under a lock of the stream, from a position of its own.</summary>
    private static void LikeLiteDb(Stream stream, Action work, long position)
    {
        lock (stream)
        {
            stream.Position = position;
            work();
        }
    }

    private static byte[] Filled(int value, int length) => Enumerable.Repeat((byte)value, length).ToArray();
}
