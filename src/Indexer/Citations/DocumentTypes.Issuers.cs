using DanVan.Text;

namespace DanVan.Citations;

/// <summary>
/// A central body that issues documents: its name ("Bộ Chính trị"), the ways plans write it, folded
/// ("bo chinh tri"), and the issuer codes its symbols carry ("TW" in 290-QĐ/TW).
/// </summary>
/// <param name="Name">The name as the body itself writes it.</param>
/// <param name="Names">Every way of writing it, folded, longest first where one starts another.</param>
/// <param name="Codes">Issuer codes of its symbols, without a term number ("UBTVQH" for UBTVQH11).</param>
public sealed record IssuingBody(string Name, string[] Names, string[] Codes);

public static partial class DocumentTypes
{
    /// <summary>
    /// Central issuers, with their names and codes. Three Party bodies share "TW": the code cannot tell
    /// Bộ Chính trị from Ban Bí thư (124-QĐ/TW is Ban Bí thư's in 2018 and Bộ Chính trị's in 2023).
    /// </summary>
    public static readonly IReadOnlyList<IssuingBody> IssuingBodies =
    [
        new("Bộ Chính trị", ["bo chinh tri"], ["TW"]),
        new("Ban Bí thư", ["ban bi thu"], ["TW"]),
        new("Ban Chấp hành Trung ương Đảng", ["ban chap hanh trung uong dang", "ban chap hanh trung uong", "ban chap hanh tw", "bch trung uong", "bch tw", "bchtw"], ["TW"]),
        new("Ban Dân vận Trung ương", ["ban dan van trung uong", "ban dan van tw"], ["BDVTW"]),
        new("Văn phòng Trung ương Đảng", ["van phong trung uong dang", "van phong trung uong", "van phong tw"], ["VPTW"]),
        new("Thủ tướng Chính phủ", ["thu tuong chinh phu", "thu tuong"], ["TTg"]),
        new("Chính phủ", ["chinh phu"], ["CP"]),
        new("Văn phòng Chính phủ", ["van phong chinh phu"], ["VPCP"]),
        new("Quốc hội", ["quoc hoi"], ["QH"]),
        new("Ủy ban Thường vụ Quốc hội", ["uy ban thuong vu quoc hoi", "ubtvqh"], ["UBTVQH"]),
        new("Chủ tịch nước", ["chu tich nuoc"], ["CTN"]),
        new("Bộ Nội vụ", ["bo noi vu"], ["BNV"]),
        new("Bộ Tư pháp", ["bo tu phap"], ["BTP"]),
        new("Bộ Tài chính", ["bo tai chinh"], ["BTC"]),
        new("Bộ Công an", ["bo cong an"], ["BCA"]),
        new("Bộ Quốc phòng", ["bo quoc phong"], ["BQP"]),
        new("Bộ Y tế", ["bo y te"], ["BYT"]),
        new("Bộ Thông tin và Truyền thông", ["bo thong tin va truyen thong"], ["BTTTT"]),
        new("Bộ Giáo dục và Đào tạo", ["bo giao duc va dao tao"], ["BGDĐT"]),
        new("Bộ Lao động - Thương binh và Xã hội", ["bo lao dong - thuong binh va xa hoi", "bo lao dong thuong binh va xa hoi"], ["BLĐTBXH"]),
        new("Bộ Văn hóa, Thể thao và Du lịch", ["bo van hoa, the thao va du lich"], ["BVHTTDL"]),
        new("Bộ Kế hoạch và Đầu tư", ["bo ke hoach va dau tu"], ["BKHĐT"]),
        new("Bộ Khoa học và Công nghệ", ["bo khoa hoc va cong nghe"], ["BKHCN"]),
    ];

    private static readonly (string Folded, IssuingBody Body)[] BodyNamesLongestFirst =
        [.. IssuingBodies.SelectMany(b => b.Names.Select(n => (n, b))).OrderByDescending(p => p.n.Length)];

    /// <summary>
    /// The central body an issuer as written names, read from its start: "Bộ Chính trị (khóa X), TBT
    /// Nông Đức Mạnh ký" and "Bộ Chính trị khóa X" are Bộ Chính trị; "Thủ tướng" is Thủ tướng Chính
    /// phủ; "Ủy ban nhân dân tỉnh Gia Lai" is none of them (null).
    /// </summary>
    public static IssuingBody? IssuingBodyOf(string issuer)
    {
        var folded = Scan.Collapse(Folding.Fold(TextNormalizer.NormalizeForMatching(issuer)));
        foreach (var (name, body) in BodyNamesLongestFirst)
        {
            if (folded.StartsWith(name, StringComparison.Ordinal) && (folded.Length == name.Length || !Scan.IsWordChar(folded[name.Length])))
            {
                return body;
            }
        }

        return null;
    }

    /// <summary>The bodies an issuer code stands for: "TTg" → Thủ tướng Chính phủ; "QH15" → Quốc hội; "TW" → the three Party bodies.</summary>
    public static IReadOnlyList<IssuingBody> IssuingBodiesOfCode(string code)
    {
        var bare = code.TrimEnd("0123456789".ToCharArray());
        return [.. IssuingBodies.Where(b => b.Codes.Contains(bare, StringComparer.Ordinal))];
    }

    /// <summary>
    /// The types a symbol's code admits: its <see cref="DocumentSymbol.CodeType"/>, except that a
    /// Party "QĐ" is a Quyết định or a Quy định ("Quy định số 124-QĐ/TW") and a Quốc hội symbol
    /// without type code is a Luật, Bộ luật or Nghị quyết (Ủy ban Thường vụ's: Nghị quyết or Pháp lệnh).
    /// Empty when the code says nothing.
    /// </summary>
    public static IReadOnlyList<string> TypesOfCode(DocumentSymbol symbol) => (symbol.TypeCode, symbol.Scheme, symbol.CodeType) switch
    {
        ("QĐ", SymbolScheme.Party, _) => [QuyetDinh, QuyDinh],
        (null, SymbolScheme.LegalNormative, Luat) => [Luat, BoLuat, NghiQuyet],
        (null, SymbolScheme.LegalNormative, NghiQuyet) => [NghiQuyet, PhapLenh],
        (_, _, { } type) => [type],
        _ => [],
    };
}
