namespace DanVan.Ingest;

/// <summary>
/// A file turned into plain text with paragraph breaks: the text every offset refers to (line endings
/// as "\n"), the format it was read from and, where the format has pages (PDF), where each page starts.
/// </summary>
/// <param name="Path">The path as given.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="Format">What the file was: "text", "html", "pdf", "docx"; "text/tcvn3", "text/vni", "text/windows-1258" for legacy Vietnamese encodings converted.</param>
/// <param name="Bytes">Size of the file.</param>
public sealed record RawDocument(string Path, string Text, string Format, long Bytes)
{
    /// <summary>The offset in <see cref="Text"/> where each page starts (page 1 at index 0); empty for formats without pages.</summary>
    public IReadOnlyList<int> PageStarts { get; init; } = [];

    /// <summary>The 1-based page an offset of <see cref="Text"/> falls on, or null for formats without pages.</summary>
    public int? PageAt(int offset)
    {
        if (PageStarts.Count == 0)
        {
            return null;
        }

        var (low, high) = (0, PageStarts.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = PageStarts[middle] <= offset ? (middle, high) : (low, middle - 1);
        }

        return low + 1;
    }
}
