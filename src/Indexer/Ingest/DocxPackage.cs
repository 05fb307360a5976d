using System.IO.Compression;

namespace DanVan.Ingest;

/// <summary>
/// What is checked in a .docx before any XML of it is parsed: the zip's central directory (entry
/// count, each part's size and compression ratio, the total) and what kind of package it is, so a zip
/// bomb, a 100 MB part or an .xlsx named .docx gets one sentence, not an exception or an exhausted
/// machine. Example: "plan.docx: word/document.xml is 100 MB uncompressed; the limit is 64 MB".
/// </summary>
internal static class DocxPackage
{
    /// <summary>The largest part (uncompressed) read; a plan's document.xml is tens to hundreds of kilobytes.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The most all parts together may expand to (pictures included).</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>More entries than this is not a document.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>
    /// A part larger than <see cref="RatioFloorBytes"/> that expands more than this many times is a zip
    /// bomb: Word's XML compresses 5–20 times, a bomb's filler thousands of times.
    /// </summary>
    public const int MaxRatio = 100;

    /// <summary>Parts below this size are not judged by their ratio (a small run of spaces compresses well too).</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>The OLE compound file signature of Word 97–2003 .doc (and of password-protected .docx).</summary>
    public static bool LooksLikeOle(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>An OLE file is an old .doc, or an encrypted .docx (its streams are named "EncryptionInfo", "EncryptedPackage").</summary>
    public static DanVanException OleProblem(string path, ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0"u8) >= 0
            ? new DanVanException($"{path}: password-protected Word file (cannot be read without the password)")
            : new DanVanException($"{path}: old Word 97–2003 .doc format; save it as .docx");

    /// <summary>Throws <see cref="DanVanException"/> when the zip is unreadable, hostile, or not a Word document.</summary>
    public static void Check(string path, byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new DanVanException($"{path}: {zip.Entries.Count} parts in the zip; the limit is {MaxEntries}");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                CheckSize(path, entry.FullName, entry.Length, entry.CompressedLength);
                total += entry.Length;
                if (total > MaxTotalBytes)
                {
                    throw new DanVanException($"{path}: the parts expand to more than {Megabytes(MaxTotalBytes)}; the limit is {Megabytes(MaxTotalBytes)}");
                }
            }

            // The sizes come from the central directory, the sender's word; a forged one does not let a bomb
            // through: .NET's entry stream ends at the declared size, so the part reads as damaged XML.
            CheckKind(path, zip);
            CheckDepth(path, zip);
        }
        catch (InvalidDataException e)
        {
            throw new DanVanException($"{path}: damaged Word file (not a readable zip: {e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>The deepest XML nesting a part may have: Word's own stays under a hundred.</summary>
    public const int MaxXmlDepth = 500;

    /// <summary>
    /// Refuses a part nested deeper than <see cref="MaxXmlDepth"/> before OpenXml sees it: OpenXml builds its
    /// tree recursively, and 90,000 nested elements in a 2 KB part overflow the stack, which no catch can stop.
    /// Read with a plain XmlReader, which does not recurse; DTDs refused (entity bombs).
    /// </summary>
    private static void CheckDepth(string path, ZipArchive zip)
    {
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null };
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                using var reader = System.Xml.XmlReader.Create(entry.Open(), settings);
                while (reader.Read())
                {
                    if (reader.Depth > MaxXmlDepth)
                    {
                        throw new DanVanException($"{path}: damaged or hostile Word file ({entry.FullName} nests deeper than {MaxXmlDepth} elements)");
                    }
                }
            }
            catch (System.Xml.XmlException e)
            {
                throw new DanVanException($"{path}: damaged Word file ({entry.FullName}: {e.Message.TrimEnd('.')})", e);
            }
        }
    }

    private static void CheckSize(string path, string name, long length, long compressed)
    {
        if (length > RatioFloorBytes && length > MaxRatio * Math.Max(compressed, 1))
        {
            throw new DanVanException($"{path}: zip bomb: {name} expands {length / Math.Max(compressed, 1)} times "
                + $"({Megabytes(length)} from {Kilobytes(compressed)}); the limit is {MaxRatio} times");
        }

        if (length > MaxPartBytes)
        {
            throw new DanVanException($"{path}: {name} is {Megabytes(length)} uncompressed; the limit is {Megabytes(MaxPartBytes)}");
        }
    }

    private static void CheckKind(string path, ZipArchive zip)
    {
        if (zip.GetEntry("word/document.xml") is not null || DeclaresWordMainPart(zip))
        {
            return;
        }

        var kind = zip.GetEntry("xl/workbook.xml") is not null ? "an Excel workbook (.xlsx)"
            : zip.GetEntry("ppt/presentation.xml") is not null ? "a PowerPoint presentation (.pptx)"
            : zip.GetEntry("content.xml") is not null && zip.GetEntry("mimetype") is not null ? "an OpenDocument file (.odt/.ods)"
            : "a zip file";
        throw new DanVanException($"{path}: {kind}, not a Word document (no word/document.xml); save it as .docx");
    }

    /// <summary>A few writers name the main part otherwise; the content types then still say it is Word's.</summary>
    private static bool DeclaresWordMainPart(ZipArchive zip)
    {
        if (zip.GetEntry("[Content_Types].xml") is not { } types || types.Length > MaxPartBytes)
        {
            return false;
        }

        using var reader = new StreamReader(types.Open());
        return reader.ReadToEnd().Contains("wordprocessingml.document.main", StringComparison.Ordinal);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} MB";

    private static string Kilobytes(long bytes) => bytes < 1024 ? $"{bytes} bytes" : $"{bytes / 1024} KB";
}
