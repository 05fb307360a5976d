namespace DanVan.Citations;

/// <summary>A version of a named document: the symbol and the date it was passed.</summary>
internal sealed record NamedVersion(string Symbol, DateOnly Passed);

/// <summary>
/// A document plans cite by name: "Luật Tiếp công dân" is 42/2013/QH13. Versions in date order;
/// amendments are the laws "sửa đổi, bổ sung một số điều của" it.
/// </summary>
internal sealed record KnownName(string Type, string Folded, NamedVersion[] Versions, NamedVersion[] Amendments);

/// <summary>
/// Documents plans cite by name, with their symbols: laws, codes and ordinances. From the laws
/// themselves (general knowledge, not ../shared/registry); dates are the days the Quốc hội passed them.
/// </summary>
internal static class KnownNames
{
    private static NamedVersion V(string symbol, int year, int month, int day) => new(symbol, new DateOnly(year, month, day));

    public static readonly KnownName[] Laws =
    [
        Law("thuc hien dan chu o co so", [V("10/2022/QH15", 2022, 11, 10)]),
        Law("tiep cong dan", [V("42/2013/QH13", 2013, 11, 25)]),
        Law("to chuc chinh quyen dia phuong", [V("77/2015/QH13", 2015, 6, 19), V("72/2025/QH15", 2025, 6, 16)], [V("47/2019/QH14", 2019, 11, 22)]),
        Law("to chuc chinh phu", [V("76/2015/QH13", 2015, 6, 19), V("63/2025/QH15", 2025, 2, 18)], [V("47/2019/QH14", 2019, 11, 22)]),
        Law("ban hanh van ban quy pham phap luat", [V("17/2008/QH12", 2008, 6, 3), V("80/2015/QH13", 2015, 6, 22), V("64/2025/QH15", 2025, 2, 19)], [V("63/2020/QH14", 2020, 6, 18)]),
        Law("thi dua, khen thuong", [V("15/2003/QH11", 2003, 11, 26), V("06/2022/QH15", 2022, 6, 15)], [V("47/2005/QH11", 2005, 6, 14), V("39/2013/QH13", 2013, 11, 16)]),
        Law("ho tich", [V("60/2014/QH13", 2014, 11, 20)]),
        Law("to chuc hoi dong nhan dan va uy ban nhan dan", [V("11/2003/QH11", 2003, 11, 26)]),
        Law("to chuc hdnd va ubnd", [V("11/2003/QH11", 2003, 11, 26)]),
        Law("khieu nai", [V("02/2011/QH13", 2011, 11, 11)]),
        Law("to cao", [V("03/2011/QH13", 2011, 11, 11), V("25/2018/QH14", 2018, 6, 12)]),
        Law("phong, chong tham nhung", [V("55/2005/QH11", 2005, 11, 29), V("36/2018/QH14", 2018, 11, 20)]),
        Law("can bo, cong chuc", [V("22/2008/QH12", 2008, 11, 13)], [V("52/2019/QH14", 2019, 11, 25)]),
        Law("vien chuc", [V("58/2010/QH12", 2010, 11, 15)], [V("52/2019/QH14", 2019, 11, 25)]),
        Law("dat dai", [V("45/2013/QH13", 2013, 11, 29), V("31/2024/QH15", 2024, 1, 18)]),
        Law("tin nguong, ton giao", [V("02/2016/QH14", 2016, 11, 18)]),
        Law("an ninh mang", [V("24/2018/QH14", 2018, 6, 12)]),
        Law("tiep can thong tin", [V("104/2016/QH13", 2016, 4, 6)]),
        Law("mat tran to quoc viet nam", [V("75/2015/QH13", 2015, 6, 9)]),
        Law("hoa giai o co so", [V("35/2013/QH13", 2013, 6, 20)]),
        Law("pho bien, giao duc phap luat", [V("14/2012/QH13", 2012, 6, 20)]),
        Law("thuc hanh tiet kiem, chong lang phi", [V("44/2013/QH13", 2013, 11, 26)]),
        Law("bao chi", [V("103/2016/QH13", 2016, 4, 5)]),
        Law("xu ly vi pham hanh chinh", [V("15/2012/QH13", 2012, 6, 20)]),
        Law("ngan sach nha nuoc", [V("83/2015/QH13", 2015, 6, 25)]),
        Law("dau tu cong", [V("39/2019/QH14", 2019, 6, 13)]),
        Law("bao ve moi truong", [V("72/2020/QH14", 2020, 11, 17)]),
        Law("doanh nghiep", [V("59/2020/QH14", 2020, 6, 17)]),
        Law("cu tru", [V("68/2020/QH14", 2020, 11, 13)]),
        Law("thanh tra", [V("56/2010/QH12", 2010, 11, 15), V("11/2022/QH15", 2022, 11, 14)]),
        Law("giao dich dien tu", [V("51/2005/QH11", 2005, 11, 29), V("20/2023/QH15", 2023, 6, 22)]),
        Law("can cuoc", [V("26/2023/QH15", 2023, 11, 27)]),
        Law("phong, chong bao luc gia dinh", [V("02/2007/QH12", 2007, 11, 21), V("13/2022/QH15", 2022, 11, 14)]),
        Law("hon nhan va gia dinh", [V("52/2014/QH13", 2014, 6, 19)]),
        Law("giao duc", [V("43/2019/QH14", 2019, 6, 14)]),
        Law("tre em", [V("102/2016/QH13", 2016, 4, 5)]),
        Law("nguoi cao tuoi", [V("39/2009/QH12", 2009, 11, 23)]),
        Law("nguoi khuyet tat", [V("51/2010/QH12", 2010, 6, 17)]),
        Law("binh dang gioi", [V("73/2006/QH11", 2006, 11, 29)]),
        Law("thanh nien", [V("57/2020/QH14", 2020, 6, 16)]),
        Law("dan quan tu ve", [V("48/2019/QH14", 2019, 11, 22)]),
        Law("quoc phong", [V("22/2018/QH14", 2018, 6, 8)]),
        Law("cong an nhan dan", [V("37/2018/QH14", 2018, 11, 20)]),
        Law("bau cu dai bieu quoc hoi va dai bieu hoi dong nhan dan", [V("85/2015/QH13", 2015, 6, 25)]),
        Law("hoat dong giam sat cua quoc hoi va hoi dong nhan dan", [V("87/2015/QH13", 2015, 11, 20)]),
        Law("trung cau y dan", [V("96/2015/QH13", 2015, 11, 25)]),
        Law("luu tru", [V("01/2011/QH13", 2011, 11, 11), V("33/2024/QH15", 2024, 6, 21)]),
        Law("xay dung", [V("50/2014/QH13", 2014, 6, 18)]),
        Law("quy hoach", [V("21/2017/QH14", 2017, 11, 24)]),
        Law("cong nghe thong tin", [V("67/2006/QH11", 2006, 6, 29)]),
        Law("to chuc quoc hoi", [V("57/2014/QH13", 2014, 11, 20)]),
        Law("hop tac xa", [V("23/2012/QH13", 2012, 11, 20), V("17/2023/QH15", 2023, 6, 20)]),
        Law("giao duc nghe nghiep", [V("74/2014/QH13", 2014, 11, 27)]),
        Law("giao duc dai hoc", [V("08/2012/QH13", 2012, 6, 18)]),
        Law("quy hoach do thi", [V("30/2009/QH12", 2009, 6, 17)]),
        Law("phong, chong thien tai", [V("33/2013/QH13", 2013, 6, 19)], [V("60/2020/QH14", 2020, 6, 17)]),
        Law("de dieu", [V("79/2006/QH11", 2006, 11, 29)], [V("60/2020/QH14", 2020, 6, 17)]),
        Law("giao thong duong bo", [V("23/2008/QH12", 2008, 11, 13)]),
        Law("phong, chong benh truyen nhiem", [V("03/2007/QH12", 2007, 11, 21)]),
        Law("kham benh, chua benh", [V("40/2009/QH12", 2009, 11, 23), V("15/2023/QH15", 2023, 1, 9)]),
        Law("nha o", [V("65/2014/QH13", 2014, 11, 25), V("27/2023/QH15", 2023, 11, 27)]),
        Law("kinh doanh bat dong san", [V("66/2014/QH13", 2014, 11, 25), V("29/2023/QH15", 2023, 11, 28)]),
        Law("dau tu", [V("67/2014/QH13", 2014, 11, 26), V("61/2020/QH14", 2020, 6, 17)]),
        Law("phong, chong tac hai cua thuoc la", [V("09/2012/QH13", 2012, 6, 18)]),
        Law("khoa hoc va cong nghe", [V("29/2013/QH13", 2013, 6, 18)]),
        Law("khoa hoc, cong nghe va doi moi sang tao", [V("93/2025/QH15", 2025, 6, 27)]),
    ];

    public static readonly KnownName[] Others =
    [
        new(DocumentTypes.PhapLenh, "thuc hien dan chu o xa, phuong, thi tran", [V("34/2007/PL-UBTVQH11", 2007, 4, 20)], []),
        new(DocumentTypes.PhapLenh, "dan chu o co so", [V("34/2007/PL-UBTVQH11", 2007, 4, 20)], []),
        new(DocumentTypes.BoLuat, "dan su", [V("91/2015/QH13", 2015, 11, 24)], []),
        new(DocumentTypes.BoLuat, "hinh su", [V("100/2015/QH13", 2015, 11, 27)], []),
        new(DocumentTypes.BoLuat, "lao dong", [V("45/2019/QH14", 2019, 11, 20)], []),
        new(DocumentTypes.BoLuat, "to tung dan su", [V("92/2015/QH13", 2015, 11, 25)], []),
        new(DocumentTypes.BoLuat, "to tung hinh su", [V("101/2015/QH13", 2015, 11, 27)], []),
    ];

    private static KnownName Law(string folded, NamedVersion[] versions, NamedVersion[]? amendments = null) =>
        new(DocumentTypes.Luat, folded, versions, amendments ?? []);

    public static readonly KnownName[] LawsLongestFirst = [.. Laws.OrderByDescending(l => l.Folded.Length)];
}
