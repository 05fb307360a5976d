using DanVan.Text;

namespace DanVan.Citations;

/// <summary>
/// The one table of Vietnamese document types: the words plans write ("Chương trình phối hợp"), the
/// type codes in symbols ("CTr" in 348-CTr/BDVTU-UBND) and the issuer codes ("UBND", "TTg"). Every
/// pattern of the extractor is built from it.
/// </summary>
public static partial class DocumentTypes
{
    /// <summary>Type names as Vietnamese writes them; the "type" of the JSON contract.</summary>
    public const string ChiThi = "Chỉ thị", QuyetDinh = "Quyết định", QuyDinh = "Quy định", NghiQuyet = "Nghị quyết",
        NghiQuyetLienTich = "Nghị quyết liên tịch", NghiDinh = "Nghị định", ThongTu = "Thông tư",
        ThongTuLienTich = "Thông tư liên tịch", ThongTri = "Thông tri", ThongBao = "Thông báo", KetLuan = "Kết luận",
        KeHoach = "Kế hoạch", ChuongTrinh = "Chương trình", QuyChe = "Quy chế", HuongDan = "Hướng dẫn", CongVan = "Công văn",
        CongDien = "Công điện", DeAn = "Đề án", DuAn = "Dự án", PhuongAn = "Phương án", BaoCao = "Báo cáo", ToTrinh = "Tờ trình",
        PhapLenh = "Pháp lệnh", Luat = "Luật", BoLuat = "Bộ luật", HienPhap = "Hiến pháp", BienBan = "Biên bản",
        HopDong = "Hợp đồng", GiayMoi = "Giấy mời", DeCuong = "Đề cương";

    /// <summary>
    /// Type words before a symbol, folded (see <see cref="Folding"/>), longest first so that
    /// "chương trình hành động" wins over "chương trình". A null name means the word does not name a
    /// type ("Văn bản số 4836/SNV-TCBC"): the symbol decides.
    /// </summary>
    internal static readonly (string Folded, string? Name)[] TypeWords = Sorted(
    [
        ("chi thi", ChiThi),
        ("quyet dinh", QuyetDinh),
        ("quyet dinh lien tich", QuyetDinh),
        ("quy dinh", QuyDinh),
        ("nghi quyet", NghiQuyet),
        ("nghi quyet lien tich", NghiQuyetLienTich),
        ("nghi dinh", NghiDinh),
        ("thong tu", ThongTu),
        ("thong tu lien tich", ThongTuLienTich),
        ("thong tri", ThongTri),
        ("thong bao", ThongBao),
        ("thong bao ket luan", ThongBao),
        ("ket luan", KetLuan),
        ("ke hoach", KeHoach),
        ("ke hoach lien tich", KeHoach),
        ("ke hoach phoi hop", KeHoach),
        ("chuong trinh", ChuongTrinh),
        ("chuong trinh hanh dong", ChuongTrinh),
        ("chuong trinh phoi hop", ChuongTrinh),
        ("chuong trinh cong tac", ChuongTrinh),
        ("quy che", QuyChe),
        ("quy che phoi hop", QuyChe),
        ("huong dan", HuongDan),
        ("huong dan lien tich", HuongDan),
        ("cong van", CongVan),
        ("cong dien", CongDien),
        ("de an", DeAn),
        ("du an", DuAn),
        ("phuong an", PhuongAn),
        ("bao cao", BaoCao),
        ("to trinh", ToTrinh),
        ("phap lenh", PhapLenh),
        ("luat", Luat),
        ("bo luat", BoLuat),
        ("bien ban", BienBan),
        ("hop dong", HopDong),
        ("giay moi", GiayMoi),
        ("de cuong", DeCuong),
        ("van ban", null),
    ]);

    /// <summary>Abbreviated type words, accepted only before "số" ("KH số 62-KH/BDVTU").</summary>
    internal static readonly IReadOnlyDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["KH"] = KeHoach,
        ["QĐ"] = QuyetDinh,
        ["NQ"] = NghiQuyet,
        ["CT"] = ChiThi,
        ["NĐ"] = NghiDinh,
        ["TT"] = ThongTu,
        ["CV"] = CongVan,
        ["TB"] = ThongBao,
        ["HD"] = HuongDan,
        ["KL"] = KetLuan,
        ["CTr"] = ChuongTrinh,
        ["BC"] = BaoCao,
    };

    /// <summary>Type codes in symbols and the type they name when no type word says otherwise.</summary>
    internal static readonly IReadOnlyDictionary<string, string> TypeCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CT"] = ChiThi,
        ["QĐ"] = QuyetDinh,
        ["QyĐ"] = QuyDinh,
        ["QĐi"] = QuyDinh,
        ["NQ"] = NghiQuyet,
        ["NQLT"] = NghiQuyetLienTich,
        ["NĐ"] = NghiDinh,
        ["TT"] = ThongTu,
        ["TTLT"] = ThongTuLienTich,
        ["KL"] = KetLuan,
        ["KH"] = KeHoach,
        ["KHLT"] = KeHoach,
        ["KHPH"] = KeHoach,
        ["CTr"] = ChuongTrinh,
        ["CTrPH"] = ChuongTrinh,
        ["TB"] = ThongBao,
        ["HD"] = HuongDan,
        ["HDLT"] = HuongDan,
        ["HĐ"] = HopDong,
        ["ĐA"] = DeAn,
        ["DA"] = DuAn,
        ["PA"] = PhuongAn,
        ["BC"] = BaoCao,
        ["BB"] = BienBan,
        ["TTr"] = ToTrinh,
        ["QC"] = QuyChe,
        ["QCPH"] = QuyChe,
        ["QCLT"] = QuyChe,
        ["CV"] = CongVan,
        ["CĐ"] = CongDien,
        ["PL"] = PhapLenh,
        ["GM"] = GiayMoi,
        ["GUQ"] = "Giấy ủy quyền",
        ["GGT"] = "Giấy giới thiệu",
        ["PG"] = "Phiếu gửi",
        ["PC"] = "Phiếu chuyển",
        ["PB"] = "Phiếu báo",
    };

    /// <summary>
    /// Issuer codes that may follow a type code. Used to restore a hyphen lost in PDF text
    /// ("61/2018/NĐCP" → "61/2018/NĐ-CP") and to tell a công văn ("575/UBND-NC": issuer first) from a
    /// typed document.
    /// </summary>
    internal static readonly HashSet<string> IssuerCodes = new(StringComparer.Ordinal)
    {
        "CP", "TTg", "UBND", "HĐND", "VPCP", "VP", "BNV", "BTP", "BTC", "BCA", "BQP", "BYT", "BXD", "BCT", "BKHĐT",
        "BLĐTBXH", "BGDĐT", "BTTTT", "BTNMT", "BNNPTNT", "BGTVT", "BVHTTDL", "BKHCN", "NHNN", "TW", "TU", "HU", "ĐU",
        "BDVTU", "BDVTW", "BCSĐ", "VPTU", "VPTW", "MTTQ", "UBTVQH", "QH", "SNV", "STP", "STC", "STTTT", "SKHĐT",
        "BTGTU", "BTCTU", "UBKTTU", "BTGDVTU", "TTHĐND", "HĐBT", "HĐNN", "CTN", "LĐTBXH", "BYT",
    };

    /// <summary>Party issuers: a symbol with one of them is written number-TYPE/ISSUER ("30-CT/TW", not "30/CT-TƯ").</summary>
    internal static readonly HashSet<string> PartyIssuers = new(StringComparer.Ordinal)
    {
        "TW", "TƯ", "TU", "HU", "QU", "ĐU", "TƯĐ", "BDVTW", "BDVTU", "VPTW", "VPTU", "BCSĐ", "BTGTW", "BTGTU", "BTCTW", "BTCTU",
        "UBKTTW", "UBKTTU", "ĐUK", "ĐUQSTW", "BCĐ",
    };

    /// <summary>The type a code names, in its scheme: "TTr" is a Tờ trình in 1818/TTr-VP and a Thông tri in 01-TTr/TU.</summary>
    public static string? TypeOfCode(string? code, SymbolScheme scheme) => code switch
    {
        null => null,
        "TTr" when scheme == SymbolScheme.Party => ThongTri,
        "PL" when scheme != SymbolScheme.LegalNormative => null, // a Phụ lục; Pháp lệnh symbols carry a year
        _ => TypeCodes.GetValueOrDefault(code),
    };

    /// <summary>The type named by a type word as written ("Chương trình phối hợp" → "Chương trình"), or null.</summary>
    public static string? TypeOfWord(string word)
    {
        var folded = Folding.Fold(TextNormalizer.NormalizeForMatching(word)).Trim();
        foreach (var (phrase, name) in TypeWords)
        {
            if (string.Equals(string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), phrase, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return Abbreviations.GetValueOrDefault(word.Trim());
    }

    private static (string, string?)[] Sorted((string Folded, string? Name)[] words) =>
        [.. words.OrderByDescending(w => w.Folded.Length)];
}
