using LiteDB;
using LiteDB.Engine;

namespace DanVan.Graph;

/// <summary>
/// The graph's two files (danvan.db and its write-ahead log danvan-log.db) opened by us for LiteDB, so that
/// LiteDB's frequent flushes stop at the operating system and <see cref="Sync"/> makes a commit durable once.
/// </summary>
internal sealed class DurableFiles : IDisposable
{
    private readonly FileStream data;
    private readonly FileStream log;
    private readonly OsFlushStream dataStream;
    private readonly OsFlushStream logStream;

    private readonly bool readOnly;

    /// <param name="path">The data file.</param>
    /// <param name="readOnly">Open both files to read only, beside others that may have them open too (both must exist).</param>
    public DurableFiles(string path, bool readOnly = false)
    {
        this.readOnly = readOnly;
        data = OpenFile(path, readOnly);
        try
        {
            log = OpenFile(Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path)), readOnly);
        }
        catch
        {
            data.Dispose();
            throw;
        }

        (dataStream, logStream) = (new OsFlushStream(data), new OsFlushStream(log));
    }

    /// <summary>LiteDB's settings: our streams, keys compared by ordinal.</summary>
    public EngineSettings Settings() => new()
    {
        DataStream = dataStream,
        LogStream = logStream,
        Collation = Collation.Binary,
        ReadOnly = readOnly,
    };

    /// <summary>Forces both files to disk (after a commit).</summary>
    public void Sync()
    {
        dataStream.Sync();
        logStream.Sync();
    }

    public void Dispose()
    {
        data.Dispose();
        log.Dispose();
    }

    // As LiteDB opens its own files: others may read, the data lock keeps writers apart. Read only, a write fails.
    private static FileStream OpenFile(string path, bool readOnly) => readOnly
        ? new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 8192, FileOptions.RandomAccess)
        : new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 8192, FileOptions.RandomAccess);

    /// <summary>
    /// A file stream LiteDB cannot fsync: it is not a FileStream, so LiteDB's "flush to disk" is a plain flush. It also
    /// keeps the pages LiteDB reads: LiteDB's own cache lets go of all but about a thousand unused pages (8 MB), so a
    /// graph question read the same pages from the file again each time (a `cites` answer, ~230 reads).
    /// Thread-safe as LiteDB needs it: each of its threads reads and writes through a ConcurrentStream of its own, which
    /// sets the position and reads or writes under a lock of this stream, but flushes, sizes and measures it unlocked
    /// (its writer queue flushes after writing, on a thread of its own). Here those take the same lock: a FileStream used
    /// by two threads at once reads from the wrong place (a flush beside a read moved the position under it, and a page
    /// came back from elsewhere: "Page type must be data page" in an index run at a million plans).
    /// </summary>
    private sealed class OsFlushStream(FileStream inner) : Stream
    {
        private readonly PageCache cache = new();

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => inner.CanWrite;

        public override long Length
        {
            get
            {
                lock (this)
                {
                    return inner.Length;
                }
            }
        }

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush()
        {
            lock (this)
            {
                inner.Flush(flushToDisk: false);
            }
        }

        /// <summary>Forces the file to disk.</summary>
        public void Sync()
        {
            lock (this)
            {
                inner.Flush(flushToDisk: true);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var position = inner.Position;
            if (cache.TryRead(position, buffer))
            {
                inner.Position = position + buffer.Length;
                return buffer.Length;
            }

            var read = inner.Read(buffer);
            cache.Keep(position, buffer[..read]);
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value)
        {
            lock (this)
            {
                cache.Clear();
                inner.SetLength(value);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var position = inner.Position;
            inner.Write(buffer);
            cache.Written(position, buffer);
        }
    }

    /// <summary>
    /// Whole pages read from one file, by position, up to <see cref="MaxPages"/> (then about an eighth is let go, any
    /// eighth). A write of whole pages updates those of them that are kept, any other write forgets the pages it touches:
    /// a read never sees a page older than the file. Updated, not forgotten: LiteDB empties its own cache at every
    /// checkpoint (each commit of the indexer), rewriting the index pages a batch touched, and then reads them again for
    /// the next batch; forgotten, they came from the disk each time (at a million plans the graph is several times the
    /// memory this machine keeps for files).
    /// </summary>
    internal sealed class PageCache
    {
        public const int PageSize = 8192;

        // 128 MB a file: what a question reads is a few MB; indexing keeps the upper levels of the indexes.
        private const int MaxPages = 16 * 1024;
        private readonly Dictionary<long, byte[]> pages = [];
        private readonly Lock gate = new();

        public bool TryRead(long position, Span<byte> buffer)
        {
            if (buffer.Length != PageSize || position % PageSize != 0)
            {
                return false;
            }

            lock (gate)
            {
                if (!pages.TryGetValue(position / PageSize, out var page))
                {
                    return false;
                }

                page.CopyTo(buffer);
                return true;
            }
        }

        public void Keep(long position, ReadOnlySpan<byte> read)
        {
            if (read.Length != PageSize || position % PageSize != 0)
            {
                return;
            }

            lock (gate)
            {
                if (pages.Count >= MaxPages)
                {
                    foreach (var key in pages.Keys.Take(MaxPages / 8).ToList())
                    {
                        pages.Remove(key);
                    }
                }

                pages[position / PageSize] = read.ToArray();
            }
        }

        /// <summary>The file now holds <paramref name="written"/> at <paramref name="position"/>.</summary>
        public void Written(long position, ReadOnlySpan<byte> written)
        {
            if (written.Length == 0 || written.Length % PageSize != 0 || position % PageSize != 0)
            {
                Forget(position, written.Length);
                return;
            }

            lock (gate)
            {
                for (var at = 0; at < written.Length; at += PageSize)
                {
                    if (pages.TryGetValue((position + at) / PageSize, out var page))
                    {
                        written.Slice(at, PageSize).CopyTo(page);
                    }
                }
            }
        }

        public void Forget(long position, int length)
        {
            lock (gate)
            {
                for (var page = position / PageSize; page <= (position + length - 1) / PageSize; page++)
                {
                    pages.Remove(page);
                }
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                pages.Clear();
            }
        }
    }
}
