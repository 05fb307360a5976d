using System.Collections.Frozen;
using System.Text;

namespace DanVan.Text.Legacy;

/// <summary>
/// VNI Windows (fonts "VNI-Times", "VNI-Helve"…): a base letter followed by a byte that carries its
/// diacritics, saved as Windows-1252 bytes, so "Thöïc hieän Chæ thò soá 16/CT-TTg" is "Thực hiện
/// Chỉ thị số 16/CT-TTg". A few letters take one byte of their own (ư "ö", ơ "ô", đ "ñ", and i with
/// four of its tones, ỵ).
/// </summary>
/// <remarks>
/// Source: the VNI Windows table of VNI Software Company as reproduced in the Vietnamese Unicode FAQ
/// (vietunicode.sourceforge.net/charset) and in UniKey's converter. Every code is in 0xC0–0xFF
/// (capitals' marks are the Latin-1 capitals, 0x20 below the lower-case ones); 0x80–0x9F keep
/// their Windows-1252 punctuation.
/// </remarks>
internal static class Vni
{
    /// <summary>
    /// The 67 lower-case letters. A capital is spelled with the capitals of the same characters
    /// ("Ệ" = "EÄ", "Ư" = "Ö", "Đ" = "Ñ", "Ỉ" = "Æ"), and <see cref="Letters"/> writes them so.
    /// Declared first: static fields initialise in order, and the tables below are built from it.
    /// </summary>
    private static readonly (char Letter, string Code)[] LowerCase =
    [
        // Marks after a, e, o, u, y (lower case): huyền "ø", hỏi "û", ngã "õ", sắc "ù", nặng "ï".
        ('à', "aø"), ('ả', "aû"), ('ã', "aõ"), ('á', "aù"), ('ạ', "aï"),
        ('è', "eø"), ('ẻ', "eû"), ('ẽ', "eõ"), ('é', "eù"), ('ẹ', "eï"),
        ('ò', "oø"), ('ỏ', "oû"), ('õ', "oõ"), ('ó', "où"), ('ọ', "oï"),
        ('ù', "uø"), ('ủ', "uû"), ('ũ', "uõ"), ('ú', "uù"), ('ụ', "uï"),
        ('ỳ', "yø"), ('ỷ', "yû"), ('ỹ', "yõ"), ('ý', "yù"), ('ỵ', "î"),

        // Breve (ă) alone "ê", with huyền "è", hỏi "ú", ngã "ü", sắc "é", nặng "ë".
        ('ă', "aê"), ('ằ', "aè"), ('ẳ', "aú"), ('ẵ', "aü"), ('ắ', "aé"), ('ặ', "aë"),

        // Circumflex (â ê ô) alone "â", with huyền "à", hỏi "å", ngã "ã", sắc "á", nặng "ä".
        ('â', "aâ"), ('ầ', "aà"), ('ẩ', "aå"), ('ẫ', "aã"), ('ấ', "aá"), ('ậ', "aä"),
        ('ê', "eâ"), ('ề', "eà"), ('ể', "eå"), ('ễ', "eã"), ('ế', "eá"), ('ệ', "eä"),
        ('ô', "oâ"), ('ồ', "oà"), ('ổ', "oå"), ('ỗ', "oã"), ('ố', "oá"), ('ộ', "oä"),

        // Horn letters are one byte, ơ "ô" and ư "ö", followed by the tone marks of a, e, o, u, y.
        ('ơ', "ô"), ('ờ', "ôø"), ('ở', "ôû"), ('ỡ', "ôõ"), ('ớ', "ôù"), ('ợ', "ôï"),
        ('ư', "ö"), ('ừ', "öø"), ('ử', "öû"), ('ữ', "öõ"), ('ứ', "öù"), ('ự', "öï"),

        // i takes one byte per tone (ì and í are Latin-1's own), and đ is "ñ".
        ('ì', "ì"), ('ỉ', "æ"), ('ĩ', "ó"), ('í', "í"), ('ị', "ò"),
        ('đ', "ñ"),
    ];

    /// <summary>Every Vietnamese letter with its VNI spelling (one or two chars, one per byte).</summary>
    internal static readonly (char Letter, string Code)[] Letters =
        [.. LowerCase, .. LowerCase.Select(l => (char.ToUpperInvariant(l.Letter), l.Code.ToUpperInvariant()))];

    /// <summary>One-byte letters, by code.</summary>
    private static readonly FrozenDictionary<char, char> Singles =
        Letters.Where(l => l.Code.Length == 1).ToFrozenDictionary(l => l.Code[0], l => l.Letter);

    /// <summary>Base + mark, keyed base &lt;&lt; 16 | mark.</summary>
    private static readonly FrozenDictionary<int, char> Pairs = BuildPairs();

    private static FrozenDictionary<int, char> BuildPairs()
    {
        var pairs = new Dictionary<int, char>();
        foreach (var (letter, code) in Letters.Where(l => l.Code.Length == 2))
        {
            pairs[Key(code[0], code[1])] = letter;
        }

        // Converters and hand edits mix the cases ("Uûy" for "Ủy"): the base letter decides the case.
        foreach (var (letter, code) in Letters.Where(l => l.Code.Length == 2))
        {
            var otherMark = char.IsUpper(code[1]) ? char.ToLowerInvariant(code[1]) : char.ToUpperInvariant(code[1]);
            pairs.TryAdd(Key(code[0], otherMark), letter);
        }

        return pairs.ToFrozenDictionary();
    }

    private static int Key(char letter, char mark) => letter << 16 | mark;

    /// <summary>
    /// Converts VNI text (one char per byte, as Windows-1252 or Latin-1 reads it) to Unicode NFC.
    /// A mark after a letter it does not belong to, and anything outside the table, stays as it is.
    /// </summary>
    public static string Decode(string text)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && text[i + 1] is >= '\u00C0' and <= '\u00FF' && Pairs.TryGetValue(Key(c, text[i + 1]), out var letter))
            {
                output.Append(letter);
                i++;
            }
            else
            {
                output.Append(c is >= '\u00C0' and <= '\u00FF' && Singles.TryGetValue(c, out var single) ? single : c);
            }
        }

        return output.ToString().Normalize(NormalizationForm.FormC);
    }
}
