using System.Globalization;
using System.Text;

namespace DanVan.Text.Legacy;

/// <summary>
/// TCVN 5712:1993, the Vietnamese national 8-bit code known as TCVN3 or "ABC" (fonts ".VnTime",
/// ".VnArial"…): one byte per letter, so "Thùc hiÖn ChØ thÞ" read as Latin-1 is "Thực hiện Chỉ thị".
/// </summary>
/// <remarks>
/// The standard has three levels. VN3, the one the ".Vn…" fonts implement and nearly every TCVN3
/// document uses, puts the 67 lower-case letters and the 7 capitals without a tone (Ă Â Ê Ô Ơ Ư Đ)
/// in 0xA1–0xFE; capitals with a tone are absent and are typed with the lower-case codes in a
/// capitals font (".VnTimeH": "KÕ HO¹CH" shows "KẾ HOẠCH"). VN1 adds the 60 toned capitals in the
/// places VN3 leaves free (0x80–0x9F, a few C0 controls and gaps in 0xA0–0xFF) and combining tone
/// marks in 0xB0–0xB4. We decode all of VN1 — no VN3 text puts anything else in those places —
/// and restore VN3 capitals in words that are written in capitals (see <see cref="Decode"/>).
/// Sources: the TCVN 5712:1993 code table as reproduced in GNU libiconv (lib/tcvn.h) and in the
/// Vietnamese Unicode FAQ (vietunicode.sourceforge.net/charset); the VN3 subset as the ABC fonts have it.
/// </remarks>
internal static class Tcvn3
{
    /// <summary>Every letter the standard encodes, with its code (a byte; as a char, the same value).</summary>
    internal static readonly (char Letter, byte Code)[] Letters =
    [
        // Quality marks without tone, capitals then lower case (VN3 and VN1). "ư" = 0xAD is the
        // Latin-1 soft hyphen: text extractors that drop soft hyphens lose every "ư".
        ('Ă', 0xA1), ('Â', 0xA2), ('Ê', 0xA3), ('Ô', 0xA4), ('Ơ', 0xA5), ('Ư', 0xA6), ('Đ', 0xA7),
        ('ă', 0xA8), ('â', 0xA9), ('ê', 0xAA), ('ô', 0xAB), ('ơ', 0xAC), ('ư', 0xAD), ('đ', 0xAE),

        // Lower case with a tone (VN3 and VN1), each row in the standard's order: huyền, hỏi, ngã, sắc, nặng.
        ('à', 0xB5), ('ả', 0xB6), ('ã', 0xB7), ('á', 0xB8), ('ạ', 0xB9),
        ('ằ', 0xBB), ('ẳ', 0xBC), ('ẵ', 0xBD), ('ắ', 0xBE), ('ặ', 0xC6),
        ('ầ', 0xC7), ('ẩ', 0xC8), ('ẫ', 0xC9), ('ấ', 0xCA), ('ậ', 0xCB),
        ('è', 0xCC), ('ẻ', 0xCE), ('ẽ', 0xCF), ('é', 0xD0), ('ẹ', 0xD1),
        ('ề', 0xD2), ('ể', 0xD3), ('ễ', 0xD4), ('ế', 0xD5), ('ệ', 0xD6),
        ('ì', 0xD7), ('ỉ', 0xD8), ('ĩ', 0xDC), ('í', 0xDD), ('ị', 0xDE),
        ('ò', 0xDF), ('ỏ', 0xE1), ('õ', 0xE2), ('ó', 0xE3), ('ọ', 0xE4),
        ('ồ', 0xE5), ('ổ', 0xE6), ('ỗ', 0xE7), ('ố', 0xE8), ('ộ', 0xE9),
        ('ờ', 0xEA), ('ở', 0xEB), ('ỡ', 0xEC), ('ớ', 0xED), ('ợ', 0xEE),
        ('ù', 0xEF), ('ủ', 0xF1), ('ũ', 0xF2), ('ú', 0xF3), ('ụ', 0xF4),
        ('ừ', 0xF5), ('ử', 0xF6), ('ữ', 0xF7), ('ứ', 0xF8), ('ự', 0xF9),
        ('ỳ', 0xFA), ('ỷ', 0xFB), ('ỹ', 0xFC), ('ý', 0xFD), ('ỵ', 0xFE),

        // Capitals with a tone: VN1 only, same order. Where a row did not fit in 0x80–0x9F the
        // standard used the C0 controls VN1 leaves to text (0x01…0x17) and the gaps of 0xA0–0xFF.
        ('À', 0x80), ('Ả', 0x81), ('Ã', 0x82), ('Á', 0x83), ('Ạ', 0x84),
        ('Ằ', 0xAF), ('Ẳ', 0xBA), ('Ẵ', 0xBF), ('Ắ', 0xC0), ('Ặ', 0x85),
        ('Ầ', 0xC1), ('Ẩ', 0xC2), ('Ẫ', 0xC3), ('Ấ', 0xC4), ('Ậ', 0x86),
        ('È', 0x87), ('Ẻ', 0x88), ('Ẽ', 0x89), ('É', 0x8A), ('Ẹ', 0x8B),
        ('Ề', 0xC5), ('Ể', 0xCD), ('Ễ', 0xD9), ('Ế', 0xDA), ('Ệ', 0x8C),
        ('Ì', 0x8D), ('Ỉ', 0x8E), ('Ĩ', 0x8F), ('Í', 0x90), ('Ị', 0x91),
        ('Ò', 0x92), ('Ỏ', 0x93), ('Õ', 0x94), ('Ó', 0x95), ('Ọ', 0x96),
        ('Ồ', 0xDB), ('Ổ', 0xE0), ('Ỗ', 0xF0), ('Ố', 0xFF), ('Ộ', 0x97),
        ('Ờ', 0x98), ('Ở', 0x99), ('Ỡ', 0x9A), ('Ớ', 0x9B), ('Ợ', 0x9C),
        ('Ù', 0x9D), ('Ủ', 0x9E), ('Ũ', 0x9F), ('Ú', 0x01), ('Ụ', 0x02),
        ('Ừ', 0x04), ('Ử', 0x05), ('Ữ', 0x06), ('Ứ', 0x11), ('Ự', 0x12),
        ('Ỳ', 0x13), ('Ỷ', 0x14), ('Ỹ', 0x15), ('Ý', 0x16), ('Ỵ', 0x17),
    ];

    /// <summary>VN1's combining tone marks (huyền, hỏi, ngã, sắc, nặng); NFC joins them to the letter before.</summary>
    internal static readonly (char Mark, byte Code)[] CombiningMarks =
        [('\u0300', 0xB0), ('\u0309', 0xB1), ('\u0303', 0xB2), ('\u0301', 0xB3), ('\u0323', 0xB4)];

    /// <summary>Code → Unicode for the 256 codes; '\0' where the code is not a Vietnamese letter or mark.</summary>
    private static readonly char[] Decoded = BuildDecoded();

    private static char[] BuildDecoded()
    {
        var table = new char[256];
        foreach (var (letter, code) in Letters)
        {
            table[code] = letter;
        }

        foreach (var (mark, code) in CombiningMarks)
        {
            table[code] = mark;
        }

        return table;
    }

    /// <summary>
    /// Converts TCVN3 text (one char per code: bytes read as Latin-1 or Windows-1252) to Unicode NFC.
    /// Characters outside the table (ASCII, Windows-1252 quotes and dashes, any Unicode) stay as
    /// they are. Words written in capitals get their VN3 lower-case letters back in capitals.
    /// </summary>
    public static string Decode(string text)
    {
        var output = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            output[i] = c < 256 && Decoded[c] != '\0' ? Decoded[c] : c;
        }

        RestoreCapitals(text, output);
        return new string(output).Normalize(NormalizationForm.FormC);
    }

    private enum CapitalsEvidence : byte
    {
        None,

        /// <summary>One capital, first, then only VN3 lower-case letters: "KÕ" is "Kế" or "KẾ".</summary>
        Maybe,

        /// <summary>Two capitals ("HO¹CH") or a capital after a VN3 lower-case letter ("¸N"): written in capitals.</summary>
        Certain,
    }

    /// <summary>
    /// VN3 has no toned capitals, so a capitals word comes out as "HOạCH" ("HO¹CH" typed in
    /// .VnTimeH): a word whose only lower-case letters are VN3 codes is upper-cased when it has
    /// two capitals, or one capital after such a letter; a word with one leading capital ("KÕ")
    /// only next to such a word on the same line ("KÕ HO¹CH" → "KẾ HOẠCH"; "Sè: 614 /KH-UBND"
    /// stays "Số"). One word of look-behind: linear, no buffer.
    /// </summary>
    private static void RestoreCapitals(string input, char[] output)
    {
        var previous = (Start: 0, End: 0, Evidence: CapitalsEvidence.None);
        var sameLine = false;
        var i = 0;
        while (i < output.Length)
        {
            if (!IsWordChar(output[i]))
            {
                sameLine &= output[i] is not ('\n' or '\r');
                i++;
                continue;
            }

            var start = i;
            var (capitals, plainLower, legacyLower, capitalAfterLegacy) = (0, 0, 0, false);
            for (; i < output.Length && IsWordChar(output[i]); i++)
            {
                var c = output[i];
                if (char.IsUpper(c))
                {
                    capitals++;
                    capitalAfterLegacy |= legacyLower > 0;
                }
                else if (char.IsLower(c) && IsLegacyLower(input[i]))
                {
                    legacyLower++;
                }
                else if (char.IsLower(c))
                {
                    plainLower++;
                }
            }

            var evidence = plainLower > 0 || legacyLower == 0 ? CapitalsEvidence.None
                : capitals >= 2 || capitalAfterLegacy ? CapitalsEvidence.Certain
                : capitals == 1 && char.IsUpper(output[start]) ? CapitalsEvidence.Maybe
                : CapitalsEvidence.None;
            if (evidence == CapitalsEvidence.Certain)
            {
                ToUpper(output, start, i);
                if (sameLine && previous.Evidence == CapitalsEvidence.Maybe)
                {
                    ToUpper(output, previous.Start, previous.End);
                }
            }
            else if (evidence == CapitalsEvidence.Maybe && sameLine && previous.Evidence == CapitalsEvidence.Certain)
            {
                ToUpper(output, start, i);
            }

            previous = (start, i, evidence);
            sameLine = true;
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsLegacyLower(char code) => code is >= (char)0xA8 and < (char)256 && char.IsLower(Decoded[code]);

    private static void ToUpper(char[] text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }
    }
}
