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

    public DurableFiles(string path)
    {
        data = OpenFile(path);
        try
        {
            log = OpenFile(Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path)));
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>LiteDB's settings: our streams, keys compared by ordinal.</summary>
    public EngineSettings Settings() => new()
    {
        DataStream = new OsFlushStream(data),
        LogStream = new OsFlushStream(log),
        Collation = Collation.Binary,
    };

    /// <summary>Forces both files to disk (after a commit).</summary>
    public void Sync()
    {
        data.Flush(flushToDisk: true);
        log.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        data.Dispose();
        log.Dispose();
    }

    // As LiteDB opens its own files: others may read, the data lock keeps writers apart.
    private static FileStream OpenFile(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 8192, FileOptions.RandomAccess);

    /// <summary>A file stream LiteDB cannot fsync: it is not a FileStream, so LiteDB's "flush to disk" is a plain flush.</summary>
    private sealed class OsFlushStream(FileStream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush(flushToDisk: false);

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
