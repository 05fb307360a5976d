using System.Globalization;
using System.Text;
using DanVan.Checking;
using DanVan.Ingest;
using DanVan.Web.Components;
using Microsoft.AspNetCore.Http.Features;

namespace DanVan.Web.Features;

/// <summary>Why a draft cannot be checked: the status, and the words for the page and for the API.</summary>
public sealed record DraftProblem(int Status, string Vietnamese, string English);

/// <summary>
/// A draft as the checker receives it — the body (text/plain), or a form with `text` or one `file`
/// (.txt, .md) and an optional `date` — read in memory, or why it cannot be: empty, binary, not UTF-8,
/// over the limit, the wrong type, two files, text and a file at once.
/// </summary>
public sealed record DraftUpload(string? Text, string? Name, DateOnly Today, DraftProblem? Problem)
{
    /// <summary>The file types the checker reads: those the ingestion step reads.</summary>
    public static IReadOnlyList<string> Extensions => DocumentReader.Extensions;

    /// <summary>Reads the draft of <paramref name="request"/>; never throws for bad input.</summary>
    public static async Task<DraftUpload> Read(HttpRequest request, long limit)
    {
        try
        {
            var today = Day(request.Query["date"].ToString()) ?? VietnamToday.Date;
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormOptions>>().Value);
                today = Day(form["date"].ToString()) ?? today;
                var files = form.Files.Where(f => f.Length > 0).ToList();
                var text = form["text"].ToString();
                return (files.Count, string.IsNullOrWhiteSpace(text)) switch
                {
                    ( > 1, _) => Refused(StatusCodes.Status400BadRequest, "Chỉ chọn một tệp mỗi lần kiểm tra.", $"{files.Count} files sent; send one"),
                    (1, false) => Refused(StatusCodes.Status400BadRequest, "Hãy dán văn bản hoặc chọn tệp, không cả hai.", "both text and a file sent; send one"),
                    (1, true) => await FromFile(files[0], limit, today),
                    _ => FromText(text, limit, today),
                };
            }

            if (request.ContentType is { } type && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                return Refused(StatusCodes.Status415UnsupportedMediaType, $"Kiểu nội dung “{type}” không được hỗ trợ; gửi văn bản thuần hoặc biểu mẫu.",
                    $"content type {type} is not supported; send text/plain, or a form with text or file");
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            return FromBytes(body.ToArray(), "body", null, limit, today);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(limit);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Refused(StatusCodes.Status400BadRequest, "Biểu mẫu gửi lên không đọc được.", $"the form cannot be read ({e.Message})");
        }
        catch (BadParameterException e)
        {
            return Refused(StatusCodes.Status400BadRequest, e.Vietnamese, e.Message);
        }
    }

    private static async Task<DraftUpload> FromFile(IFormFile file, long limit, DateOnly today)
    {
        var name = Path.GetFileName(file.FileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, $"Tệp “{name}”: chỉ đọc được tệp {string.Join(", ", Extensions)}.",
                $"{name}: only {string.Join(", ", Extensions)} files can be checked");
        }

        if (file.Length > limit)
        {
            return TooLarge(limit);
        }

        using var bytes = new MemoryStream((int)file.Length);
        await file.CopyToAsync(bytes);
        try
        {
            // The ingestion step, by format: text, HTML, PDF, Word, legacy encodings; the report's offsets point into its text.
            return new DraftUpload(DocumentReader.FromBytes(name, bytes.ToArray()).Text, name, today, null);
        }
        catch (DanVanException e)
        {
            return Refused(StatusCodes.Status400BadRequest, $"Không đọc được tệp “{name}”: {Vietnamese(e.Message)}.", e.Message);
        }
    }

    private static DraftUpload FromBytes(byte[] bytes, string label, string? name, long limit, DateOnly today)
    {
        if (bytes.LongLength > limit)
        {
            return TooLarge(limit);
        }

        try
        {
            // The ingestion step's checks and decoding (BOM, UTF-16, line endings as "\n"): the offsets of the report point into that text.
            return new DraftUpload(DocumentReader.Decode(label, bytes), name, today, null);
        }
        catch (DanVanException e)
        {
            return Refused(StatusCodes.Status400BadRequest, $"Không đọc được {(name is null ? "văn bản gửi lên" : $"tệp “{name}”")}: {Vietnamese(e.Message)}.", e.Message);
        }
    }

    private static DraftUpload FromText(string text, long limit, DateOnly today)
    {
        if (Encoding.UTF8.GetByteCount(text) > limit)
        {
            return TooLarge(limit);
        }

        return string.IsNullOrWhiteSpace(text)
            ? Refused(StatusCodes.Status400BadRequest, "Hãy dán văn bản dự thảo hoặc chọn một tệp.", "no draft: send text or a file")
            : new DraftUpload(text.ReplaceLineEndings("\n"), null, today, null);
    }

    private static DraftUpload TooLarge(long limit) => Refused(StatusCodes.Status413PayloadTooLarge,
        $"Dự thảo quá lớn: giới hạn là {Labels.Megabytes(limit)}.", $"the draft is larger than the limit ({limit:N0} bytes)");

    private static DraftUpload Refused(int status, string vietnamese, string english) => new(null, null, default, new DraftProblem(status, vietnamese, english));

    private static DateOnly? Day(string text) =>
        text.Length == 0 ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new BadParameterException("date", text, "cần một ngày dạng yyyy-MM-dd", "expected a day as yyyy-MM-dd");

    /// <summary>The reader's problems, said in Vietnamese.</summary>
    private static string Vietnamese(string message) => message switch
    {
        _ when message.Contains("no text layer", StringComparison.Ordinal) => "PDF không có lớp chữ (bản quét, cần nhận dạng OCR)",
        _ when message.Contains("password", StringComparison.Ordinal) => "PDF có mật khẩu",
        _ when message.Contains("not a PDF", StringComparison.Ordinal) || message.Contains("not a Word", StringComparison.Ordinal)
            || message.Contains(".doc format", StringComparison.Ordinal) => "nội dung không đúng định dạng mà đuôi tệp cho biết",
        _ when message.Contains("damaged", StringComparison.Ordinal) || message.Contains("truncated", StringComparison.Ordinal) => "tệp bị hỏng hoặc không trọn vẹn",
        _ when message.Contains("limit", StringComparison.Ordinal) || message.Contains("too large", StringComparison.Ordinal) => "tệp quá lớn hoặc bất thường",
        _ when message.Contains("empty", StringComparison.Ordinal) => "tệp rỗng",
        _ when message.Contains("binary", StringComparison.Ordinal) => "tệp nhị phân, không phải văn bản",
        _ when message.Contains("UTF-8", StringComparison.Ordinal) || message.Contains("encoding", StringComparison.Ordinal) => "không phải văn bản UTF-8",
        _ => "nội dung không đọc được",
    };
}
