using DanVan.Checking;

namespace DanVan.Web.Components;

/// <summary>The draft checker page: the form, and after a check the draft with its references marked and their verdicts.</summary>
public sealed record CheckView(string? Text, CheckReport? Report, string? Problem, string? FileName)
{
    /// <summary>The empty form.</summary>
    public static CheckView Empty { get; } = new(null, null, null, null);

    /// <summary>The draft as runs: plain text, or a reference (its number in the report).</summary>
    public IEnumerable<(string Text, int? Reference)> Runs() =>
        Text is null || Report is null ? [] : Labels.Runs(Text, [.. Report.References.Select(r => (r.Start, r.End))]);

    /// <summary>How the draft's text marks a reference: green when ok, red when it cites a document no longer in force, amber for the rest.</summary>
    public static string Css(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Ok => "in-force",
        CheckVerdict.Superseded or CheckVerdict.Repealed => "superseded",
        CheckVerdict.Ambiguous => "ambiguous",
        _ => "attention",
    };

    /// <summary>A verdict's short name.</summary>
    public static string Verdict(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Ok => "Hợp lệ",
        CheckVerdict.Malformed => "Sai quy cách số ký hiệu",
        CheckVerdict.Ambiguous => "Chưa rõ văn bản nào",
        CheckVerdict.Unknown => "Không tìm thấy",
        CheckVerdict.TypeWordDisagrees => "Tên loại không khớp ký hiệu",
        CheckVerdict.IssuerDiffers => "Cơ quan ban hành khác",
        CheckVerdict.DateDiffersFromPlans => "Ngày khác đa số kế hoạch",
        CheckVerdict.DateDiffersFromRegistry => "Ngày khác sổ đăng ký",
        CheckVerdict.Superseded => "Đã bị thay thế",
        _ => "Hết hiệu lực",
    };

    /// <summary>A finding in a sentence, with the right value.</summary>
    public static string Explain(CheckedReference reference, CheckFinding f)
    {
        var sentence = f.Kind switch
        {
            CheckVerdict.Ok when reference.Registry is null => "Không thấy vấn đề; văn bản chưa có trong sổ đăng ký nên hiệu lực chưa được xác minh.",
            CheckVerdict.Ok when reference.Registry.Status is "unknown" => "Không thấy vấn đề; sổ đăng ký chưa ghi hiệu lực của văn bản này.",
            CheckVerdict.Ok => $"Không thấy vấn đề; {Labels.Status(reference.Registry.Status).ToLowerInvariant()} theo sổ đăng ký (độ tin cậy: {Labels.Confidence(reference.Registry.Confidence)}).",
            CheckVerdict.Malformed => $"Số ký hiệu viết chưa đúng quy cách; viết đúng là {f.Expected}.",
            CheckVerdict.Ambiguous => $"Số này ứng với nhiều văn bản: {Keys(reference.Candidates)}. Hãy ghi thêm ngày ban hành.",
            CheckVerdict.Unknown => "Không có trong sổ đăng ký và chưa kế hoạch nào trong kho trích dẫn."
                + (reference.Candidates.Count > 0 ? $" Có văn bản cùng số: {Keys(reference.Candidates)}." : ""),
            CheckVerdict.TypeWordDisagrees => $"Tên loại “{reference.TypeWord}” không khớp mã loại trong ký hiệu; ký hiệu này là của {f.Expected}.",
            CheckVerdict.IssuerDiffers => $"Cơ quan ban hành khác: sổ đăng ký ghi {f.Expected}.",
            CheckVerdict.DateDiffersFromPlans => $"Ngày ban hành khác: {f.Agreeing}/{f.OutOf} kế hoạch trong kho ghi {Labels.Date(f.Expected)}.",
            CheckVerdict.DateDiffersFromRegistry => $"Ngày ban hành khác sổ đăng ký: đúng là {Labels.Date(f.Expected)}.",
            CheckVerdict.Superseded => $"Đã bị thay thế bởi {Keys(f.Expected?.Split(", ") ?? [])}"
                + (f.EffectiveFrom is null ? "." : $", có hiệu lực từ {Labels.Date(f.EffectiveFrom)}."),
            _ => $"{Labels.Status(f.Detail)}; không có văn bản thay thế trong sổ đăng ký.",
        };
        return f.Confidence is "likely" or "unverified" && f.Kind != CheckVerdict.Ok ? $"{sentence} (Độ tin cậy: {Labels.Confidence(f.Confidence)}.)" : sentence;
    }

    private static string Keys(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => k.Contains('@') ? Labels.Key(k) : k));
}
