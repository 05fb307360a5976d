using System.Globalization;
using System.Text;
using DanVan.Ingest;
using DanVan.Tests.Text;

namespace DanVan.Tests.Ingest;

public class DocumentReaderEncodingTests
{
    // Seed 003, with ASCII quotes and dash as a legacy file has them: 20 syllables with diacritics.
    private const string Plan = "Thực hiện Chương trình phối hợp số 348-CTr/BDVTU-UBND ngày 24/01/2017 giữa Ban Dân vận Tỉnh ủy và "
        + "UBND tỉnh về thực hiện công tác dân vận chính quyền giai đoạn 2017 - 2021.";

    // Seed 003's next sentence, to mix into Unicode text
    private const string Sentence = "Triển khai Kế hoạch số 01-KH/BDVTU-BCSĐUBND ngày 14/02/2020 của Ban Dân vận Tỉnh ủy và Ban Cán sự Đảng UBND tỉnh.";

    private const string French = "L'été dernier, nous sommes allés à Paris où nous avons mangé des crêpes près de la cathédrale; "
        + "déjà célèbre, l'église élégante reçoit très souvent des élèves étrangers.";

    private const string German = "Die Größe der Brücke über den Fluss ist schön; Müller und Bäcker fühlen sich wohl, während die Kühe grünes Gras fressen.";

    private const string Spanish = "El señor Muñoz visitó la montaña con su niño; año tras año, mañana y pequeña canción.";

    public static TheoryData<byte[], string, string> Decoded => new()
    {
        // TCVN3 bytes, as .VnTime documents are saved as text
        { LegacyEncoder.Bytes(LegacyEncoder.ToTcvn3(Plan)), "text/tcvn3", Plan },
        // TCVN3 already read as Latin-1 and saved as UTF-8: "Thùc hiÖn Ch­¬ng tr×nh"
        { Encoding.UTF8.GetBytes(LegacyEncoder.ToTcvn3(Plan)), "text/tcvn3", Plan },
        // the same with a UTF-8 byte order mark (kept, as for any UTF-8 file)
        { [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(LegacyEncoder.ToTcvn3(Plan))], "text/tcvn3", "\uFEFF" + Plan },
        // the same in UTF-16 with a byte order mark
        { [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(LegacyEncoder.ToTcvn3(Plan))], "text/tcvn3", Plan },
        // VNI as Windows-1252 bytes, the way VNI files are saved
        { LegacyEncoder.Bytes(LegacyEncoder.ToVni(Plan)), "text/vni", Plan },
        // VNI read as Windows-1252 and saved as UTF-8: "Thöïc hieän Chöông trình"
        { Encoding.UTF8.GetBytes(LegacyEncoder.ToVni(Plan)), "text/vni", Plan },
        // Windows-1258: base letters and tones as combining marks
        { Windows1258(Plan), "text/windows-1258", Plan },
        // CRLF in a legacy file becomes "\n" like in any text file
        { LegacyEncoder.Bytes(LegacyEncoder.ToTcvn3(Plan + "\r\n" + Plan)), "text/tcvn3", Plan + "\n" + Plan },
        // Unicode Vietnamese, precomposed and decomposed: never converted
        { Encoding.UTF8.GetBytes(Plan), "text", Plan },
        { Encoding.UTF8.GetBytes(Plan.Normalize(NormalizationForm.FormD)), "text", Plan.Normalize(NormalizationForm.FormD) },
        // French, German, Spanish with é, ü, ñ: their accents stay
        { Encoding.UTF8.GetBytes(French), "text", French },
        { Encoding.UTF8.GetBytes(German), "text", German },
        { Encoding.UTF8.GetBytes(Spanish), "text", Spanish },
        // English: nothing to convert
        { "Implementation plan of the People's Committee for Directive 16/CT-TTg."u8.ToArray(), "text", "Implementation plan of the People's Committee for Directive 16/CT-TTg." },
        // mixed: Unicode Vietnamese with a pasted TCVN3 sentence stays as written (converting would break the Unicode part)
        { Encoding.UTF8.GetBytes(Plan + " " + LegacyEncoder.ToTcvn3(Sentence)), "text", Plan + " " + LegacyEncoder.ToTcvn3(Sentence) },
        // a few TCVN3-looking characters are not evidence: "ChØ thÞ 16/CT-TTg" (two words) stays
        { Encoding.UTF8.GetBytes("ChØ thÞ 16/CT-TTg"), "text", "ChØ thÞ 16/CT-TTg" },
    };

    [Theory]
    [MemberData(nameof(Decoded))]
    public void DecodesAndNamesTheEncoding(byte[] bytes, string format, string text) =>
        Assert.Equal(new DecodedText(text, format), DocumentReader.DecodeText("plan.txt", bytes));

    public static TheoryData<byte[], string> Refused => new()
    {
        // three bytes: "Ch" and an acute in Windows-1258, too little to call anything (the pipeline test's file)
        { [0x43, 0x68, 0xEC], "not UTF-8 text (invalid byte 0xEC at byte 2)" },
        // a UTF-8 plan with one damaged byte ("ự" lost its continuation bytes): no reading of it is Vietnamese
        { [.. "Th"u8, 0xE1, 0x20, 0x20, .. Encoding.UTF8.GetBytes(Plan)[5..]], "not UTF-8 text (invalid byte 0xE1 at byte 2)" },
        // French saved as Latin-1: not UTF-8, and not Vietnamese in any legacy reading
        { Encoding.Latin1.GetBytes(French), "not UTF-8 text (invalid byte 0xE9 at byte 2)" },
        // high bytes with no pattern
        { [.. Enumerable.Range(0, 2000).Select(i => (byte)(i % 7 == 0 ? 0x20 : 0x80 + (i * 37 % 128)))], "not UTF-8 text (invalid byte 0xA5 at byte 1)" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusesWhatIsNeitherUtf8NorVietnamese(byte[] bytes, string message)
    {
        var e = Assert.Throws<DanVanException>(() => DocumentReader.DecodeText("plan.txt", bytes));
        Assert.Equal("plan.txt: " + message, e.Message);
    }

    [Fact]
    public void FromBytesNamesTheFormat()
    {
        Assert.Equal("text/vni", DocumentReader.FromBytes("plan.md", LegacyEncoder.Bytes(LegacyEncoder.ToVni(Plan))).Format);
        Assert.Equal("text", DocumentReader.FromBytes("plan.md", Encoding.UTF8.GetBytes(Plan)).Format);
    }

    public static TheoryData<string> CorpusFiles =>
        [.. Directory.GetFiles(RepoPaths.Corpus, "*.txt").Concat(Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "devset"), "*.txt"))
            .Select(f => Path.GetRelativePath(RepoPaths.Corpus, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void EverySeedAndDevsetDocumentStaysAsItIs(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, file));
        var utf8 = new UTF8Encoding(false, true).GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        Assert.Equal(new DecodedText(utf8, "text"), DocumentReader.DecodeText(file, bytes));
    }

    [Fact]
    public void ALargeLegacyFileIsConvertedWhole()
    {
        // 2 MB: the decision reads the first 64 KB, the conversion all of it, in one pass.
        var text = string.Concat(Enumerable.Repeat(Plan + "\n", 2 * 1024 * 1024 / Plan.Length));
        var decoded = DocumentReader.DecodeText("big.txt", LegacyEncoder.Bytes(LegacyEncoder.ToVni(text)));
        Assert.Equal(("text/vni", text.Length), (decoded.Format, decoded.Text.Length));
        Assert.Equal(text, decoded.Text);
    }

    /// <summary>Windows-1258 as Vietnamese software writes it: letters with quality marks precomposed, tones as combining marks.</summary>
    private static byte[] Windows1258(string text)
    {
        var split = new StringBuilder();
        foreach (var c in text)
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = parts.Where(p => p is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray();
            split.Append(string.Concat(parts.Where(p => !tone.Contains(p))).Normalize(NormalizationForm.FormC)).Append(tone);
        }

        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        return encoding.GetBytes(split.ToString());
    }
}
