using System.Text;
using DanVan.Text.Legacy;

namespace DanVan.Tests.Text;

/// <summary>
/// Unicode → TCVN3 / VNI, for tests and fixtures: the decoder's own tables read the other way
/// ("Thực hiện" → "Thùc hiÖn" / "Thöïc hieän"), one char per legacy byte. Characters the legacy
/// encodings cannot write become ASCII, as in real legacy documents (“ ” → ", – → -, … → ...).
/// </summary>
internal static class LegacyEncoder
{
    private static readonly Dictionary<char, string> Ascii = new()
    {
        ['“'] = "\"",
        ['”'] = "\"",
        ['‘'] = "'",
        ['’'] = "'",
        ['–'] = "-",
        ['—'] = "-",
        ['…'] = "...",
    };

    private static readonly Dictionary<char, string> Tcvn3Codes = Tcvn3.Letters.ToDictionary(l => l.Letter, l => ((char)l.Code).ToString());

    private static readonly Dictionary<char, string> VniCodes = Vni.Letters.ToDictionary(l => l.Letter, l => l.Code);

    /// <summary>
    /// TCVN3 as the ".Vn" fonts write it. With <paramref name="vn3Capitals"/> a capital with a tone
    /// takes its lower-case code (VN3 has none: .VnTimeH draws "KÕ" as "KẾ"); without, its VN1 code.
    /// </summary>
    public static string ToTcvn3(string unicode, bool vn3Capitals = true) => Encode(unicode, c =>
        vn3Capitals && char.IsUpper(c) && Tcvn3Codes.TryGetValue(c, out var code) && code[0] is < '\u00A1' or > '\u00A7'
            ? Tcvn3Codes[char.ToLowerInvariant(c)]
            : Tcvn3Codes.GetValueOrDefault(c));

    /// <summary>VNI: base letter and diacritic bytes ("Việt" → "Vieät").</summary>
    public static string ToVni(string unicode) => Encode(unicode, VniCodes.GetValueOrDefault);

    /// <summary>The bytes of a legacy string (one char per byte; all are Latin-1, and Windows-1252 agrees above 0x9F).</summary>
    public static byte[] Bytes(string legacy) =>
        legacy.All(c => c <= '\u00FF') ? Encoding.Latin1.GetBytes(legacy) : throw new ArgumentException("not one char per byte", nameof(legacy));

    private static string Encode(string unicode, Func<char, string?> letter)
    {
        var output = new StringBuilder(unicode.Length);
        foreach (var c in unicode.Normalize(NormalizationForm.FormC))
        {
            output.Append(c < 0x80 ? c.ToString() : letter(c) ?? Ascii.GetValueOrDefault(c)
                ?? throw new ArgumentException($"U+{(int)c:X4} has no legacy spelling", nameof(unicode)));
        }

        return output.ToString();
    }
}
