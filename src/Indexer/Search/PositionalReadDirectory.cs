using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace DanVan.Search;

/// <summary>
/// The index folder, read with positional reads (pread) into 4 KB buffers. NIOFSDirectory reads
/// through a FileStream under a lock, asking the file's length (fstat) and copying through the
/// stream's own buffer on every 1 KB refill: with a sampled search advancing through postings
/// that was most of its time at 1M plans. MMapDirectory avoids reads but is many times slower
/// under parallel load in this Lucene.Net version (see DESIGN.md), so reads stay reads. Searching keeps
/// the blocks it reads in a <see cref="BlockCache"/>; indexing (merges read whole segments once) does not.
/// </summary>
internal sealed class PositionalReadDirectory(DirectoryInfo path, BlockCache? cache = null) : FSDirectory(path, null)
{
    private const int BufferSize = 4096;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            var length = RandomAccess.GetLength(handle);
            return new Input($"PositionalReadIndexInput(path=\"{file}\")", handle, 0, length, Buffer(context), owner: true, Cached(name, file, handle, length));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Parts of one file (the segments kept in a compound file), read at their offset without a second buffer.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new Slicer(file, handle, Buffer(context), Cached(name, file, handle, RandomAccess.GetLength(handle)));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>How a file is read through the cache, when there is one; the commit files ("segments…") are read as they are.</summary>
    private CachedFile? Cached(string name, string file, SafeFileHandle handle, long length) =>
        cache is null || name.StartsWith("segments", StringComparison.Ordinal) ? null : new CachedFile(cache, cache.FileId(file, handle), length);

    private static int Buffer(IOContext context) => Math.Max(BufferSize, BufferedIndexInput.GetBufferSize(context));

    /// <summary>A file read through <paramref name="Cache"/>, known there as <paramref name="Id"/>, <paramref name="Length"/> bytes in all.</summary>
    private sealed record CachedFile(BlockCache Cache, int Id, long Length);

    private sealed class Slicer(string file, SafeFileHandle handle, int bufferSize, CachedFile? cached) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"PositionalReadIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, offset, length, bufferSize, owner: false, cached);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>A file, or a part of one from <paramref name="start"/>; only the input that opened the file closes it.</summary>
    private sealed class Input(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool owner, CachedFile? cached)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool isClone;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (at {position}, {count} bytes, length {length})");
            }

            if (cached is not null)
            {
                if (!cached.Cache.Read(cached.Id, handle, cached.Length, start + position, b.AsSpan(offset, count)))
                {
                    throw new EndOfStreamException($"read past EOF: {this} (at {position}, {count} bytes, length {length})");
                }

                return;
            }

            while (count > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, count), start + position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (at {position}, {count} bytes, length {length})");
                }

                position += read;
                offset += read;
                count -= read;
            }
        }

        protected override void SeekInternal(long pos)
        {
            if (pos > length)
            {
                throw new EndOfStreamException($"seek past EOF: {this} (to {pos}, length {length})");
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner && !isClone)
            {
                handle.Dispose();
            }
        }
    }
}
