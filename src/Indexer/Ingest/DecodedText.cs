namespace DanVan.Ingest;

/// <summary>
/// A text file's content as Unicode, and what it was: "text" for UTF-8 or UTF-16, "text/tcvn3" when
/// "Thùc hiÖn ChØ thÞ" was converted to "Thực hiện Chỉ thị", "text/vni", "text/windows-1258".
/// </summary>
/// <param name="Text">The text (line endings as "\n"); offsets of later stages count in it.</param>
/// <param name="Format">The format name, as <see cref="RawDocument.Format"/> takes it.</param>
public readonly record struct DecodedText(string Text, string Format);
