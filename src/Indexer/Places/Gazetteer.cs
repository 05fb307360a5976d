using DanVan.Citations;
using DanVan.Text;

namespace DanVan.Places;

/// <summary>
/// Vietnam's provinces and centrally-run cities by the names plans use: the 63 units before the 2025
/// merger and the names kept after it ("Trà Vinh", "Vĩnh Long", "TP. Hồ Chí Minh"). Matching is folded,
/// so "Khánh Hoà", "Khánh Hòa" and "KHÁNH HÒA" are one province.
/// </summary>
public static class Gazetteer
{
    /// <summary>The 63 provinces and cities before 01/7/2025, official names.</summary>
    public static readonly IReadOnlyList<string> Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
        "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
        "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
        "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
        "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
        "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
        "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh",
        "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    /// <summary>Other spellings seen in plans, mapped to the official name.</summary>
    private static readonly (string Variant, string Name)[] Variants =
    [
        ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"), ("Huế", "Thừa Thiên Huế"),
        ("Đắc Lắc", "Đắk Lắk"), ("Đăk Lăk", "Đắk Lắk"), ("Đắk Lăk", "Đắk Lắk"), ("Daklak", "Đắk Lắk"), ("Đăk Nông", "Đắk Nông"),
        ("Kontum", "Kon Tum"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"), ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP.HCM", "Hồ Chí Minh"), ("TP HCM", "Hồ Chí Minh"), ("Sài Gòn", "Hồ Chí Minh"),
    ];

    private static readonly (string Folded, string Name)[] Names = BuildNames();

    /// <summary>The official name for a spelling of a province ("khanh hoa" → "Khánh Hòa"), or null.</summary>
    public static string? Find(string name)
    {
        var folded = Key(name);
        foreach (var (key, official) in Names)
        {
            if (key == folded)
            {
                return official;
            }
        }

        return null;
    }

    /// <summary>Matches a province name starting at <paramref name="p"/> in folded text, longest first.</summary>
    internal static bool TryMatchAt(string folded, int p, out string name, out int end)
    {
        foreach (var (key, official) in Names)
        {
            var e = Scan.MatchPhrase(folded, p, key);
            if (e >= 0)
            {
                name = official;
                end = e;
                return true;
            }
        }

        name = "";
        end = p;
        return false;
    }

    private static string Key(string name) =>
        Scan.Collapse(Folding.Fold(TextNormalizer.NormalizeForMatching(name)).Replace(" - ", " ", StringComparison.Ordinal).Replace('-', ' '));

    private static (string, string)[] BuildNames() =>
    [
        .. Provinces.Select(p => (Key(p), p)).Concat(Variants.Select(v => (Key(v.Variant), v.Name)))
            .Concat(Provinces.Where(p => p.Contains(" - ", StringComparison.Ordinal)).Select(p => (Scan.Collapse(Folding.Fold(TextNormalizer.NormalizeForMatching(p))), p)))
            .Where(p => !p.Item1.Contains('.'))
            .OrderByDescending(p => p.Item1.Length),
    ];
}
