using System.ComponentModel;
using System.Globalization;
using System.Text;
using DanVan.Checking;
using DanVan.Ingest;
using DanVan.Web.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Features;

/// <summary>
/// The draft checker: paste a draft or upload a file, get every reference with its verdict (/check;
/// /api/check takes the same form, or the text as the request body). The checking itself is
/// DanVan.Checking.DraftChecker, the same as `danvan check`. Checking stores nothing and changes
/// nothing, so the form needs no anti-forgery token; the app reads the upload in memory and never
/// writes it anywhere.
/// </summary>
public static class CheckFeature
{
    /// <summary>The file types the checker reads (those the ingestion step reads).</summary>
    public static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>Maps the routes.</summary>
    public static void MapCheck(this IEndpointRouteBuilder app)
    {
        app.MapGet("/check", () => new RazorComponentResult<CheckPage>(new { View = CheckView.Empty })).ExcludeFromDescription();

        app.MapPost("/check", async (HttpRequest request, KnowledgeBase kb, WebOptions options) =>
        {
            var draft = await Draft.Read(request, options.MaxUploadBytes);
            if (draft.Problem is { } problem)
            {
                return new RazorComponentResult<CheckPage>(new { View = CheckView.Empty with { Text = draft.Text, Problem = problem.Vietnamese } })
                { StatusCode = problem.Status };
            }

            var report = kb.Check(draft.Text!, draft.Today);
            return new RazorComponentResult<CheckPage>(new { View = new CheckView(draft.Text, report, null, draft.Name) });
        }).DisableAntiforgery().ExcludeFromDescription();

        app.MapPost("/api/check", async (HttpRequest request, KnowledgeBase kb, WebOptions options,
            [Description("The day to judge an undated draft at (yyyy-MM-dd); default today.")] string? date) =>
        {
            var draft = await Draft.Read(request, options.MaxUploadBytes);
            return draft.Problem is { } problem
                ? Answers.Problem(problem.Status, problem.English)
                : (IResult)TypedResults.Ok(kb.Check(draft.Text!, draft.Today));
        })
            .DisableAntiforgery()
            .Accepts<string>("text/plain", "multipart/form-data", "application/x-www-form-urlencoded") // form fields: text, file, date
            .WithSummary("Check the references of a draft: the text as the body (text/plain), or a form with `text` or an uploaded `file` (.txt, .md).")
            .Produces<CheckReport>().ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
    }

    /// <summary>Why a draft cannot be checked: the status, and the words for the page and for the API.</summary>
    private sealed record DraftProblem(int Status, string Vietnamese, string English);

    /// <summary>The draft as sent, or why it cannot be read.</summary>
    private sealed record Draft(string? Text, string? Name, DateOnly Today, DraftProblem? Problem)
    {
        public static async Task<Draft> Read(HttpRequest request, long limit)
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            try
            {
                if (request.HasFormContentType)
                {
                    var form = await request.ReadFormAsync();
                    today = Day(form["date"].ToString()) ?? Day(request.Query["date"].ToString()) ?? today;
                    var file = form.Files.GetFile("file");
                    if (file is { Length: > 0 })
                    {
                        return await FromFile(file, limit, today);
                    }

                    return FromText(form["text"].ToString(), null, limit, today);
                }

                if (request.ContentType is { } type && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
                {
                    return Refused(StatusCodes.Status415UnsupportedMediaType, $"Kiểu nội dung “{type}” không được hỗ trợ; gửi văn bản thuần hoặc biểu mẫu.",
                        $"content type {type} is not supported; send text/plain, or a form with text or file");
                }

                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                return FromBytes(body.ToArray(), "body", null, limit, Day(request.Query["date"].ToString()) ?? today);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
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

        private static async Task<Draft> FromFile(IFormFile file, long limit, DateOnly today)
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
            return FromBytes(bytes.ToArray(), name, name, limit, today);
        }

        private static Draft FromBytes(byte[] bytes, string label, string? name, long limit, DateOnly today)
        {
            if (bytes.LongLength > limit)
            {
                return TooLarge(limit);
            }

            try
            {
                // The ingestion step's checks: empty, binary, not UTF-8 — each with a message naming the problem.
                return new Draft(DocumentReader.Decode(label, bytes), name, today, null);
            }
            catch (DanVanException e)
            {
                return Refused(StatusCodes.Status400BadRequest, $"Không đọc được {(name is null ? "văn bản gửi lên" : $"tệp “{name}”")}: {Vietnamese(e.Message)}.", e.Message);
            }
        }

        private static Draft FromText(string text, string? name, long limit, DateOnly today)
        {
            if (Encoding.UTF8.GetByteCount(text) > limit)
            {
                return TooLarge(limit);
            }

            return string.IsNullOrWhiteSpace(text)
                ? Refused(StatusCodes.Status400BadRequest, "Hãy dán văn bản dự thảo hoặc chọn một tệp.", "no draft: send text or a file")
                : new Draft(text.ReplaceLineEndings("\n"), name, today, null);
        }

        private static Draft TooLarge(long limit) => Refused(StatusCodes.Status413PayloadTooLarge,
            $"Dự thảo quá lớn: giới hạn là {limit / 1024:N0} KB.", $"the draft is larger than the limit ({limit / 1024} KB)");

        private static Draft Refused(int status, string vietnamese, string english) => new(null, null, default, new DraftProblem(status, vietnamese, english));

        private static DateOnly? Day(string text) =>
            text.Length == 0 ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
            : throw new BadParameterException("date", text, "cần một ngày dạng yyyy-MM-dd", "expected a day as yyyy-MM-dd");

        /// <summary>The reader's problems, said in Vietnamese.</summary>
        private static string Vietnamese(string message) => message switch
        {
            _ when message.Contains("empty", StringComparison.Ordinal) => "tệp rỗng",
            _ when message.Contains("binary", StringComparison.Ordinal) => "tệp nhị phân, không phải văn bản",
            _ when message.Contains("UTF-8", StringComparison.Ordinal) || message.Contains("encoding", StringComparison.Ordinal) => "không phải văn bản UTF-8",
            _ => "nội dung không đọc được",
        };
    }
}
