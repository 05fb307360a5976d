using Microsoft.Win32.SafeHandles;

namespace DanVan.Search;

/// <summary>
/// Blocks of the search index's files kept in the process's own memory, up to a budget, let go by the clock
/// (a block read since the hand last passed stays another round). The operating system's file cache is not
/// enough to keep a search hot: on the benchmark machine a monitor (DAMON) pages out file memory it samples
/// as idle, region by region, so the few pages a query reads in a region of cold ones were gone seconds later
/// and the same query read the disk again (36 ms alone, 240 ms in a mix at 1M plans). Memory of the process
/// itself is not paged out (no swap). Index files are written once; a file is known by its path, length and
/// time, so a rebuilt index never reads a block of the file it replaced.
/// </summary>
internal sealed class BlockCache
{
    /// <summary>Bytes in a block: a posting list of a rare word is read in one.</summary>
    public const int BlockSize = 4096;

    /// <summary>What the searching processes share: 1 GB, a sixth of the index at 1M plans, all of it below ~150,000.</summary>
    public static readonly BlockCache Shared = new(1L << 30);

    private readonly Lock gate = new();
    private readonly Dictionary<(int File, long Block), int> slots = [];
    private readonly Dictionary<(string Path, long Length, long Time), int> files = [];
    private readonly (int File, long Block)[] keys;
    private readonly byte[]?[] blocks;
    private readonly bool[] recent;
    private int hand;

    public BlockCache(long budgetBytes)
    {
        var capacity = (int)Math.Clamp(budgetBytes / BlockSize, 16, int.MaxValue / 2);
        (keys, blocks, recent) = (new (int, long)[capacity], new byte[]?[capacity], new bool[capacity]);
    }

    /// <summary>Blocks held now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return slots.Count;
            }
        }
    }

    /// <summary>The number this cache knows an index file by, as it is now on disk.</summary>
    public int FileId(string path, SafeFileHandle handle)
    {
        var key = (path, RandomAccess.GetLength(handle), File.GetLastWriteTimeUtc(handle).Ticks);
        lock (gate)
        {
            if (!files.TryGetValue(key, out var id))
            {
                files[key] = id = files.Count;
            }

            return id;
        }
    }

    /// <summary>Fills <paramref name="into"/> from <paramref name="position"/> of the file, block by block; false past its end.</summary>
    public bool Read(int file, SafeFileHandle handle, long fileLength, long position, Span<byte> into)
    {
        while (into.Length > 0)
        {
            var block = Block(file, handle, fileLength, position / BlockSize);
            var within = (int)(position % BlockSize);
            var count = Math.Min(into.Length, block.Length - within);
            if (count <= 0)
            {
                return false;
            }

            block.AsSpan(within, count).CopyTo(into);
            into = into[count..];
            position += count;
        }

        return true;
    }

    private byte[] Block(int file, SafeFileHandle handle, long fileLength, long number)
    {
        var key = (file, number);
        lock (gate)
        {
            if (slots.TryGetValue(key, out var slot))
            {
                recent[slot] = true;
                return blocks[slot]!;
            }
        }

        // Read outside the lock: other searches go on meanwhile.
        var start = number * BlockSize;
        var data = new byte[(int)Math.Clamp(fileLength - start, 0, BlockSize)];
        for (var at = 0; at < data.Length;)
        {
            var read = RandomAccess.Read(handle, data.AsSpan(at), start + at);
            if (read <= 0)
            {
                return data[..at];
            }

            at += read;
        }

        lock (gate)
        {
            if (slots.TryGetValue(key, out var slot))
            {
                return blocks[slot]!;
            }

            slot = Free();
            (keys[slot], blocks[slot], recent[slot]) = (key, data, false);
            slots[key] = slot;
            return data;
        }
    }

    /// <summary>A slot to fill: an empty one, else the first the hand finds not read since it last passed.</summary>
    private int Free()
    {
        if (slots.Count < blocks.Length)
        {
            return slots.Count;
        }

        while (recent[hand])
        {
            recent[hand] = false;
            hand = (hand + 1) % blocks.Length;
        }

        var free = hand;
        slots.Remove(keys[free]);
        hand = (hand + 1) % blocks.Length;
        return free;
    }
}
