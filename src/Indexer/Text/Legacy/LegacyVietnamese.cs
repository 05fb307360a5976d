namespace DanVan.Text.Legacy;

/// <summary>The pre-Unicode Vietnamese encodings plans still arrive in.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 "ABC" (fonts ".VnTime", ".VnArial"…): one byte per letter ("ư" is 0xAD).</summary>
    Tcvn3,

    /// <summary>VNI (fonts "VNI-Times"…): a base letter followed by diacritic bytes ("Vieät" for "Việt").</summary>
    Vni,
}

/// <summary>
/// Converts text written in a legacy Vietnamese encoding to Unicode (NFC), and recognises the fonts
/// that mark it (a DOCX run or an HTML style naming ".VnTime" is TCVN3, "VNI-Times" is VNI):
/// <c>ToUnicode("Thùc hiÖn ChØ thÞ sè 16/CT-TTg", LegacyEncoding.Tcvn3)</c> and
/// <c>ToUnicode("Thöïc hieän Chæ thò soá 16/CT-TTg", LegacyEncoding.Vni)</c> are both
/// "Thực hiện Chỉ thị số 16/CT-TTg".
/// </summary>
public static class LegacyVietnamese
{
    /// <summary>
    /// The legacy encoding a font name implies, or null for a Unicode font: any font whose name
    /// starts with ".Vn" (".VnTime", ".VnTimeH", ".VnArial", ".VnCentury Schoolbook") is TCVN3, any
    /// "VNI-…" ("VNI-Times", "VNI-Helve") is VNI. Case, surrounding spaces and quotes (as in a CSS
    /// font-family) do not matter.
    /// </summary>
    public static LegacyEncoding? EncodingOfFont(string? fontName)
    {
        var name = Clean(fontName);
        return name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) ? LegacyEncoding.Tcvn3
            : name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) ? LegacyEncoding.Vni
            : null;
    }

    /// <summary>
    /// True for the TCVN3 capitals fonts (".VnTimeH", ".VnArialH": a ".Vn" name ending in "H"),
    /// which draw the lower-case codes as capitals, since TCVN3 has no capitals with a tone:
    /// "KÕ HO¹CH" in .VnTimeH is "KẾ HOẠCH".
    /// </summary>
    public static bool IsCapitalsFont(string? fontName)
    {
        var name = Clean(fontName);
        return EncodingOfFont(name) == LegacyEncoding.Tcvn3 && name.EndsWith('H');
    }

    /// <summary>
    /// <paramref name="text"/> (as read, one char per legacy byte: Latin-1 or Windows-1252) in
    /// Unicode NFC. Characters the encoding does not define, ASCII and any character above U+00FF
    /// (“ ” – … as Windows-1252 reads them) are kept; length may change (VNI writes "ệ" as "eä").
    /// TCVN3 words typed in capitals with lower-case toned letters ("HO¹CH") come back in capitals.
    /// Linear in the length of the text.
    /// </summary>
    public static string ToUnicode(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => Tcvn3.Decode(text),
        _ => Vni.Decode(text),
    };

    /// <summary>
    /// A run of text in the font <paramref name="fontName"/> in Unicode: unchanged for a Unicode
    /// font, converted for a legacy one, and in capitals for a TCVN3 capitals font ("kÕ ho¹ch" in
    /// ".VnTimeH" is "KẾ HOẠCH").
    /// </summary>
    public static string ToUnicodeForFont(string text, string? fontName) => EncodingOfFont(fontName) switch
    {
        null => text,
        var encoding when IsCapitalsFont(fontName) => ToUnicode(text, encoding.Value).ToUpperInvariant(),
        var encoding => ToUnicode(text, encoding.Value),
    };

    /// <summary>
    /// The legacy encoding of text already read into Unicode as Latin-1 or Windows-1252 ("Thùc
    /// hiÖn", "Vieät Nam"), for formats without a font name, or null. Looks at the first 64 K
    /// characters, and needs many Vietnamese words there: Unicode Vietnamese, English, French or
    /// German text gives null.
    /// </summary>
    public static LegacyEncoding? Detect(string text) => LegacyDetector.DetectText(text);

    private static string Clean(string? fontName) => (fontName ?? "").Trim().Trim('"', '\'').Trim();
}
