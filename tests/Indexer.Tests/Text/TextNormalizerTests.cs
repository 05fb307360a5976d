using System.Text;
using DanVan.Text;

namespace DanVan.Tests.Text;

public class TextNormalizerTests
{
    public static TheoryData<string, string> Rewrites => new()
    {
        // NFD input composes: seen in text copied from macOS and some PDFs
        { "Chỉ thị".Normalize(NormalizationForm.FormD), "Chỉ thị" },
        // Ð (U+00D0, Icelandic eth) typed for Đ
        { "Quyết định số 290-QÐ/TW", "Quyết định số 290-QĐ/TW" },
        // dash variants: en dash, em dash, minus, non-breaking hyphen
        { "2017 – 2021 — a−b ‑c", "2017 - 2021 - a-b -c" },
        // no-break and narrow spaces become spaces; zero-width and soft hyphen vanish
        { "số\u00A016\u202Fngày\u200B\u00AD", "số 16 ngày" },
        // a combining mark after an emoji has nothing to compose with
        { "😀\u0301 a", "😀 a" },
        // tone placement: one style for matching ("Uỷ"/"Ủy", "hoà"/"hòa", "khoẻ"/"khỏe", "thuỷ"/"thủy")
        { "Uỷ ban", "Ủy ban" },
        { "hoà bình, Khánh Hoà", "hòa bình, Khánh Hòa" },
        { "khoẻ mạnh, thuỷ lợi", "khỏe mạnh, thủy lợi" },
        { "HOÀ", "HÒA" },
        // tone stays where both styles agree: a final consonant, a quality mark, qu / gi
        { "hoàng quý giữ thuyết người", "hoàng quý giữ thuyết người" },
        // three-vowel clusters take the tone in the middle
        { "ngoài xoáy", "ngoài xoáy" },
        // scrambled text with two tones in one syllable is left alone
        { "qụỵết", "qụỵết" },
        // CRLF and lone CR
        { "a\r\nb\rc", "a\nb\nc" },
    };

    [Theory]
    [MemberData(nameof(Rewrites))]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    public static TheoryData<string, string> BrokenSymbols => new()
    {
        // line break after the hyphen: seed 000 "13/CT-\n\nUBND"
        { "Chỉ thị số 13/CT-\n\nUBND ngày", "Chỉ thị số 13/CT-UBND ngày" },
        // space after the hyphen: seed 003 "290- QĐ/TW"
        { "số 290- QĐ/TW ngày", "số 290-QĐ/TW ngày" },
        // spaces around the slash
        { "số 290-QĐ / TW", "số 290-QĐ/TW" },
        // spaces around the hyphen: devset 27 "100 - KL/TW"
        { "Kết luận số 100 - KL/TW ngày", "Kết luận số 100-KL/TW ngày" },
        // the header number: "Số: 614 /KH-UBND"
        { "Số: 614 /KH-UBND", "Số: 614/KH-UBND" },
        // space inside the issuer part: devset 30 "04/2012/TT- BNV"
        { "Thông tư số 04/2012/TT- BNV ngày", "Thông tư số 04/2012/TT-BNV ngày" },
        // OCR look-alikes: O for 0, ND for NĐ, O at the end of the Quốc hội term
        { "số O4 /2015/ND-CP", "số 04/2015/NĐ-CP" },
        { "34/2007/PL-UBTVQH1O", "34/2007/PL-UBTVQH10" },
        { "Quyet dinh so 290-QD/TW", "Quyet dinh so 290-QĐ/TW" },
        // not symbols: ranges, list dashes, a date before a dash, a list item after a symbol
        { "giai đoạn 2017 - 2021", "giai đoạn 2017 - 2021" },
        { "năm 2019 - PCI", "năm 2019 - PCI" },
        { "ngày 16/5/2016 - UBND", "ngày 16/5/2016 - UBND" },
        { "số 23/KH-UBND\n- UBND tỉnh", "số 23/KH-UBND\n- UBND tỉnh" },
        // D stays D where it is a code of its own (DA = Dự án, HD = Hướng dẫn)
        { "số 12/DA-UBND, 36-HD/VPTW", "số 12/DA-UBND, 36-HD/VPTW" },
    };

    [Theory]
    [MemberData(nameof(BrokenSymbols))]
    public void JoinsAndRepairsSymbols(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Fact]
    public void SpansMapBackToTheOriginalAcrossJoinedBreaks()
    {
        const string original = "Chỉ thị số 13/CT-\n\nUBND ngày 18/7/2017";
        var normalized = TextNormalizer.Normalize(original);
        var start = normalized.Text.IndexOf("13/CT-UBND", StringComparison.Ordinal);
        var span = normalized.ToOriginal(start, start + "13/CT-UBND".Length);
        Assert.Equal("13/CT-\n\nUBND", original[span.Start..span.End]);
    }

    [Fact]
    public void SpansMapBackToTheOriginalInDecomposedText()
    {
        var original = "Thực hiện Nghị quyết số 25-NQ/TW".Normalize(NormalizationForm.FormD);
        var normalized = TextNormalizer.Normalize(original);
        var start = normalized.Text.IndexOf("Nghị quyết", StringComparison.Ordinal);
        var span = normalized.ToOriginal(start, start + "Nghị quyết".Length);
        Assert.Equal("Nghị quyết", original[span.Start..span.End].Normalize(NormalizationForm.FormC));
        Assert.Equal(original.Length, normalized.ToOriginal(normalized.Text.Length));
    }

    [Fact]
    public void DroppedCharactersAreNotPartOfASpanEnd()
    {
        const string original = "16/CT-TTg\u200B ngày";
        var normalized = TextNormalizer.Normalize(original);
        var span = normalized.ToOriginal(0, "16/CT-TTg".Length);
        Assert.Equal("16/CT-TTg", original[span.Start..span.End]);
    }

    [Fact]
    public void FoldingKeepsEveryOffset()
    {
        const string text = "Kết lúận số 121-KL/TW, ĐẢNG Ủy";
        var folded = Folding.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("ket luan so 121-kl/tw, dang uy", folded);
    }

    [Fact]
    public void EveryVietnameseVowelFoldsToItsBaseLetter()
    {
        foreach (var (letters, expected) in new[] { ("aàáảãạăằắẳẵặâầấẩẫậ", 'a'), ("eèéẻẽẹêềếểễệ", 'e'), ("iìíỉĩị", 'i'), ("oòóỏõọôồốổỗộơờớởỡợ", 'o'), ("uùúủũụưừứửữự", 'u'), ("yỳýỷỹỵ", 'y') })
        {
            foreach (var c in letters + letters.ToUpperInvariant())
            {
                Assert.Equal(expected, Folding.Fold(c));
            }
        }
    }
}
