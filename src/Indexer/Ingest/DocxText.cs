namespace DanVan.Ingest;

/// <summary>Word .docx with DocumentFormat.OpenXml: paragraphs, tables, headers, footnotes; tracked changes as accepted.</summary>
internal static class DocxText
{
    /// <summary>A zip package ("PK\x03\x04").</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    public static RawDocument Read(string path, byte[] bytes) =>
        throw new DanVanException($"{path}: Word files are not read yet");
}
