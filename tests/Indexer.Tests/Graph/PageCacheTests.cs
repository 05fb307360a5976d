using DanVan.Graph;

namespace DanVan.Tests.Graph;

/// <summary>The graph's page cache never answers with a page older than the file, and keeps what LiteDB writes back.</summary>
public class PageCacheTests
{
    private const int Page = DurableFiles.PageCache.PageSize;

    [Fact]
    public void AWriteOfWholePagesUpdatesThePagesKept()
    {
        var cache = new DurableFiles.PageCache();
        cache.Keep(Page, Filled(1));

        // A checkpoint writes pages 0 and 1 whole: page 1 is kept with its new bytes, page 0 (never read) is not added.
        cache.Written(0, [.. Filled(2), .. Filled(3)]);

        Assert.Equal(Filled(3), Read(cache, Page));
        Assert.Null(Read(cache, 0));
    }

    [Theory]
    [InlineData(Page - 10, 20)] // across the end of page 0 into page 1
    [InlineData(Page, 100)]     // the start of page 1 only
    [InlineData(0, Page + 1)]   // page 0 whole and one byte of page 1
    public void AnyOtherWriteForgetsThePagesItTouches(long position, int length)
    {
        var cache = new DurableFiles.PageCache();
        cache.Keep(0, Filled(1));
        cache.Keep(Page, Filled(1));
        cache.Keep(2 * Page, Filled(1));

        cache.Written(position, new byte[length]);

        Assert.Null(Read(cache, Page));
        Assert.Equal(Filled(1), Read(cache, 2 * Page));
    }

    private static byte[] Filled(byte value) => Enumerable.Repeat(value, Page).ToArray();

    private static byte[]? Read(DurableFiles.PageCache cache, long position)
    {
        var buffer = new byte[Page];
        return cache.TryRead(position, buffer) ? buffer : null;
    }
}
