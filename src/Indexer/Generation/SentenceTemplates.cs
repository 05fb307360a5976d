namespace DanVan.Generation;

/// <summary>A plan's subject area: the title words, the phrases its body leans on, and the registry documents it tends to cite.</summary>
/// <param name="Title">Subject line after "KẾ HOẠCH", e.g. "Thực hiện công tác dân vận chính quyền năm 2021".</param>
/// <param name="Phrases">Objects of its sentences ("việc giải quyết thủ tục hành chính").</param>
/// <param name="Documents">Symbols of registry documents plans on this subject cite more often.</param>
internal sealed record Theme(string Title, string[] Phrases, string[] Documents);

/// <summary>
/// The sentence templates and slot fillers plan bodies are assembled from: "{Verb} {object} {place},
/// {goal}." becomes "Đẩy mạnh công tác tuyên truyền, phổ biến trên địa bàn tỉnh, tạo sự đồng thuận
/// trong xã hội." Written after the wording of the seeds and the development set, not copied from them.
/// </summary>
internal static class SentenceTemplates
{
    /// <summary>Subject areas, most frequent first (chosen with Zipf-like weights, so queries hit them unevenly).</summary>
    public static readonly Theme[] Themes =
    [
        new("thực hiện công tác dân vận chính quyền năm {year}",
            ["công tác dân vận chính quyền", "tinh thần, thái độ phục vụ Nhân dân", "phong cách \"trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân\"", "mối quan hệ mật thiết giữa chính quyền với Nhân dân"],
            ["16/CT-TTg", "33/CT-TTg", "290-QĐ/TW", "23-QĐ/TW", "25-NQ/TW", "114-KL/TW", "43-KL/TW"]),
        new("triển khai thực hiện Quy chế dân chủ ở cơ sở năm {year}",
            ["Quy chế dân chủ ở cơ sở", "phương châm \"Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng\"", "quyền làm chủ của Nhân dân", "hoạt động của Ban Thanh tra nhân dân"],
            ["30-CT/TW", "65-KL/TW", "120-KL/TW", "34/2007/PL-UBTVQH11", "04/2015/NĐ-CP", "10/2022/QH15", "59/2023/NĐ-CP", "01/2016/TT-BNV"]),
        new("thực hiện phong trào thi đua \"Dân vận khéo\" giai đoạn {year}-{year5}",
            ["phong trào thi đua \"Dân vận khéo\"", "các mô hình, điển hình \"Dân vận khéo\"", "việc nhân rộng các điển hình tiên tiến", "công tác khen thưởng kịp thời"],
            ["25-NQ/TW", "290-QĐ/TW", "23-QĐ/TW", "16/CT-TTg", "33/CT-TTg"]),
        new("cải cách hành chính nhà nước năm {year}",
            ["công tác cải cách hành chính", "việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông", "chỉ số hài lòng của người dân, tổ chức", "kỷ luật, kỷ cương hành chính"],
            ["76/NQ-CP", "23/CT-TTg", "61/2018/NĐ-CP", "107/2021/NĐ-CP", "118/2025/NĐ-CP", "17/NQ-CP"]),
        new("đẩy mạnh chuyển đổi số, xây dựng chính quyền số năm {year}",
            ["việc ứng dụng công nghệ thông tin", "dịch vụ công trực tuyến toàn trình", "hệ thống quản lý văn bản và điều hành", "kỹ năng số cho cán bộ, công chức"],
            ["17/NQ-CP", "76/NQ-CP", "61/2018/NĐ-CP"]),
        new("sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
            ["việc sắp xếp tổ chức bộ máy", "tinh giản biên chế gắn với cơ cấu lại đội ngũ", "chế độ, chính sách đối với người dôi dư", "vị trí việc làm"],
            ["18-NQ/TW", "19-NQ/TW", "10/NQ-CP", "08/NQ-CP", "121-KL/TW", "45/2025/NĐ-CP"]),
        new("công tác dân vận ở vùng đồng bào dân tộc thiểu số năm {year}",
            ["công tác dân vận ở vùng đồng bào dân tộc thiểu số", "vai trò của già làng, trưởng bản, người có uy tín", "chính sách dân tộc", "khối đại đoàn kết toàn dân tộc"],
            ["49-CT/TW", "88/2019/QH14", "25-NQ/TW"]),
        new("tiếp công dân, giải quyết khiếu nại, tố cáo năm {year}",
            ["công tác tiếp công dân", "việc giải quyết khiếu nại, tố cáo", "đối thoại trực tiếp với Nhân dân", "kiến nghị, phản ánh của người dân"],
            ["99-QĐ/TW", "04/2015/NĐ-CP"]),
        new("kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân năm {year}",
            ["việc kiểm điểm, đánh giá, xếp loại chất lượng", "trách nhiệm nêu gương của người đứng đầu", "công tác tự phê bình và phê bình"],
            ["132-QĐ/TW", "124-QĐ/TW"]),
        new("thực hiện Quy định về giám sát và phản biện xã hội của Mặt trận Tổ quốc",
            ["hoạt động giám sát và phản biện xã hội", "việc tham gia góp ý xây dựng Đảng, xây dựng chính quyền", "vai trò của Mặt trận Tổ quốc và các đoàn thể"],
            ["217-QĐ/TW", "218-QĐ/TW", "99-QĐ/TW"]),
    ];

    /// <summary>Sentence openers.</summary>
    public static readonly string[] Verbs =
    [
        "Tăng cường", "Đẩy mạnh", "Tiếp tục nâng cao chất lượng", "Chú trọng", "Triển khai có hiệu quả", "Tổ chức quán triệt", "Kiện toàn",
        "Rà soát, bổ sung", "Đổi mới nội dung, phương thức", "Thực hiện nghiêm", "Nâng cao hiệu quả", "Phát huy", "Quan tâm chỉ đạo",
        "Thường xuyên kiểm tra, đôn đốc", "Tập trung lãnh đạo, chỉ đạo",
    ];

    /// <summary>Objects shared by every subject.</summary>
    public static readonly string[] Objects =
    [
        "công tác tuyên truyền, phổ biến, quán triệt", "trách nhiệm của người đứng đầu cơ quan, đơn vị", "ý thức chấp hành kỷ luật, kỷ cương",
        "vai trò giám sát của Nhân dân", "chất lượng đội ngũ cán bộ, công chức, viên chức", "công tác kiểm tra, giám sát", "việc công khai, minh bạch thông tin",
        "sự phối hợp giữa các cơ quan, đơn vị", "công tác nắm tình hình Nhân dân", "việc tiếp nhận, xử lý phản ánh, kiến nghị", "văn hóa công vụ",
        "công tác thi đua, khen thưởng", "việc sơ kết, tổng kết, rút kinh nghiệm",
    ];

    /// <summary>Where.</summary>
    public static readonly string[] Places =
    [
        "trên địa bàn tỉnh", "tại cơ quan, đơn vị", "ở cơ sở", "tại Bộ phận Một cửa các cấp", "trong toàn ngành", "ở vùng sâu, vùng xa",
        "tại các xã, phường, thị trấn", "trong cơ quan hành chính nhà nước",
    ];

    /// <summary>What for.</summary>
    public static readonly string[] Goals =
    [
        "tạo sự đồng thuận trong xã hội", "góp phần hoàn thành thắng lợi nhiệm vụ phát triển kinh tế - xã hội", "củng cố niềm tin của Nhân dân đối với Đảng và chính quyền",
        "nâng cao mức độ hài lòng của người dân, doanh nghiệp", "kịp thời giải quyết những vướng mắc, bức xúc chính đáng của Nhân dân",
        "không để xảy ra điểm nóng, phức tạp", "xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại", "phát huy sức mạnh khối đại đoàn kết toàn dân tộc",
        "bảo đảm quốc phòng, an ninh và trật tự an toàn xã hội",
    ];

    /// <summary>Who.</summary>
    public static readonly string[] Groups =
    [
        "cán bộ, công chức, viên chức và người lao động", "đoàn viên, hội viên", "Nhân dân", "người dân và doanh nghiệp", "đồng bào dân tộc thiểu số",
        "cán bộ, đảng viên", "lực lượng vũ trang", "thanh niên, học sinh, sinh viên", "người có uy tín trong cộng đồng",
    ];

    /// <summary>When.</summary>
    public static readonly string[] Times =
    [
        "trong năm {year}", "trong quý I năm {year}", "trước ngày 15/12/{year}", "định kỳ 6 tháng, hằng năm", "thường xuyên", "trong tháng {month}/{year}",
        "trước ngày 30/6/{year}", "trong suốt quá trình thực hiện", "hằng quý",
    ];

    /// <summary>Body sentences ("{cite}" marks where a citation may stand).</summary>
    public static readonly string[] Sentences =
    [
        "{Verb} {object} {place}, {goal}.",
        "{Verb} {theme} gắn với {object}; {goal}.",
        "Nâng cao nhận thức, trách nhiệm của {group} về {theme}.",
        "Việc triển khai phải bảo đảm thiết thực, hiệu quả, tránh hình thức; gắn {theme} với {object}.",
        "{Verb} {theme} {place} {time}, {goal}.",
        "Các cơ quan, đơn vị chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian và kết quả thực hiện {time}.",
        "Tổ chức hội nghị quán triệt {cite} đến {group} {time}.",
        "Tiếp tục thực hiện nghiêm {cite}; {verb} {object}.",
        "Gắn việc thực hiện {cite} với {theme} {place}.",
        "Kịp thời phát hiện, biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong {theme}.",
        "{Verb} {object}, nhất là {phrase} {place}.",
        "Phát huy vai trò của {group} trong {phrase}, {goal}.",
        "Đánh giá đúng thực trạng {phrase}, chỉ rõ ưu điểm, hạn chế, nguyên nhân và bài học kinh nghiệm.",
        "Lồng ghép nội dung {phrase} vào sinh hoạt chi bộ, sinh hoạt cơ quan {time}.",
        "Xây dựng và nhân rộng mô hình \"{phrase}\" {place}.",
        "Bảo đảm {object} theo đúng quy định tại {cite}.",
        "Căn cứ {cite}, {verb} {phrase} {place}.",
        "Tiếp tục quán triệt, triển khai {cite} và {cite} đến {group}.",
        "Sơ kết, đánh giá kết quả thực hiện {cite} {time}.",
    ];

    /// <summary>Opening clauses of the preamble, before the list of documents implemented.</summary>
    public static readonly string[] Preambles = ["Thực hiện", "Căn cứ", "Triển khai", "Thực hiện"];

    /// <summary>The agency's own lines in the last section.</summary>
    public static readonly string[] Duties =
    [
        "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện {theme}; theo dõi, đôn đốc, tổng hợp kết quả, báo cáo {recipient} {time}.",
        "Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch triển khai thực hiện {time}.",
        "Tham mưu tổ chức sơ kết, tổng kết việc thực hiện {theme}; đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
        "Đẩy mạnh thông tin, tuyên truyền về {phrase} trên các phương tiện thông tin đại chúng, Cổng Thông tin điện tử.",
        "Phối hợp kiểm tra, giám sát việc thực hiện {object} {place}.",
        "Hướng dẫn, kiểm tra việc thực hiện {phrase}; kịp thời tháo gỡ khó khăn, vướng mắc.",
        "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật về ngân sách nhà nước.",
    ];

    /// <summary>Funding sentences.</summary>
    public static readonly string[] Funding =
    [
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên năm {year} của các cơ quan, đơn vị theo phân cấp hiện hành.",
        "Các cơ quan, đơn vị lồng ghép kinh phí trong các chương trình, đề án, dự án đã được phê duyệt; huy động các nguồn xã hội hóa hợp pháp khác.",
        "Việc quản lý, sử dụng và thanh quyết toán kinh phí thực hiện theo quy định hiện hành.",
    ];

    /// <summary>Closing paragraphs.</summary>
    public static readonly string[] Closings =
    [
        "Trên đây là Kế hoạch {theme} của {agency}. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {recipient} để tổng hợp, xem xét, giải quyết./.",
        "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Kế hoạch này; định kỳ báo cáo kết quả về {recipient} {time}./.",
        "Căn cứ Kế hoạch này, các cơ quan, đơn vị triển khai thực hiện và báo cáo kết quả về {recipient} trước ngày 10/12/{year} để tổng hợp./.",
    ];
}
