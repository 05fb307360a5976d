namespace DanVan.Generation;

/// <summary>
/// What the gold file says about one reference a generated plan writes, before its place in the file
/// is known: a symbol citation ("16/CT-TTg", Chỉ thị, 2016-05-16, Thủ tướng Chính phủ) or a named one
/// ("Luật Tiếp công dân" → 42/2013/QH13). Dates and issuers are what the text says, right or wrong.
/// </summary>
/// <param name="Symbol">Official symbol of a citation; null for a named reference.</param>
/// <param name="Type">Type the text gives it.</param>
/// <param name="Date">Date as written, or null.</param>
/// <param name="Issuer">Issuer as written, or null.</param>
/// <param name="ResolvesTo">For a named reference: the symbol it names, or null.</param>
/// <param name="AltSymbol">The symbol as an OCR'd text writes it ("04/2015/ND-CP"), accepted too; or null.</param>
/// <param name="Note">Which noise the generator put there, if any.</param>
public sealed record GoldEntry(string? Symbol, string Type, DateOnly? Date, string? Issuer, string? ResolvesTo, string? AltSymbol, string? Note)
{
    /// <summary>True for a named reference (gold "named"), false for a citation with a symbol.</summary>
    public bool IsNamed => Symbol is null;
}

/// <summary>A gold reference placed in its file: the offset of the symbol (or name) and the text there, e.g. offset 481, "13/CT-\n\nUBND".</summary>
public sealed record GoldReference(GoldEntry Entry, int Offset, string Text);

/// <summary>One generated plan: its file name, text and gold references (e.g. "000042.txt", dated 2020-03-24, Gia Lai).</summary>
/// <param name="Name">File name, unique in the corpus.</param>
/// <param name="Text">The file's text exactly as written (NFD when the plan is NFD).</param>
/// <param name="References">Gold references in text order.</param>
/// <param name="Date">The plan's date (also when its header omits it).</param>
/// <param name="Province">Province in the header.</param>
/// <param name="Noise">Plan-level noise kinds applied ("wrapped", "old-tone", "dropped-glyphs", "nfd", "unnumbered", "undated").</param>
public sealed record GeneratedPlan(string Name, string Text, IReadOnlyList<GoldReference> References, DateOnly Date, string Province, IReadOnlyList<string> Noise);
