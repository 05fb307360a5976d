using System.Text;
using DanVan.Text.Legacy;

namespace DanVan.Ingest;

/// <summary>
/// Reads a plan file into text, or says clearly why it cannot: missing, a directory, empty, too
/// large, binary, or not text in a known encoding. Plain text may be UTF-8 (with or without byte
/// order mark), UTF-16 with a byte order mark, or Vietnamese in Windows-1258, TCVN3 or VNI
/// ("Thùc hiÖn", "Thöïc hieän"), converted to Unicode. The text is what Python's open(path,
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

            bytes = ReadBytes(path, info);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DanVanException($"{path}: cannot be read ({e.Message})", e);
        }

        return FromBytes(path, bytes);
    }

    /// <summary>
    /// The bytes of a regular file within <see cref="MaxBytes"/>; throws <see cref="DanVanException"/> for one too
    /// large, and for a pipe, a device or a link to one (/dev/zero), whose length is 0 and whose reading never ends.
    /// </summary>
    public static byte[] ReadBytes(string path, FileInfo info)
    {
        // A link is judged by what it points to: a link to /dev/zero is a device of length 0, not a 9-byte file.
        info = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        if (info.Length > MaxBytes)
        {
            throw new DanVanException($"{path}: too large ({info.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
        }

        if (info.Length == 0)
        {
            throw new DanVanException($"{path}: empty file"); // not read: a pipe or a device says 0 too, and would block or never end
        }

        return File.ReadAllBytes(info.FullName);
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
        if (PdfText.LooksLikePdf(bytes, namedPdf: extension == ".pdf"))
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
            _ => PlainText(path, bytes),
        };
    }

    /// <summary>Decodes the bytes of a text file; throws <see cref="DanVanException"/> for empty, binary or undecodable content.</summary>
    public static string Decode(string path, ReadOnlySpan<byte> bytes) => DecodeText(path, bytes).Text;

    /// <summary>
    /// Decodes the bytes of a text file and says what they were: "text" (UTF-8, or UTF-16 with a
    /// byte order mark), or a legacy Vietnamese encoding converted to Unicode: "text/windows-1258",
    /// "text/tcvn3" ("Thùc hiÖn" as bytes, or as UTF-8 characters), "text/vni" ("Thöïc hieän").
    /// Throws <see cref="DanVanException"/> for empty, binary or undecodable content.
    /// </summary>
    public static DecodedText DecodeText(string path, ReadOnlySpan<byte> bytes)
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
                // Not UTF-8: a legacy Vietnamese file if one reading of it is convincingly Vietnamese,
                // otherwise the first bad byte is the clearest thing to tell.
                if (LegacyDetector.DetectBytes(bytes) is var (legacyText, encoding))
                {
                    return Checked(path, legacyText, "text/" + encoding);
                }

                var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
                var value = e.BytesUnknown is { Length: > 0 } unknown ? $" 0x{unknown[0]:X2}" : "";
                throw new DanVanException($"{path}: not UTF-8 text (invalid byte{value}{at})", e);
            }
        }

        // Valid Unicode may still be TCVN3 or VNI that something read as Latin-1 before us.
        return LegacyVietnamese.Detect(text) switch
        {
            LegacyEncoding.Tcvn3 => Checked(path, LegacyVietnamese.ToUnicode(text, LegacyEncoding.Tcvn3), "text/tcvn3"),
            LegacyEncoding.Vni => Checked(path, LegacyVietnamese.ToUnicode(text, LegacyEncoding.Vni), "text/vni"),
            _ => Checked(path, text, "text"),
        };
    }

    private static DecodedText Checked(string path, string text, string format) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new DanVanException($"{path}: empty file (only white space)")
            : new DecodedText(NormalizeLineEndings(text), format);

    private static RawDocument PlainText(string path, byte[] bytes)
    {
        var (text, format) = DecodeText(path, bytes);
        return new RawDocument(path, text, format, bytes.LongLength);
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
