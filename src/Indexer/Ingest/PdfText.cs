namespace DanVan.Ingest;

/// <summary>PDF with PdfPig: text in reading order, page starts kept; a scan without a text layer is refused as such.</summary>
internal static class PdfText
{
    /// <summary>"%PDF-" within the first kilobyte, as the format allows.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static RawDocument Read(string path, byte[] bytes) =>
        throw new DanVanException($"{path}: PDF is not read yet");
}
