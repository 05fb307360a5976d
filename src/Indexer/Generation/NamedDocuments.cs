namespace DanVan.Generation;

/// <summary>
/// A document plans cite by name, without a symbol: "Luật Thực hiện dân chủ ở cơ sở năm 2022"
/// (= 10/2022/QH15), "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" (no symbol at all).
/// </summary>
/// <param name="Text">The name as written.</param>
/// <param name="Type">Its type ("Luật", "Nghị quyết").</param>
/// <param name="ResolvesTo">The symbol it names, or null for congress resolutions.</param>
/// <param name="From">First day a plan can cite it (passed or held).</param>
/// <param name="Until">Last day it is cited under this name (a newer law of the same name replaced it).</param>
internal sealed record NamedDocument(string Text, string Type, string? ResolvesTo, DateOnly From, DateOnly Until);

/// <summary>Names of laws and resolutions, from the laws themselves (general knowledge, the dates they were passed).</summary>
internal static class NamedDocuments
{
    private static readonly DateOnly End = new(2099, 1, 1);

    public static readonly NamedDocument[] All =
    [
        new("Luật Thực hiện dân chủ ở cơ sở năm 2022", "Luật", "10/2022/QH15", new(2022, 11, 11), End),
        new("Luật Thực hiện dân chủ ở cơ sở", "Luật", "10/2022/QH15", new(2022, 11, 11), End),
        new("Luật Tiếp công dân", "Luật", "42/2013/QH13", new(2013, 11, 26), End),
        new("Luật Tiếp công dân năm 2013", "Luật", "42/2013/QH13", new(2013, 11, 26), End),
        new("Luật Cán bộ, công chức", "Luật", "22/2008/QH12", new(2008, 11, 14), End),
        new("Luật Viên chức", "Luật", "58/2010/QH12", new(2010, 11, 16), End),
        new("Luật Phòng, chống tham nhũng năm 2018", "Luật", "36/2018/QH14", new(2018, 11, 21), End),
        new("Luật Tổ chức chính quyền địa phương năm 2015", "Luật", "77/2015/QH13", new(2015, 6, 20), new(2025, 6, 15)),
        new("Luật Khiếu nại", "Luật", "02/2011/QH13", new(2011, 11, 12), End),
        new("Luật Tố cáo năm 2018", "Luật", "25/2018/QH14", new(2018, 6, 13), End),
        new("Luật Hòa giải ở cơ sở", "Luật", "35/2013/QH13", new(2013, 6, 21), End),
        new("Luật Phổ biến, giáo dục pháp luật", "Luật", "14/2012/QH13", new(2012, 6, 21), End),
        new("Luật Tiếp cận thông tin", "Luật", "104/2016/QH13", new(2016, 4, 7), End),
        new("Luật Thi đua, khen thưởng năm 2022", "Luật", "06/2022/QH15", new(2022, 6, 16), End),
        new("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng", "Nghị quyết", null, new(2016, 1, 29), new(2021, 1, 31)),
        new("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết", null, new(2021, 2, 2), End),
        new("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020", "Nghị quyết", null, new(2015, 11, 1), new(2020, 10, 15)),
        new("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025", "Nghị quyết", null, new(2020, 10, 20), new(2025, 9, 30)),
    ];
}
