using System.Text;
using DanVan.Citations;
using static DanVan.Citations.DocumentTypes;

namespace DanVan.Tests.Citations;

public class CitationExtractorTests
{
    /// <summary>One row per real phrasing; the comment says where it comes from.</summary>
    public static TheoryData<string, Cite[]> Phrasings => new()
    {
        // the canonical form: seed 000
        { "Thực hiện c hiệu qu nội dung Chỉ thị số 16/CT-TTg  ngày 16/5/2016 \n\ncủa Thủ tướng Chính phủ về tăng cường", [Cite.Of(ChiThi, "16/CT-TTg", 2016, 5, 16)] },
        // Party coordination shares the date: seed 003
        { "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.", [Cite.Of(QuyetDinh, "217-QĐ/TW", 2013, 12, 12), Cite.Of(QuyetDinh, "218-QĐ/TW", 2013, 12, 12)] },
        // coordination with the second symbol bare: seed 002
        { "theo Nghị quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành Trung ương", [Cite.Of(NghiQuyet, "18-NQ/TW"), Cite.Of(NghiQuyet, "19-NQ/TW")] },
        // coordination across a comma, each with "số": seed 002
        { "Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII), Kế hoạch số 71-KH/TU, Kế hoạch số 72-KH/TU ngày 08/01/2018 của Tỉnh ủy",
            [Cite.Of(NghiQuyet, "18-NQ/TW", 2017, 10, 25), Cite.Of(NghiQuyet, "19-NQ/TW", 2017, 10, 25), Cite.Of(KeHoach, "71-KH/TU", 2018, 1, 8), Cite.Of(KeHoach, "72-KH/TU", 2018, 1, 8)] },
        // three coordinated items (written for the test)
        { "các Thông tư số 01/2020/TT-BNV, 02/2020/TT-BNV và 03/2020/TT-BNV ngày 05/3/2020 của Bộ Nội vụ",
            [Cite.Of(ThongTu, "01/2020/TT-BNV", 2020, 3, 5), Cite.Of(ThongTu, "02/2020/TT-BNV", 2020, 3, 5), Cite.Of(ThongTu, "03/2020/TT-BNV", 2020, 3, 5)] },
        // different types in a list do not share a date (written for the test)
        { "Nghị định số 30/2020/NĐ-CP, Quyết định số 12/QĐ-UBND ngày 02/3/2021", [Cite.Of(NghiDinh, "30/2020/NĐ-CP"), Cite.Of(QuyetDinh, "12/QĐ-UBND", 2021, 3, 2)] },
        // no "số": seed 003
        { "Tổng kết Quyết định 290-QĐ/TW, Kết luận 114-KL/TW:", [Cite.Of(QuyetDinh, "290-QĐ/TW"), Cite.Of(KetLuan, "114-KL/TW")] },
        // joint Party issuers: seeds 000, 002, 003
        { "Chương trình phối hợp số 348-CTr/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy và Ủy ban nhân dân tỉnh Gia Lai", [Cite.Of(ChuongTrinh, "348-CTr/BDVTU-UBND")] },
        { "Chương trình phối hợp số 161-CTr/BCSĐUBND-BDVTU ngày 28/12/2016 giữa Ban cán sự đảng", [Cite.Of(ChuongTrinh, "161-CTr/BCSĐUBND-BDVTU", 2016, 12, 28)] },
        { "Kế hoạch số 01-KH/BDVTU-BCSĐUBND ngày 14/02/2020 của Ban Dân vận Tỉnh ủy", [Cite.Of(KeHoach, "01-KH/BDVTU-BCSĐUBND", 2020, 2, 14)] },
        // Quy chế phối hợp → Quy chế: seed 002
        { "Quy chế phối hợp số 01-QCPH/UBND-BDVTU ngày 29/5/2015 giữa Ban Dân vận", [Cite.Of(QuyChe, "01-QCPH/UBND-BDVTU", 2015, 5, 29)] },
        // Chương trình hành động in an upper-case title: devset 23
        { "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 17-CTR/TU NGÀY 26/9/2013 CỦA TỈNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ 25-NQ/TW NGÀY 03/6/2013",
            [Cite.Of(ChuongTrinh, "17-CTr/TU", 2013, 9, 26), Cite.Of(NghiQuyet, "25-NQ/TW", 2013, 6, 3)] },
        // Thông tri (Party TTr): seed 003; Tờ trình (state TTr): devset 02
        { "Thông tri số 01-TTr/TU ngày 14/12/2015 của Tỉnh ủy", [Cite.Of(ThongTri, "01-TTr/TU", 2015, 12, 14)] },
        { "tại Tờ trình số 1818/TTr-VP ngày 21 tháng 8 năm 2025", [Cite.Of(ToTrinh, "1818/TTr-VP", 2025, 8, 21)] },
        // Quy định vs Quyết định, both "QĐ": seed 004
        { "Quyết định số 99-QĐ/TW, ngày 03 tháng 10 năm 2017 và Quy định số 124-QĐ/TW, ngày \n02 tháng 02 năm 2018 của Ban Bí thư",
            [Cite.Of(QuyetDinh, "99-QĐ/TW", 2017, 10, 3), Cite.Of(QuyDinh, "124-QĐ/TW", 2018, 2, 2)] },
        // công văn: no type code (seed 004), Party CV (seed 004), "Văn bản số" (devset 02), Thủ tướng's (devset 25)
        { "Công văn số \n575/UBND-NC ngày 29/02/2024 của UBND tỉnh", [Cite.Of(CongVan, "575/UBND-NC", 2024, 2, 29)] },
        { "Công văn số 392-CV/TU, ngày 31/12/2021 của Ban Thường vụ Tỉnh ủy", [Cite.Of(CongVan, "392-CV/TU", 2021, 12, 31)] },
        { "Giám đốc Sở Nội vụ tại Văn bản số 4836/SNV-TCBC ngày 04 tháng 9 năm 2025;", [Cite.Of(CongVan, "4836/SNV-TCBC", 2025, 9, 4)] },
        { "Căn cứ Công văn số 42/TTg-TH, ngày 07/1/2010 của Thủ tướng", [Cite.Of(CongVan, "42/TTg-TH", 2010, 1, 7)] },
        // Quốc hội symbols: seed 003 (a Nghị quyết), a Luật (written for the test), UBTVQH (devset 11)
        { "Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội", [Cite.Of(NghiQuyet, "88/2019/QH14", 2019, 11, 18)] },
        { "Luật số 10/2022/QH15 ngày 10/11/2022", [Cite.Of(Luat, "10/2022/QH15", 2022, 11, 10)] },
        { "Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội", [Cite.Of(NghiQuyet, "35/2023/UBTVQH15", 2023, 7, 12)] },
        // Pháp lệnh, variant suffix as written: seeds 001 and 002
        { "Pháp  lệnh  số 34/2007/PL-UBTVQH  ngày 06/4/2007", [Cite.Of(PhapLenh, "34/2007/PL-UBTVQH", 2007, 4, 6)] },
        { "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội (khóa XI)", [Cite.Of(PhapLenh, "34/2007/PL-UBTVQH11", 2007, 4, 20)] },
        // Nghị quyết liên tịch keeps its compound name: devset 30
        { "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008", [Cite.Of(NghiQuyetLienTich, "09/2008/NQLT-CP-UBTWMTTQVN", 2008, 4, 17)] },
        // long date form, line breaks inside: seed 004, devset 14
        { "Kế hoạch số 100-KH/BDVTU ngày 16 tháng 01 năm 2024 của Ban", [Cite.Of(KeHoach, "100-KH/BDVTU", 2024, 1, 16)] },
        { "Thông tư số 01/2018/TT-VPCP ngày\n23/11/2018 của Văn phòng Chính phủ", [Cite.Of(ThongTu, "01/2018/TT-VPCP", 2018, 11, 23)] },
        { "Quyết định số 18/2020/QĐ-UBND ngày 01\ntháng 6 năm 2020", [Cite.Of(QuyetDinh, "18/2020/QĐ-UBND", 2020, 6, 1)] },
        // a comma and a line break before the date: seed 004
        { "Chỉ thị số 33/CT-TTg, ngày \n\n26/11/2021 của Thủ tướng", [Cite.Of(ChiThi, "33/CT-TTg", 2021, 11, 26)] },
        // dash dates: devset 08, 22
        { "Chỉ thị số 02/CT-UBND ngày 12-1-2022 về việc", [Cite.Of(ChiThi, "02/CT-UBND", 2022, 1, 12)] },
        // dotted date (written for the test)
        { "Quyết định số 1234/QĐ-UBND ngày 05.6.2019 của UBND tỉnh Nghệ An", [Cite.Of(QuyetDinh, "1234/QĐ-UBND", 2019, 6, 5)] },
        // the date before the reference: devset 18, 10, 28
        { "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về tổ chức", [Cite.Of(KeHoach, "62-KH/BDVTU", 2018, 9, 12)] },
        { "Ngày 28 tháng 11 năm 2023, Bộ Chính trị ban hành Kế hoạch số 21-KH/TW về thực hiện", [Cite.Of(KeHoach, "21-KH/TW", 2023, 11, 28)] },
        { "Với vị trí đó, ngày 18-2-1998, Bộ Chính trị đã ra Chỉ thị số 30-CT/TW về xây dựng", [Cite.Of(ChiThi, "30-CT/TW", 1998, 2, 18)] },
        // a month alone is no date: devset 28
        { "tháng 4-2007, Ủy ban Thường vụ Quốc hội đã ban hành Pháp lệnh số 34/2007/PL-UBTVQH11 thực hiện", [Cite.Of(PhapLenh, "34/2007/PL-UBTVQH11")] },
        // a date that belongs to a later document in the sentence is not shared backwards (seed 002)
        { "Kết luận số 65-KL/TW ngày 04/3/2010 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 30-CT/TW của Bộ chính trị;", [Cite.Of(KetLuan, "65-KL/TW", 2010, 3, 4), Cite.Of(ChiThi, "30-CT/TW")] },
        // broken symbols: seeds 000, 003, 004; devset 27, 30
        { "Chỉ thị số 13/CT-\n\nUBND ngày 18/7/2017", [Cite.Of(ChiThi, "13/CT-UBND", 2017, 7, 18)] },
        { "Quyết định số 290- QĐ/TW ngày 25/02/2010", [Cite.Of(QuyetDinh, "290-QĐ/TW", 2010, 2, 25)] },
        { "Kế hoạch số 26-\n\nKH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo", [Cite.Of(KeHoach, "26-KH/BCĐ", 2024, 1, 31)] },
        { "Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư", [Cite.Of(KetLuan, "100-KL/TW", 2014, 8, 18)] },
        { "Thông tư số 04/2012/TT- BNV ngày 31 tháng 8 năm 2012", [Cite.Of(ThongTu, "04/2012/TT-BNV", 2012, 8, 31)] },
        { "Quyết định số 290-QĐ / TW", [Cite.Of(QuyetDinh, "290-QĐ/TW")] },
        // hyphens lost in PDF text: devset 17
        { "Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ", [Cite.Of(NghiDinh, "61/2018/NĐ-CP", 2018, 4, 23)] },
        { "Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011", [Cite.Of(NghiQuyet, "30c/NQ-CP", 2011, 11, 8)] },
        // code case restored: devset 24 "101/QĐ-TTG"
        { "Quyết định số 101/QĐ-TTG ngày 23/01/2017", [Cite.Of(QuyetDinh, "101/QĐ-TTg", 2017, 1, 23)] },
        // OCR look-alikes (written for the test)
        { "Nghị định số O4 /2015/ND-CP ngày 09/01/2015", [Cite.Of(NghiDinh, "04/2015/NĐ-CP", 2015, 1, 9)] },
        // en dash, Ð (U+00D0), no-break space (written for the test)
        { "Quyết định số 290–QÐ/TW ngày 25/02/2010", [Cite.Of(QuyetDinh, "290-QĐ/TW", 2010, 2, 25)] },
        { "Chỉ thị số\u00A016/CT-TTg\u00A0ngày\u00A016/5/2016", [Cite.Of(ChiThi, "16/CT-TTg", 2016, 5, 16)] },
        // upper case and lower case type words: devset 23, 18
        { "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 25-NQ/TW NGÀY 03/6/2013 CỦA BAN CHẤP HÀNH", [Cite.Of(NghiQuyet, "25-NQ/TW", 2013, 6, 3)] },
        { "Thực hiện nghị quyết số 110-NQ/TU ngày 11/7/2016 của Ban Chấp hành", [Cite.Of(NghiQuyet, "110-NQ/TU", 2016, 7, 11)] },
        // type word abbreviated before "số": devset 18
        { "(KH số 62-KH/BDVTU - Tải về)", [Cite.Of(KeHoach, "62-KH/BDVTU")] },
        // scrambled diacritics: devset 12
        { "nêủ tạí Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành", [Cite.Of(KetLuan, "121-KL/TW", 2025, 1, 24)] },
        // typed without accents (written for the test)
        { "Thuc hien Chi thi so 16/CT-TTg ngay 16/5/2016 cua Thu tuong", [Cite.Of(ChiThi, "16/CT-TTg", 2016, 5, 16)] },
        // every other type word (written for the test)
        { "Hướng dẫn số 36-HD/VPTW ngày 20/3/2020", [Cite.Of(HuongDan, "36-HD/VPTW", 2020, 3, 20)] },
        { "Thông tư liên tịch số 03/2016/TTLT-BNV-BTC", [Cite.Of(ThongTuLienTich, "03/2016/TTLT-BNV-BTC")] },
        { "Công điện số 05/CĐ-TTg ngày 01/02/2021", [Cite.Of(CongDien, "05/CĐ-TTg", 2021, 2, 1)] },
        { "Đề án số 05-ĐA/TU ngày 21/6/2018 của Ban Thường vụ", [Cite.Of(DeAn, "05-ĐA/TU", 2018, 6, 21)] },
        { "Phương án số 316/PA-UBND ngày 19/01/2024", [Cite.Of(PhuongAn, "316/PA-UBND", 2024, 1, 19)] },
        { "Báo cáo số 12/BC-UBND ngày 10/01/2022", [Cite.Of(BaoCao, "12/BC-UBND", 2022, 1, 10)] },
        { "Thông báo 08-TB/VPTU ngày 14/12/2020 của Văn phòng Tỉnh ủy", [Cite.Of(ThongBao, "08-TB/VPTU", 2020, 12, 14)] },
        { "Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh", [Cite.Of(NghiQuyet, "15/2021/NQ-HĐND", 2021, 12, 10)] },
        { "theo Kế hoạch số 123/KH-UBND, ngày 10 tháng 3 năm 2022 của UBND tỉnh", [Cite.Of(KeHoach, "123/KH-UBND", 2022, 3, 10)] },
        // a type word split from "số" by a line break (seed 004 "Kế \n\nhoạch số 859/KH-UBND")
        { "Kế \n\nhoạch số 859/KH-UBND ngày 25 tháng 03 năm 2024", [Cite.Of(KeHoach, "859/KH-UBND", 2024, 3, 25)] },
        // malformed as published: devset 26
        { "Chỉ thị số 30/CT-TƯ của Ban Bí thư; Nghị định số 71/CP/1998/NĐ của Chính phủ", [Cite.Of(ChiThi, "30/CT-TƯ"), Cite.Of(NghiDinh, "71/CP/1998/NĐ")] },
        // in a pipe table (devset 15)
        { "| Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |\nThực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022", [Cite.Of(ThongTu, "10/2022/TT-BLĐTBXH", 2022, 5, 31)] },
        // the plan's own number is never a citation, here or repeated in the body (written for the test)
        { "Số: 45/KH-UBND\n\nNghệ An, ngày 01 tháng 3 năm 2022\n\nKẾ HOẠCH\n\nThực hiện Chỉ thị số 16/CT-TTg; Kế hoạch số 45/KH-UBND này", [Cite.Of(ChiThi, "16/CT-TTg")] },
        // a complete symbol does not swallow " - NEXT WORD" (review cases 141-143)
        { "Quyết định số 1234/QĐ-UBND - UBND tỉnh phê duyệt", [Cite.Of(QuyetDinh, "1234/QĐ-UBND")] },
        { "Chỉ thị số 05-CT/TW - CHỈ THỊ về công tác", [Cite.Of(ChiThi, "05-CT/TW")] },
        { "NGHỊ QUYẾT SỐ 18-NQ/TW - NGHỊ QUYẾT SỐ 19-NQ/TW - ĐỔI MỚI", [Cite.Of(NghiQuyet, "18-NQ/TW"), Cite.Of(NghiQuyet, "19-NQ/TW")] },
        // an incomplete one does join across spaces (review cases 40, 82)
        { "Quyết định số 1234 /QĐ - UBND ngày 05/6/2019", [Cite.Of(QuyetDinh, "1234/QĐ-UBND", 2019, 6, 5)] },
        { "Nghị định số 04 / 2015 / NĐ - CP ngày 09/01/2015", [Cite.Of(NghiDinh, "04/2015/NĐ-CP", 2015, 1, 9)] },
        // codes with abbreviated initials in lower case (review cases 34, 94)
        { "Công văn số 1520/SGDĐT-GDTrH ngày 20/8/2023 của Sở", [Cite.Of(CongVan, "1520/SGDĐT-GDTrH", 2023, 8, 20)] },
        { "Chương trình phối hợp số 90/CTrPH-BDVTU-UBMTTQ ngày 01/4/2022", [Cite.Of(ChuongTrinh, "90/CTrPH-BDVTU-UBMTTQ", 2022, 4, 1)] },
        // "và số" coordinates (review case 106)
        { "Nghị quyết số 18-NQ/TW và số 19-NQ/TW ngày 25/10/2017", [Cite.Of(NghiQuyet, "18-NQ/TW", 2017, 10, 25), Cite.Of(NghiQuyet, "19-NQ/TW", 2017, 10, 25)] },
        // old symbols without a slash (review case 105)
        { "Nghị định số 64-CP ngày 27/9/1993 của Chính phủ; Quyết định số 21-TTg ngày 15/01/1994", [Cite.Of(NghiDinh, "64-CP", 1993, 9, 27), Cite.Of(QuyetDinh, "21-TTg", 1994, 1, 15)] },
        // the issuing date before, without an issuer (review case 122)
        { "UBND tỉnh đã có ý kiến; ngày 01/3/2023 ban hành Công văn số 575/UBND-NC về", [Cite.Of(CongVan, "575/UBND-NC", 2023, 3, 1)] },
        // a law or ordinance named before its symbol (review cases 36, 39)
        { "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30 tháng 3 năm 2021;", [Cite.Of(Luat, "73/2021/QH14", 2021, 3, 30)] },
        { "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020", [Cite.Of(PhapLenh, "02/2020/UBTVQH14", 2020, 12, 9)] },
        // an issuer that contains "Tài" is not cut at "tại", so the date after it is still read (review case 124)
        { "Thông tư số 40/2017/TT-BTC của Bộ trưởng Bộ Tài chính ngày 28/4/2017", [Cite.Of(ThongTu, "40/2017/TT-BTC", 2017, 4, 28)] },
        // a Party header has no colon: "Số 15-CT/TU" is the document's own (review case 77)
        { "TỈNH ỦY NGHỆ AN\nSố 15-CT/TU\nVinh, ngày 05 tháng 3 năm 2023\nCHỈ THỊ\nThực hiện Chỉ thị số 05-CT/TW", [Cite.Of(ChiThi, "05-CT/TW")] },
        // a headline about a document that the body cites again is a citation (review case 144)
        { "NGHỊ QUYẾT 57-NQ/TW: ĐỘT PHÁ PHÁT TRIỂN\nquán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", [Cite.Of(NghiQuyet, "57-NQ/TW"), Cite.Of(NghiQuyet, "57-NQ/TW", 2024, 12, 22)] },
        // mathematical bold letters with combining marks crashed the normalizer (review case 140)
        { "𝐓𝐑𝐈𝐄\u0302\u0309𝐍 𝐊𝐇𝐀𝐈\nThực hiện Chỉ thị số 18-CT/TW ngày 10/10/2022", [Cite.Of(ChiThi, "18-CT/TW", 2022, 10, 10)] },
        // the Party's newer code for Quy định (whole-document review, doc 03)
        { "thực hiện Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương", [Cite.Of(QuyDinh, "08-QĐi/TW", 2018, 10, 25)] },
        // a table of documents: the date in the next cell (doc 19)
        { "| 1 | Kế hoạch triển khai | 25/KH-UBND | 15/02/2023 | UBND huyện |", [Cite.Of(KeHoach, "25/KH-UBND", 2023, 2, 15)] },
        // forms, classes, rooms and technical standards are not documents (review cases 25, 128, 129, 110, 83)
        { "mẫu số 01/BC, Phụ lục số 02/PL, 03/PL-KH theo phụ lục, lớp 12/A1, phòng 203/B, Tổ 7/KP2, QCVN 06:2022/BXD, Biểu mẫu số 05/TKTH", [] },
        // not citations: dates, ranges, standards, counts, money, articles (written for the test)
        { "ngày 16/5/2016, giai đoạn 2021-2025, ISO 9001:2015, COVID-19, 1.000.000 đồng, Điều 5 Khoản 2, 3/4 số xã, 24/7", [] },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void ReadsEachPhrasing(string text, Cite[] expected) => Assert.Equal(expected, Cite.Full(text));

    [Fact]
    public void NfdTextGivesTheSameCitations()
    {
        const string text = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ";
        Assert.Equal(Cite.Full(text), Cite.Full(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void SpanRunsFromTheTypeWordThroughTheSymbolInOriginalOffsets()
    {
        const string text = "Thực hiện Chỉ thị số 13/CT-\n\nUBND ngày 18/7/2017 của Ủy ban";
        var citation = Assert.Single(CitationExtractor.Extract(text).Citations);
        Assert.Equal("Chỉ thị số 13/CT-\n\nUBND", citation.Text);
        Assert.Equal(text.IndexOf("Chỉ thị", StringComparison.Ordinal), citation.Span.Start);
        Assert.Equal("Chỉ thị", citation.TypeWord);
    }

    [Fact]
    public void ReadsIssuerAndSubject()
    {
        var citation = Assert.Single(CitationExtractor.Extract(
            "Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư Trung ương Đảng về tăng cường và đổi mới công tác dân vận; Kế hoạch").Citations);
        Assert.Equal("Ban Bí thư Trung ương Đảng", citation.Issuer);
        Assert.Equal("về tăng cường và đổi mới công tác dân vận", citation.Subject);
    }

    public static TheoryData<string, string> Issuers => new()
    {
        // joint issuers with "giữa … và …": seed 000
        { "Chương trình phối hợp số 348-CTr/BDVTU-UBND giữa Ban Dân \n\nvận Tỉnh ủy và Ủy ban nhân dân tỉnh Gia Lai “Về thực hiện", "Ban Dân vận Tỉnh ủy và Ủy ban nhân dân tỉnh Gia Lai" },
        // a parenthesised term ends the issuer: seed 003
        { "Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị (khóa X) về", "Bộ Chính trị" },
        // a hyphenated ministry name
        { "Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn", "Bộ Lao động - Thương binh và Xã hội" },
        // "và" before another reference ends it: seed 002
        { "Nghị quyết số 10/NQ-CP ngày 03/02/2018 của Chính phủ và Kế hoạch số 71-KH/TU", "Chính phủ" },
        // "thực hiện" ends "Ban Dân vận" but belongs to "Ban Chỉ đạo thực hiện quy chế dân chủ": seed 004
        { "Kế hoạch số 100-KH/BDVTU ngày 16 tháng 01 năm 2024 của Ban \n\nDân vận thực hiện công tác", "Ban Dân vận" },
        { "Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo thực hiện quy chế dân chủ và công tác vận động quần chúng tỉnh về thực hiện", "Ban Chỉ đạo thực hiện quy chế dân chủ và công tác vận động quần chúng tỉnh" },
        // names with "Tài", "Giáo", "Đà", "Tổ chức", commas (review case 4)
        { "Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính về", "Bộ Tài chính" },
        { "Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định", "Bộ trưởng Bộ Giáo dục và Đào tạo" },
        { "Quyết định số 1/QĐ-BVHTTDL ngày 01/02/2022 của Bộ Văn hóa, Thể thao và Du lịch về", "Bộ Văn hóa, Thể thao và Du lịch" },
        { "Kế hoạch số 10/KH-UBND ngày 01/02/2022 của UBND thành phố Đà Nẵng về", "UBND thành phố Đà Nẵng" },
        { "Hướng dẫn số 1-HD/BTCTW ngày 01/02/2022 của Ban Tổ chức Trung ương về", "Ban Tổ chức Trung ương" },
        { "Công văn số 5/UBND-VX ngày 01/02/2022 của UBND tỉnh\n\nKính gửi: các sở", "UBND tỉnh" },
        { "Kế hoạch số 24-KH/BDVTU ngày 20/3/2009 của Ban Dân vận Tỉnh ủy và KH số 01-KH/BDVTU", "Ban Dân vận Tỉnh ủy" },
        // the issuer after a quoted subject: seed 000
        { "Chỉ thị số 49-CT/TW ngày 20/10/2015 về \n\n“Tăng cường và đổi mới công tác dân vận” của Ban Bí thư Trung ương Đảng; Kết luận", "Ban Bí thư Trung ương Đảng" },
        // the issuer before: devset 18
        { "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU", "Ban Dân vận Tỉnh ủy" },
    };

    [Theory]
    [MemberData(nameof(Issuers))]
    public void ReadsTheIssuer(string text, string issuer) => Assert.Equal(issuer, CitationExtractor.Extract(text).Citations[0].Issuer);

    [Fact]
    public void ShortFormRefersToItsFullMention()
    {
        // seed 002: "Pháp lệnh số 34 của Ủy ban Thường vụ Quốc hội" after the full mention
        var citations = CitationExtractor.Extract(
            "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội; ... ; Pháp lệnh số 34 của Ủy ban Thường vụ Quốc hội (khóa XI)").Citations;
        Assert.Equal(2, citations.Count);
        var shortForm = citations[1];
        Assert.Equal(CitationForm.ShortForm, shortForm.Form);
        Assert.Null(shortForm.Symbol);
        Assert.Equal("34/2007/PL-UBTVQH11", shortForm.ShortFormOf);
        Assert.Equal("Pháp lệnh số 34", shortForm.Text);
    }

    public static TheoryData<string, string?> ShortForms => new()
    {
        // "Đề án 402" after the Quyết định that issued the Đề án: devset 07
        { "Quyết định số 402-QĐ/TU, ngày 13/2/2017 của Ban Thường vụ Tỉnh ủy về ban hành Đề án “Nâng cao”, ... nội dung của Đề án 402 hằng năm", "402-QĐ/TU" },
        // "Nghị quyết 18" after "Nghị quyết số 18-NQ/TW": devset 12
        { "Nghị quyết số 18-NQ/TW của Ban Chấp hành. Tổng kết Nghị quyết 18.", "18-NQ/TW" },
        // a decree with its date is complete: devset 05
        { "Nghị định số 61 ngày 16/8/2023 của Chính phủ quy định về hương ước", "61/2023/NĐ-CP" },
        // the plan's own partial number with no full mention is not a citation: devset 27
        { "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường", null },
        // a short form naming its issuer takes the full mention by that issuer (review case 102)
        { "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Chỉ thị số 05/CT-UBND ngày 02/3/2021 của Chủ tịch UBND tỉnh; thực hiện Chỉ thị số 05 của Bộ Chính trị", "05-CT/TW" },
        // a year after a type word is not a short form
        { "Chỉ thị số 16/CT-TTg ... Kế hoạch 2021 và Chỉ thị 2016", null },
    };

    [Theory]
    [MemberData(nameof(ShortForms))]
    public void ResolvesShortForms(string text, string? resolved)
    {
        var shortForms = CitationExtractor.Extract(text).Citations.Where(c => c.Form == CitationForm.ShortForm).ToList();
        if (resolved is null)
        {
            Assert.Empty(shortForms);
        }
        else
        {
            Assert.Equal(resolved, Assert.Single(shortForms).ResolvedSymbol);
        }
    }

    /// <summary>The symbol's own span, as typed: what the draft checker compares with the official layout.</summary>
    [Theory]
    // a space after the hyphen: DESIGN.md's noise
    [InlineData("Thực hiện Quyết định số 290- QĐ/TW ngày 25/02/2010", "290- QĐ/TW")]
    // OCR letters, repaired in the symbol, kept in the span
    [InlineData("Nghị định số O4 /2015/ND-CP của Chính phủ", "O4 /2015/ND-CP")]
    // split by a line break: seed 000
    [InlineData("Chỉ thị số 13/CT-\n\nUBND ngày 18/7/2017", "13/CT-\n\nUBND")]
    // a name before the symbol joins the reference, not the symbol
    [InlineData("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15", "10/2022/QH15")]
    public void TheSymbolSpanCoversTheSymbolAsTyped(string text, string typed)
    {
        var span = Assert.Single(CitationExtractor.Extract(text).Citations).SymbolSpan!.Value;
        Assert.Equal(typed, text[span.Start..span.End]);
    }
}
