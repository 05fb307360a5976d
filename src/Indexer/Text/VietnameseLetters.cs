using System.Text;

namespace DanVan.Text;

/// <summary>
/// Tables of the Vietnamese alphabet built once from Unicode: which letters are vowels, which tone
/// mark a precomposed vowel carries ("ệ" = "ê" + nặng), and the folded ASCII form of every letter
/// ("Đảng" folds to "dang").
/// </summary>
internal static class VietnameseLetters
{
    /// <summary>The twelve vowels, lower then upper case; index % 12 is the vowel, index / 12 the case.</summary>
    private const string Vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

    /// <summary>Combining marks of the five tones: huyền, sắc, hỏi, ngã, nặng (tone 1..5; 0 = ngang).</summary>
    private static readonly char[] ToneMarks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    private const int TableSize = 0x2000;
    private static readonly sbyte[] VowelIndex = new sbyte[TableSize];
    private static readonly byte[] Tone = new byte[TableSize];
    private static readonly char[] Composed = new char[Vowels.Length * 6];
    private static readonly char[] Folded = new char[TableSize];

    static VietnameseLetters()
    {
        Array.Fill(VowelIndex, (sbyte)-1);
        for (var v = 0; v < Vowels.Length; v++)
        {
            var vowel = Vowels[v];
            VowelIndex[vowel] = (sbyte)v;
            Composed[v * 6] = vowel;
            for (var t = 1; t <= 5; t++)
            {
                var c = (vowel.ToString() + ToneMarks[t - 1]).Normalize(NormalizationForm.FormC)[0];
                VowelIndex[c] = (sbyte)v;
                Tone[c] = (byte)t;
                Composed[v * 6 + t] = c;
            }
        }

        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            if (ch is 'đ' or 'Đ')
            {
                Folded[c] = 'd';
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            if (char.IsLetter(ch) && c >= 0x80)
            {
                var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
                var head = char.ToLowerInvariant(decomposed[0]);
                Folded[c] = head < 0x80 ? head : lower;
            }
            else
            {
                Folded[c] = lower;
            }
        }
    }

    /// <summary>True for any of the 144 Vietnamese vowel letters, with or without tone.</summary>
    public static bool IsVowel(char c) => c < TableSize && VowelIndex[c] >= 0;

    /// <summary>The tone carried by a vowel: 0 (none) to 5 (nặng).</summary>
    public static int ToneOf(char c) => c < TableSize ? Tone[c] : 0;

    /// <summary>The same vowel with the tone replaced: WithTone('ộ', 0) = 'ô', WithTone('u', 3) = 'ủ'.</summary>
    public static char WithTone(char vowel, int tone)
    {
        var index = VowelIndex[vowel];
        return Composed[(index % Vowels.Length) * 6 + tone];
    }

    /// <summary>Vowels carrying a quality mark (ă â ê ô ơ ư): they take the tone of their syllable.</summary>
    public static bool HasQualityMark(char vowel) => (VowelIndex[vowel] % 12) is 1 or 2 or 4 or 7 or 8 or 10;

    /// <summary>Lower-case ASCII form of a letter ("Ủ" → 'u', "Đ" → 'd'); other characters lower-cased.</summary>
    public static char Fold(char c) => c < TableSize ? Folded[c] : char.ToLowerInvariant(c);
}
