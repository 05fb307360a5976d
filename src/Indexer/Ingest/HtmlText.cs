namespace DanVan.Ingest;

/// <summary>HTML with AngleSharp: the main text of a page without navigation, scripts and footers; blocks as paragraphs, table cells kept apart.</summary>
internal static class HtmlText
{
    public static RawDocument Read(string path, byte[] bytes) =>
        throw new DanVanException($"{path}: HTML is not read yet");
}
