using DanVan.Citations;

namespace DanVan.Tests.Citations;

public class IssuingBodyTests
{
    [Theory]
    // registry issuers carry remarks: corpus/registry/documents.json
    [InlineData("Bộ Chính trị (khóa X), TBT Nông Đức Mạnh ký", "Bộ Chính trị")]
    [InlineData("Thủ tướng Chính phủ (Nguyễn Xuân Phúc)", "Thủ tướng Chính phủ")]
    [InlineData("Quốc hội khóa XV (Vương Đình Huệ ký)", "Quốc hội")]
    [InlineData("Ban Chấp hành Trung ương Đảng (khóa XII, Hội nghị TW 6)", "Ban Chấp hành Trung ương Đảng")]
    // how plans write them: seeds and devset
    [InlineData("Thủ tướng", "Thủ tướng Chính phủ")]
    [InlineData("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng")]
    [InlineData("Uỷ ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("UBTVQH", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("BAN BÍ THƯ", "Ban Bí thư")]
    [InlineData("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch")]
    // local and unlisted bodies are not named
    [InlineData("Ủy ban nhân dân tỉnh Gia Lai", null)]
    [InlineData("Phó Thủ tướng", null)]
    [InlineData("Bộ", null)]
    public void AnIssuerAsWrittenNamesABody(string written, string? body) =>
        Assert.Equal(body, DocumentTypes.IssuingBodyOf(written)?.Name);

    [Theory]
    [InlineData("TTg", "Thủ tướng Chính phủ")]
    [InlineData("QH15", "Quốc hội")]
    [InlineData("UBTVQH11", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("TW", "Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương Đảng")]
    [InlineData("UBND", "")]
    public void AnIssuerCodeStandsForItsBodies(string code, string bodies) =>
        Assert.Equal(bodies, string.Join(", ", DocumentTypes.IssuingBodiesOfCode(code).Select(b => b.Name)));

    [Theory]
    // Party QĐ: Quyết định or Quy định (seed 004: "Quy định số 124-QĐ/TW")
    [InlineData("290-QĐ/TW", "Quyết định, Quy định")]
    // a state QĐ is a Quyết định
    [InlineData("101/QĐ-TTg", "Quyết định")]
    // Quốc hội symbols carry no type code
    [InlineData("10/2022/QH15", "Luật, Bộ luật, Nghị quyết")]
    [InlineData("35/2023/UBTVQH15", "Nghị quyết, Pháp lệnh")]
    // Tờ trình in a state symbol, Thông tri in a Party one
    [InlineData("1818/TTr-VP", "Tờ trình")]
    [InlineData("01-TTr/TU", "Thông tri")]
    // a công văn has no type code
    [InlineData("575/UBND-NC", "Công văn")]
    public void ACodeAdmitsItsTypes(string symbol, string types) =>
        Assert.Equal(types, string.Join(", ", DocumentTypes.TypesOfCode(DocumentSymbol.TryParse(symbol)!)));
}
