using DanVan.Search;

namespace DanVan.Tests.Search;

/// <summary>The search's own cache of index blocks: it reads what the file holds, within its budget, and never an older file's blocks.</summary>
public sealed class BlockCacheTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("danvan-blocks-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ReadsWhatTheFileHoldsWithinItsBudget()
    {
        var path = Path.Combine(folder, "_0.pos");
        var bytes = new byte[(BlockCache.BlockSize * 40) + 123];
        new Random(3).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        var cache = new BlockCache(BlockCache.BlockSize * 16L);
        using var handle = File.OpenHandle(path);
        var id = cache.FileId(path, handle);

        // Reads across block boundaries and up to the last byte, many more blocks than the budget holds: each one as the file has it.
        var random = new Random(11);
        for (var i = 0; i < 2_000; i++)
        {
            var position = random.NextInt64(bytes.Length);
            var into = new byte[(int)Math.Min(random.Next(1, 3 * BlockCache.BlockSize), bytes.Length - position)];
            Assert.True(cache.Read(id, handle, bytes.Length, position, into));
            Assert.True(bytes.AsSpan((int)position, into.Length).SequenceEqual(into), $"at {position}, {into.Length} bytes");
            Assert.True(cache.Count <= 16, $"{cache.Count} blocks held");
        }

        Assert.Equal(16, cache.Count);
        Assert.False(cache.Read(id, handle, bytes.Length, bytes.Length - 10, new byte[11]));
    }

    [Fact]
    public void ARewrittenFileIsNotReadFromTheBlocksOfTheOldOne()
    {
        var path = Path.Combine(folder, "_0.cfs");
        File.WriteAllBytes(path, Enumerable.Repeat((byte)1, 5000).ToArray());
        var cache = new BlockCache(1 << 20);
        var first = new byte[100];
        using (var handle = File.OpenHandle(path))
        {
            Assert.True(cache.Read(cache.FileId(path, handle), handle, 5000, 0, first));
        }

        // A rebuilt index writes its files again under the same names.
        File.Delete(path);
        File.WriteAllBytes(path, Enumerable.Repeat((byte)2, 5000).ToArray());
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));
        var second = new byte[100];
        using (var handle = File.OpenHandle(path))
        {
            Assert.True(cache.Read(cache.FileId(path, handle), handle, 5000, 0, second));
        }

        Assert.Equal(((byte)1, (byte)2), (first[0], second[0]));
    }
}
