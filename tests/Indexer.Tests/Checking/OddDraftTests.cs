using System.Text;
using DanVan.Checking;
using DanVan.Resolution;

namespace DanVan.Tests.Checking;

public class OddDraftTests(SeedGraph seeds) : IClassFixture<SeedGraph>
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    // a draft with no reference at all
    [InlineData("Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\nĐề nghị các đơn vị báo cáo trước ngày 15/6/2025.")]
    // numbers that look like symbols but are not: dates, ranges, a form number
    [InlineData("giai đoạn 2021 - 2025, ngày 16/5/2016, mẫu số 01/BC, lớp 12/A1, 290- , /TW, Quyết định số")]
    public void TextWithoutReferencesGivesAnEmptyReport(string draft)
    {
        var report = seeds.Checker.Check(draft, Today);
        Assert.Empty(report.References);
        Assert.Equal(0, report.NeedAttention);
        Assert.Equal(("2025-06-01", false), (report.DraftDate, report.DraftDated));
    }

    [Fact]
    public void AMegabyteOfJunkDoesNotThrow()
    {
        var random = new Random(20250601);
        const string Alphabet = "0123456789/-–. ,;:\n\tQĐCTTWKLUBNDHảỦyđ số ngày của Chỉ thị Quyết định 290-QĐ/TW 16/CT-TTg ( ) \u0301\uD83D\uDE00";
        var junk = new StringBuilder(1 << 20);
        while (junk.Length < 1 << 20)
        {
            junk.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        var text = junk.ToString();
        var report = seeds.Checker.Check(text, Today);
        Assert.All(report.References, r => Assert.True(0 <= r.Start && r.Start < r.End && r.End <= text.Length));
    }

    [Fact]
    public void WithTheRegistryAloneThePlansAreNotConsulted()
    {
        var checker = DraftChecker.RegistryOnly(Registry.Load(Path.Combine(RepoPaths.Corpus, "registry")));
        var report = checker.Check(
            "Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị; Chỉ thị số 13/CT-UBND ngày 18/8/2017 của Ủy ban nhân dân tỉnh Gia Lai", Today);
        Assert.False(report.PlansConsulted);
        Assert.Equal([Superseded, Unknown], report.References.Select(r => r.Verdict));
    }

    private const CheckVerdict Superseded = CheckVerdict.Superseded, Unknown = CheckVerdict.Unknown;
}
