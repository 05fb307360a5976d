using System.Text;

namespace DanVan.Ingest;

/// <summary>
/// Reads a plan file into text, or says clearly why it cannot: missing, a directory, empty, too
/// large, binary, or not text in a known encoding. Plain text may be UTF-8 (with or without byte
/// order mark) or UTF-16 with a byte order mark. The text is what Python's open(path,
/// encoding="utf-8").read() returns, so offsets agree with ../shared/eval/score.py: line endings
/// become "\n" and a UTF-8 byte order mark stays as U+FEFF.
/// </summary>
public static class DocumentReader
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/>; throws <see cref="DanVanException"/> naming the file and the problem.</summary>
    public static RawDocument Read(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new DanVanException($"{path}: is a directory, not a file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DanVanException($"{path}: no such file");
            }

            if (info.Length > MaxBytes)
            {
                throw new DanVanException($"{path}: too large ({info.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DanVanException($"{path}: cannot be read ({e.Message})", e);
        }

        return FromBytes(path, bytes);
    }

    /// <summary>The formats read, by extension; any other extension is refused with this list.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".text", ".html", ".htm", ".pdf", ".docx"];

    /// <summary>True when <paramref name="path"/> has an extension this reader takes.</summary>
    public static bool Supports(string path) => Extensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant());

    /// <summary>
    /// Turns a file's bytes into text by its format: the content decides for PDF ("%PDF") and Word
    /// (a zip; an OLE file named .docx is an old .doc or a password-protected .docx, refused as such), whatever the
    /// extension says; otherwise the extension (.html/.htm, else plain text).
    /// Throws <see cref="DanVanException"/> naming the file and the problem.
    /// </summary>
    public static RawDocument FromBytes(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DanVanException($"{path}: empty file");
        }

        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (PdfText.LooksLikePdf(bytes))
        {
            return PdfText.Read(path, bytes);
        }

        if (DocxText.LooksLikeZip(bytes))
        {
            return DocxText.Read(path, bytes);
        }

        // An OLE file under another name (.xls, .txt) is not judged a Word one: it stays "binary" or "not a PDF".
        if (extension == ".docx" && DocxPackage.LooksLikeOle(bytes))
        {
            throw DocxPackage.OleProblem(path, bytes);
        }

        return extension switch
        {
            ".pdf" => throw new DanVanException($"{path}: not a PDF file (no %PDF header; truncated, or another format named .pdf)"),
            ".docx" => throw new DanVanException($"{path}: not a Word .docx file (not a zip package; an old .doc, or another format named .docx)"),
            ".html" or ".htm" => HtmlText.Read(path, bytes),
            _ => new RawDocument(path, Decode(path, bytes), "text", bytes.LongLength),
        };
    }

    /// <summary>Decodes the bytes of a text file; throws <see cref="DanVanException"/> for empty, binary or non-UTF-8 content.</summary>
    public static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DanVanException($"{path}: empty file");
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            // A UTF-8 byte order mark stays in the text as U+FEFF, as Python's "utf-8" codec keeps it:
            // offsets then agree with score.py's. The normalizer drops it for matching.
            if (LooksBinary(bytes))
            {
                throw new DanVanException($"{path}: binary file, not text");
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
                var value = e.BytesUnknown is { Length: > 0 } unknown ? $" 0x{unknown[0]:X2}" : "";
                throw new DanVanException($"{path}: not UTF-8 text (invalid byte{value}{at})", e);
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DanVanException($"{path}: empty file (only white space)");
        }

        return NormalizeLineEndings(text);
    }

    /// <summary>"\r\n" and lone "\r" become "\n": offsets count characters as any text reader sees them.</summary>
    private static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>NUL bytes, or many control characters in the first 8 KB, mean this is not a text file.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }
}
