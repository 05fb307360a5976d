using DanVan.Queries;
using DanVan.Web.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web;

/// <summary>
/// How pages and the API answer when a question cannot be answered: 400 for bad input, 404 for an
/// unknown plan or document, 500 for a bug — as ProblemDetails JSON under /api/, as a Vietnamese page
/// elsewhere; never a stack trace.
/// </summary>
public static class Answers
{
    /// <summary>Runs an API answer, turning bad parameters and unanswerable questions into problem responses.</summary>
    public static IResult Api(Func<IResult> answer)
    {
        try
        {
            return answer();
        }
        catch (BadParameterException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (QueryException e)
        {
            return Problem(e.Problem == QueryProblem.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, e.Message, e.Candidates);
        }
    }

    /// <summary>Runs a page answer; a problem becomes the error page, in Vietnamese. <paramref name="asked"/> names what was asked for.</summary>
    public static IResult Page(string? asked, Func<IResult> answer)
    {
        try
        {
            return answer();
        }
        catch (BadParameterException e)
        {
            return ErrorPage(StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", e.Vietnamese);
        }
        catch (QueryException e)
        {
            var what = $"“{asked}”";
            return e.Problem switch
            {
                QueryProblem.NotFound => ErrorPage(StatusCodes.Status404NotFound, "Không tìm thấy", $"Không có {what} trong sổ đăng ký và kho kế hoạch đã lập chỉ mục."),
                QueryProblem.NotASymbol => ErrorPage(StatusCodes.Status400BadRequest, "Không phải số ký hiệu",
                    $"{what} không phải là số ký hiệu văn bản (ví dụ: 16/CT-TTg, 114-KL/TW, 04/2015/NĐ-CP)."),
                _ => ErrorPage(StatusCodes.Status400BadRequest, "Nhiều kết quả", $"{what} ứng với nhiều văn bản; chọn một:", e.Candidates),
            };
        }
    }

    /// <summary>A Vietnamese error page.</summary>
    public static IResult ErrorPage(int status, string title, string message, IReadOnlyList<string>? candidates = null) =>
        new RazorComponentResult<ErrorPage>(new { Title = title, Message = message, Candidates = candidates ?? [] }) { StatusCode = status };

    /// <summary>A ProblemDetails response; candidates, when a name meant several things, as an extension.</summary>
    public static ProblemHttpResult Problem(int status, string detail, IReadOnlyList<string>? candidates = null) =>
        TypedResults.Problem(detail: detail, statusCode: status,
            extensions: candidates is { Count: > 0 } ? new Dictionary<string, object?> { ["candidates"] = candidates } : null);

    /// <summary>The last resort (UseExceptionHandler): logs the bug, answers 500 without details.</summary>
    public static async Task Unexpected(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is Microsoft.AspNetCore.Http.BadHttpRequestException bad)
        {
            // Malformed requests Kestrel or binding refuse (a body over the limit, a bad form): the client's fault, said plainly.
            await Write(context, bad.StatusCode, bad.StatusCode == 413 ? "the request is larger than the limit" : "the request is malformed",
                bad.StatusCode == 413 ? "Tệp hoặc văn bản gửi lên quá lớn." : "Yêu cầu không đúng định dạng.");
            return;
        }

        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DanVan.Web").LogError(error, "Unexpected error on {Path}", context.Request.Path);
        await Write(context, StatusCodes.Status500InternalServerError, "unexpected error; it has been logged", "Đã xảy ra lỗi ngoài dự kiến; lỗi đã được ghi lại.");
    }

    /// <summary>Bodies for bare status codes (an unknown route, a wrong method).</summary>
    public static Task StatusPage(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        return status switch
        {
            404 => Write(context.HttpContext, status, "no such route; see /api/openapi.json", "Không có trang này."),
            405 => Write(context.HttpContext, status, "this route does not take that method; see /api/openapi.json", "Trang này không nhận yêu cầu kiểu này."),
            415 => Write(context.HttpContext, status, "unsupported content type; see /api/openapi.json", "Kiểu nội dung không được hỗ trợ."),
            _ => Write(context.HttpContext, status, $"HTTP {status}", $"Lỗi HTTP {status}."),
        };
    }

    /// <summary>Writes a problem: JSON under /api/, a Vietnamese page elsewhere.</summary>
    public static Task Write(HttpContext context, int status, string english, string vietnamese)
    {
        context.Response.StatusCode = status;
        return context.Request.Path.StartsWithSegments("/api")
            ? Problem(status, english).ExecuteAsync(context)
            : ErrorPage(status, status switch { >= 500 => "Lỗi máy chủ", 404 => "Không tìm thấy trang", 400 => "Yêu cầu không hợp lệ", _ => "Không thực hiện được" },
                vietnamese).ExecuteAsync(context);
    }
}
