using System.Text;
using DanVan.Text.Legacy;

namespace DanVan.Tests.Text;

public class LegacyVietnameseTests
{
    /// <summary>The 67 lower-case Vietnamese letters that are not ASCII (12 vowels × 6 tones + đ, less a e i o u y), then their capitals.</summary>
    private static readonly string[] AllLetters = BuildAllLetters();

    private static string[] BuildAllLetters()
    {
        var lower = new List<string>();
        foreach (var vowel in "aăâeêioôơuưy")
        {
            foreach (var tone in (string[])["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"])
            {
                lower.Add((vowel + tone).Normalize(NormalizationForm.FormC));
            }
        }

        lower.Add("đ");
        lower.RemoveAll(l => l[0] < 0x80);
        return [.. lower, .. lower.Select(l => l.ToUpperInvariant())];
    }

    [Fact]
    public void TheAlphabetHas134LettersAndEachTableWritesEveryOne()
    {
        Assert.Equal(134, AllLetters.Length);
        Assert.Equal(134, AllLetters.Distinct().Count());
        Assert.Equal(AllLetters.Order(StringComparer.Ordinal), Tcvn3.Letters.Select(l => l.Letter.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(AllLetters.Order(StringComparer.Ordinal), Vni.Letters.Select(l => l.Letter.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(134, Tcvn3.Letters.Select(l => l.Code).Distinct().Count());
        Assert.Equal(134, Vni.Letters.Select(l => l.Code).Distinct().Count());
    }

    [Fact]
    public void EveryLetterGoesThroughTcvn3BothWays()
    {
        foreach (var letter in AllLetters)
        {
            // VN1 codes for toned capitals: decoded as the standard defines them.
            var full = LegacyEncoder.ToTcvn3(letter, vn3Capitals: false);
            Assert.Equal(1, full.Length);
            Assert.Equal(letter, LegacyVietnamese.ToUnicode(full, LegacyEncoding.Tcvn3));

            // Between two capitals, a VN3 lower-case code reads as the capital (.VnTimeH style): "HO¹CH".
            var vn3 = LegacyEncoder.ToTcvn3(letter);
            Assert.Equal(letter.ToUpperInvariant(), LegacyVietnamese.ToUnicode("H" + vn3 + "H", LegacyEncoding.Tcvn3)[1..^1]);
        }
    }

    [Fact]
    public void EveryLetterGoesThroughVniBothWays()
    {
        foreach (var letter in AllLetters)
        {
            Assert.Equal(letter, LegacyVietnamese.ToUnicode(LegacyEncoder.ToVni(letter), LegacyEncoding.Vni));
            // Also inside a word, between ASCII letters.
            Assert.Equal("t" + letter + "n", LegacyVietnamese.ToUnicode("t" + LegacyEncoder.ToVni(letter) + "n", LegacyEncoding.Vni));
        }
    }

    public static TheoryData<string, int> PublishedTcvn3 => new()
    {
        // TCVN 5712:1993 code table (VN3 part, as GNU libiconv lib/tcvn.h and the ABC fonts have it):
        // quality letters, then one row per tone.
        { "ư", 0xAD }, // the Latin-1 soft hyphen
        { "ơ", 0xAC },
        { "đ", 0xAE },
        { "Đ", 0xA7 }, // "§" in Latin-1: "§¶ng" is "Đảng"
        { "ă", 0xA8 },
        { "Ư", 0xA6 },
        { "à", 0xB5 }, // huyền
        { "ả", 0xB6 }, // hỏi
        { "ã", 0xB7 }, // ngã
        { "á", 0xB8 }, // sắc: "¸" in Latin-1, everywhere in TCVN3 text
        { "ạ", 0xB9 }, // nặng
        { "ệ", 0xD6 }, // "Ö": "hiÖn"
        { "ự", 0xF9 }, // "ù": "Thùc"
        { "ỉ", 0xD8 }, // "Ø": "ChØ"
        { "ị", 0xDE }, // "Þ": "thÞ"
        { "ỵ", 0xFE },
        // VN1 capitals (libiconv lib/tcvn.h)
        { "À", 0x80 },
        { "Ố", 0xFF },
        { "Ú", 0x01 },
    };

    [Theory]
    [MemberData(nameof(PublishedTcvn3))]
    public void Tcvn3CodesAreThePublishedOnes(string letter, int code)
    {
        Assert.Equal(((char)code).ToString(), LegacyEncoder.ToTcvn3(letter, vn3Capitals: false));
        Assert.Equal(letter, LegacyVietnamese.ToUnicode(((char)code).ToString(), LegacyEncoding.Tcvn3));
    }

    public static TheoryData<string, string> PublishedVni => new()
    {
        // VNI Windows table (VNI Software; Vietnamese Unicode FAQ, UniKey): base letter + mark byte.
        { "ệ", "eä" }, // "Vieät Nam"
        { "ư", "ö" },
        { "ơ", "ô" },
        { "đ", "ñ" },
        { "Đ", "Ñ" },
        { "ô", "oâ" },
        { "ă", "aê" },
        { "à", "aø" }, // huyền
        { "ả", "aû" }, // hỏi
        { "ã", "aõ" }, // ngã
        { "á", "aù" }, // sắc
        { "ạ", "aï" }, // nặng
        { "ằ", "aè" }, // breve + huyền
        { "ẳ", "aú" }, // breve + hỏi
        { "ầ", "aà" }, // circumflex + huyền
        { "ẩ", "aå" }, // circumflex + hỏi
        { "ỉ", "æ" }, // "Chæ thò" is "Chỉ thị"
        { "ĩ", "ó" },
        { "ị", "ò" },
        { "ỵ", "î" },
        { "Ự", "ÖÏ" },
    };

    [Theory]
    [MemberData(nameof(PublishedVni))]
    public void VniCodesAreThePublishedOnes(string letter, string code)
    {
        Assert.Equal(code, LegacyEncoder.ToVni(letter));
        Assert.Equal(letter, LegacyVietnamese.ToUnicode(code, LegacyEncoding.Vni));
    }

    public static TheoryData<string, LegacyEncoding, string> Phrases => new()
    {
        // TCVN3 read as Latin-1, the way it shows in a Unicode editor
        { "Thùc hiÖn ChØ thÞ sè 16/CT-TTg cña Thñ t­íng ChÝnh phñ", LegacyEncoding.Tcvn3, "Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ" },
        // a .VnTimeH title: capitals restored in capitals words and the word next to one
        { "KÕ HO¹CH\nSè: 614 /KH-UBND", LegacyEncoding.Tcvn3, "KẾ HOẠCH\nSố: 614 /KH-UBND" },
        { "I. MôC §ÝCH, Y£U CÇU", LegacyEncoding.Tcvn3, "I. MỤC ĐÍCH, YÊU CẦU" },
        // Windows-1252 quotes and dashes are not TCVN3 letters
        { "n¨m “D©n vËn khÐo” 2017 – 2021", LegacyEncoding.Tcvn3, "năm “Dân vận khéo” 2017 – 2021" },
        // VN1 combining tone marks compose (NFC)
        { "Vi\u00AA\u00B4t", LegacyEncoding.Tcvn3, "Việt" },
        // VNI read as Windows-1252
        { "Thöïc hieän Chæ thò soá 16/CT-TTg cuûa Thuû töôùng Chính phuû", LegacyEncoding.Vni, "Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ" },
        { "QUYEÁT ÑÒNH veà vieäc ban haønh Quy cheá", LegacyEncoding.Vni, "QUYẾT ĐỊNH về việc ban hành Quy chế" },
        // mixed-case marks from converters: the base letter decides
        { "Uûy ban", LegacyEncoding.Vni, "Ủy ban" },
        // a mark where no letter takes it stays as it is
        { "bø", LegacyEncoding.Vni, "bø" },
        // Unicode already there is kept
        { "Việt “x”", LegacyEncoding.Vni, "Việt “x”" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void ConvertsPhrases(string legacy, LegacyEncoding encoding, string expected)
    {
        var unicode = LegacyVietnamese.ToUnicode(legacy, encoding);
        Assert.Equal(expected, unicode);
        Assert.True(unicode.IsNormalized(NormalizationForm.FormC));
    }

    public static TheoryData<string?, LegacyEncoding?> Fonts => new()
    {
        // the ABC family: anything starting with ".Vn"
        { ".VnTime", LegacyEncoding.Tcvn3 },
        { ".VnTimeH", LegacyEncoding.Tcvn3 },
        { ".VnArial", LegacyEncoding.Tcvn3 },
        { ".VnCentury Schoolbook", LegacyEncoding.Tcvn3 },
        { " \".vntime\" ", LegacyEncoding.Tcvn3 }, // as a CSS font-family writes it
        // the VNI family
        { "VNI-Times", LegacyEncoding.Vni },
        { "VNI-Helve", LegacyEncoding.Vni },
        { "'VNI-Aptima'", LegacyEncoding.Vni },
        // Unicode fonts
        { "Times New Roman", null },
        { "Arial", null },
        { "VnTime", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Fonts))]
    public void KnowsTheEncodingOfAFont(string? font, LegacyEncoding? expected) => Assert.Equal(expected, LegacyVietnamese.EncodingOfFont(font));

    [Theory]
    // .VnTimeH draws lower-case codes as capitals
    [InlineData("kÕ ho¹ch", ".VnTimeH", "KẾ HOẠCH")]
    [InlineData("kÕ ho¹ch", ".VnTime", "kế hoạch")]
    [InlineData("Vieät", "VNI-Times", "Việt")]
    // a Unicode font: the run is already Unicode
    [InlineData("kÕ ho¹ch", "Times New Roman", "kÕ ho¹ch")]
    public void ConvertsARunByItsFont(string run, string font, string expected) =>
        Assert.Equal(expected, LegacyVietnamese.ToUnicodeForFont(run, font));

    public static TheoryData<string, LegacyEncoding?> Detected => new()
    {
        // seed 003 in TCVN3, read as Latin-1 (an HTML page or a DOCX run without a font name)
        { "Thùc hiÖn Ch­¬ng tr×nh phèi hîp sè 348-CTr/BDVTU-UBND ngµy 24/01/2017 gi÷a Ban D©n vËn TØnh ñy vµ UBND tØnh", LegacyEncoding.Tcvn3 },
        // the same in VNI
        { "Thöïc hieän Chöông trình phoái hôïp soá 348-CTr/BDVTU-UBND ngaøy 24/01/2017 giöõa Ban Daân vaän Tænh uûy vaø UBND tænh", LegacyEncoding.Vni },
        // the same in Unicode: left alone
        { "Thực hiện Chương trình phối hợp số 348-CTr/BDVTU-UBND ngày 24/01/2017 giữa Ban Dân vận Tỉnh ủy và UBND tỉnh", null },
        // two TCVN3 words are not enough evidence
        { "ChØ thÞ 16/CT-TTg", null },
        // French: its accented words are not Vietnamese syllables in any reading
        { "L'été dernier, nous sommes allés à Paris où nous avons mangé des crêpes près de la cathédrale; déjà célèbre, l'église élégante.", null },
    };

    [Theory]
    [MemberData(nameof(Detected))]
    public void DetectsLegacyTextWithoutAFontName(string text, LegacyEncoding? expected) => Assert.Equal(expected, LegacyVietnamese.Detect(text));

    [Fact]
    public void CapitalsFontsAreTheVnFontsEndingInH()
    {
        Assert.True(LegacyVietnamese.IsCapitalsFont(".VnTimeH"));
        Assert.True(LegacyVietnamese.IsCapitalsFont(".VnArialH"));
        Assert.False(LegacyVietnamese.IsCapitalsFont(".VnTime"));
        Assert.False(LegacyVietnamese.IsCapitalsFont("VNI-TimesH"));
        Assert.False(LegacyVietnamese.IsCapitalsFont(null));
    }
}
