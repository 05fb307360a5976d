namespace DanVan.Ingest;

/// <summary>
/// A file turned into plain text: the text every offset refers to (line endings as "\n", no byte
/// order mark) and the format it was read from.
/// </summary>
/// <param name="Path">The path as given.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="Format">What the file was ("text", later "html", "pdf", "docx").</param>
/// <param name="Bytes">Size of the file on disk.</param>
public sealed record RawDocument(string Path, string Text, string Format, long Bytes);
