using DanVan.Text;

namespace DanVan.Citations;

/// <summary>How a reference names the document it cites.</summary>
public enum CitationForm
{
    /// <summary>With its symbol: "Chỉ thị số 16/CT-TTg ngày 16/5/2016".</summary>
    Full,

    /// <summary>By type and number only, after a full mention: "Pháp lệnh số 34 của Ủy ban Thường vụ Quốc hội".</summary>
    ShortForm,

    /// <summary>By name: "Luật Thực hiện dân chủ ở cơ sở năm 2022", "Nghị quyết Đại hội XIII".</summary>
    Named,
}

/// <summary>
/// One reference a plan makes to another document, e.g. "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ
/// tướng Chính phủ về tăng cường…": type Chỉ thị, symbol 16/CT-TTg, date 2016-05-16, issuer Thủ tướng
/// Chính phủ. <see cref="Span"/> covers the type word through the symbol in the original text.
/// </summary>
/// <param name="Type">Base name of the type ("Chỉ thị", "Quy định", "Chương trình").</param>
/// <param name="Symbol">The symbol as written (spaces removed, codes in canonical case); null for short and named forms.</param>
/// <param name="Date">The date given with this mention (or shared by a coordinated one), if any.</param>
/// <param name="Issuer">Who issued it, as the text says ("của Thủ tướng Chính phủ").</param>
/// <param name="Subject">What it is about ("về tăng cường…"), as the text says.</param>
/// <param name="Span">Original character offsets [start, end) of the reference phrase.</param>
/// <param name="Text">The original text of the span.</param>
/// <param name="Form">Full, short form or named.</param>
/// <param name="TypeWord">The type word as written before the symbol, null when the symbol stands alone.</param>
/// <param name="ShortFormOf">For a short form: the symbol of its full mention in the same document.</param>
/// <param name="ResolvedSymbol">The official symbol this reference points to, when known ("10/2022/QH15" for the named law).</param>
/// <param name="Parsed">The symbol's structure (scheme, number, year, codes) for a full citation.</param>
/// <param name="SymbolSpan">Original offsets of the symbol alone as it was typed ("290- QĐ/TW"), for a full citation.</param>
public sealed record Citation(
    string Type,
    string? Symbol,
    DateOnly? Date,
    string? Issuer,
    string? Subject,
    TextSpan Span,
    string Text,
    CitationForm Form,
    string? TypeWord = null,
    string? ShortFormOf = null,
    string? ResolvedSymbol = null,
    DocumentSymbol? Parsed = null,
    TextSpan? SymbolSpan = null);

/// <summary>The words for <see cref="CitationForm"/> in every JSON and store: "full", "short", "named".</summary>
public static class CitationForms
{
    /// <summary>"full", "short" or "named".</summary>
    public static string Name(CitationForm form) => form switch
    {
        CitationForm.Full => "full",
        CitationForm.ShortForm => "short",
        _ => "named",
    };
}

/// <summary>
/// What a plan says about itself: "Số: 614 /KH-UBND", "Gia Lai, ngày 24 tháng 3 năm 2020", "KẾ HOẠCH
/// “Năm dân vận khéo” 2020", the agency in the header and the signer under the signature.
/// </summary>
/// <param name="Symbol">Its own symbol; null when the header has none or no number ("Số: /KH-STTTT-VP").</param>
/// <param name="SymbolPattern">The symbol as written when it lacks a number ("/KH-STTTT-VP").</param>
/// <param name="Type">Its type ("Kế hoạch").</param>
/// <param name="Title">Its title, as written.</param>
/// <param name="Date">Its date, from the place-and-date line or a news page's date line.</param>
/// <param name="DateLowerBound">When <paramref name="Date"/> is unknown: the latest date it cites, a lower bound of its own.</param>
/// <param name="Place">The place of the place-and-date line ("Gia Lai", "Giá Rai").</param>
/// <param name="Province">The province it belongs to, by its name at the time ("Trà Vinh").</param>
/// <param name="Agency">The issuing agency ("Ủy ban nhân dân tỉnh Thanh Hóa", "Sở Nội vụ").</param>
/// <param name="Signer">Who signed it ("Đoàn Dụng").</param>
/// <param name="SignerTitle">The signer's position as written above the name ("Giám đốc").</param>
public sealed record DocumentInfo(
    string? Symbol,
    string? SymbolPattern,
    string? Type,
    string? Title,
    DateOnly? Date,
    DateOnly? DateLowerBound,
    string? Place,
    string? Province,
    string? Agency,
    string? Signer,
    string? SignerTitle);

/// <summary>Everything extracted from one plan: what it is and what it cites, in text order.</summary>
public sealed record ExtractionResult(DocumentInfo Document, IReadOnlyList<Citation> Citations);
