namespace DanVan.Generation;

/// <summary>
/// A body that issues plans in a province, e.g. Ủy ban nhân dân tỉnh Gia Lai: header lines
/// "ỦY BAN NHÂN DÂN / TỈNH GIA LAI", symbol "614/KH-UBND", how others cite it ("của UBND tỉnh Gia Lai")
/// and who signs ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
/// </summary>
/// <param name="Upper">First header line above the body's name: "" for UBND itself, "UBND TỈNH {P}" for a Sở.</param>
/// <param name="Name">The body's own header line ("SỞ NỘI VỤ"); "{P}" stands for the province in capitals.</param>
/// <param name="Code">Issuer code of its plan symbols ("UBND", "SNV", "TU", "BDVTU").</param>
/// <param name="Party">True for Party bodies: symbols number-KH/CODE, "ĐẢNG CỘNG SẢN VIỆT NAM" opposite.</param>
/// <param name="CitedAs">How a later plan names it after "của" ("UBND tỉnh {p}", "Ban Thường vụ Tỉnh ủy").</param>
/// <param name="Signature">Signer lines, top to bottom.</param>
/// <param name="Until">Last day it existed (Sở Thông tin và Truyền thông: merged into Sở Khoa học và Công nghệ on 01/3/2025).</param>
internal sealed record Agency(string Upper, string Name, string Code, bool Party, string[] CitedAs, string[] Signature, DateOnly? Until = null, DateOnly? From = null);

/// <summary>The plan-issuing bodies, with weights, and the names of people who sign.</summary>
internal static class Agencies
{
    private static readonly DateOnly SoTtttMerged = new(2025, 3, 1);

    /// <summary>Bodies and their relative frequency.</summary>
    public static readonly (Agency Agency, int Weight)[] All =
    [
        (new("", "ỦY BAN NHÂN DÂN\n{UNIT} {P}", "UBND", false, ["Ủy ban nhân dân tỉnh {p}", "UBND tỉnh {p}", "UBND tỉnh", "Ủy ban nhân dân tỉnh"],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]), 30),
        (new("ĐẢNG BỘ {UNIT} {P}", "TỈNH ỦY", "TU", true, ["Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "Tỉnh ủy {p}"],
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]), 10),
        (new("TỈNH ỦY {P}", "BAN DÂN VẬN", "BDVTU", true, ["Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy {p}"],
            ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]), 10),
        (new("UBND {UNIT} {P}", "SỞ NỘI VỤ", "SNV", false, ["Sở Nội vụ", "Sở Nội vụ tỉnh {p}"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]), 10),
        (new("UBND {UNIT} {P}", "SỞ TƯ PHÁP", "STP", false, ["Sở Tư pháp"], ["GIÁM ĐỐC"]), 6),
        (new("UBND {UNIT} {P}", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", false, ["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông tỉnh {p}"],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], Until: SoTtttMerged.AddDays(-1)), 5),
        (new("UBND {UNIT} {P}", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN", false, ["Sở Khoa học và Công nghệ"], ["GIÁM ĐỐC"]), 4),
        (new("UBND {UNIT} {P}", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", false, ["Sở Giáo dục và Đào tạo"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]), 5),
        (new("UBND {UNIT} {P}", "SỞ Y TẾ", "SYT", false, ["Sở Y tế"], ["GIÁM ĐỐC"]), 4),
        (new("UBND {UNIT} {P}", "SỞ TÀI CHÍNH", "STC", false, ["Sở Tài chính"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]), 4),
        (new("UBND {UNIT} {P}", "BAN DÂN TỘC", "BDT", false, ["Ban Dân tộc tỉnh"], ["TRƯỞNG BAN"], Until: SoTtttMerged.AddDays(-1)), 3),
        (new("UBND {UNIT} {P}", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL", false, ["Sở Văn hóa, Thể thao và Du lịch"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]), 4),
    ];

    /// <summary>Departments named in the last section ("Sở Nội vụ: chủ trì…").</summary>
    public static readonly string[] Departments =
    [
        "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch",
        "Công an tỉnh", "Thanh tra tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Ban Dân vận Tỉnh ủy",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn", "Liên đoàn Lao động tỉnh",
        "Hội Cựu chiến binh tỉnh",
    ];

    /// <summary>Departments that exist only before (STTTT) or after (merged) 01/3/2025.</summary>
    public static string DepartmentOfInformation(DateOnly date) => date < SoTtttMerged ? "Sở Thông tin và Truyền thông" : "Sở Khoa học và Công nghệ";

    /// <summary>Local units of the province, before and after the two-tier reform of 01/7/2025.</summary>
    public static string LocalUnits(bool merged) => merged ? "Ủy ban nhân dân các xã, phường, đặc khu" : "Ủy ban nhân dân các huyện, thị xã, thành phố";

    /// <summary>Family names, most frequent first.</summary>
    public static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    /// <summary>Middle names.</summary>
    public static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Hồng", "Công", "Đình"];

    /// <summary>Given names.</summary>
    public static readonly string[] GivenNames =
        ["Hùng", "Dũng", "Hương", "Lan", "Tuấn", "Hải", "Long", "Nam", "Phương", "Thủy", "Hòa", "Bình", "Sơn", "Trung", "Hạnh", "Khoa", "Tâm", "Quang", "Thắng", "Nga"];

    /// <summary>Five centrally-run cities before the merger (Huế joined them after); the rest are provinces.</summary>
    public static bool IsCity(string province) => province is "Hà Nội" or "Hồ Chí Minh" or "Hải Phòng" or "Đà Nẵng" or "Cần Thơ" or "Huế";
}
