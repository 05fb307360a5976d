namespace DanVan.Generation;

/// <summary>
/// The one table of rates the generator writes at: how often a plan or a citation carries each kind
/// of noise DESIGN.md lists from real text ("13/CT-\n\nUBND", "16 / CT-TTg", "O4/2015/ND-CP",
/// "Uỷ ban", NFD files), and how often plans leave things out as real plans do ("Số: /KH-UBND").
/// Tests check the generated corpus against these numbers; change them here only.
/// </summary>
public static class NoiseRates
{
    // ── per plan ──────────────────────────────────────────────────────────────────────────────
    /// <summary>Header "Số: /KH-UBND": the number was left for the clerk to fill in (seed 004, "Số: /KH-STTTT-VP").</summary>
    public const double UnnumberedPlan = 0.06;

    /// <summary>Header without "…, ngày … tháng … năm …": its date is known only from what it cites.</summary>
    public const double UndatedPlan = 0.04;

    /// <summary>PDF-like text: lines cut at ~80 characters, each followed by a blank line (seeds 000–004).</summary>
    public const double WrappedLines = 0.5;

    /// <summary>Old tone placement throughout: "Uỷ ban", "hoà", "khoá" for "Ủy ban", "hòa", "khóa".</summary>
    public const double OldToneStyle = 0.2;

    /// <summary>PDF text layer that lost "ả": "hiệu qu ", "Đ ng" (seed 000).</summary>
    public const double DroppedGlyphs = 0.04;

    /// <summary>The whole file in Unicode NFD (decomposed letters), as some converters write it.</summary>
    public const double NfdFile = 0.03;

    // ── per citation ──────────────────────────────────────────────────────────────────────────
    /// <summary>A line break after a separator inside the symbol: "13/CT-\n\nUBND" (seeds 000, 004).</summary>
    public const double SymbolLineBreak = 0.03;

    /// <summary>Spaces around a separator: "290- QĐ/TW", "16 / CT-TTg", "614 /KH-UBND".</summary>
    public const double SymbolSpacing = 0.03;

    /// <summary>
    /// OCR look-alikes: "O4" for "04", "l23" for "123", "Ð" (U+00D0) for "Đ", "ND" for "NĐ". Rolled per
    /// citation, applied only where a look-alike fits (a 0 or 1 in a number of two digits or more, or a Đ):
    /// about 0.7% of citations in practice. Gold keeps the official symbol and lists the OCR'd one in alt_symbols.
    /// </summary>
    public const double OcrLookAlike = 0.02;

    /// <summary>Type word without "số": "Kết luận 114-KL/TW", "Chỉ thị 33/CT-TTg".</summary>
    public const double WithoutSo = 0.15;

    /// <summary>No date after the symbol.</summary>
    public const double WithoutDate = 0.2;

    /// <summary>A dated citation whose date is wrong, as seed 001 dates Pháp lệnh 34/2007 "06/4/2007" (gold keeps what the text says).</summary>
    public const double WrongDate = 0.03;

    /// <summary>No issuer ("của …") after the date.</summary>
    public const double WithoutIssuer = 0.15;

    /// <summary>A citation of two documents sharing type, date and issuer, when the registry has such a pair (217/218-QĐ/TW, 18/19-NQ/TW).</summary>
    public const double Coordinated = 0.5;

    /// <summary>After a full mention, a later short form "Chỉ thị 16", "Kết luận số 114" (gold: named, resolves_to the symbol).</summary>
    public const double ShortFormAfterFull = 0.08;

    /// <summary>How much of its weight a superseded document keeps after its replacement took effect (stale citations, 290-QĐ/TW in 2023).</summary>
    public const double StaleWeight = 0.35;
}
