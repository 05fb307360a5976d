using System.ComponentModel;
using DanVan.Checking;
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
    /// <summary>Maps the routes.</summary>
    public static void MapCheck(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/check", () => new RazorComponentResult<CheckPage>(new { View = CheckView.Empty })).ExcludeFromDescription();

        app.MapPost("/check", async (HttpRequest request, KnowledgeBase kb, WebOptions options) =>
        {
            var draft = await DraftUpload.Read(request, options.MaxUploadBytes);
            if (draft.Problem is { } problem)
            {
                return new RazorComponentResult<CheckPage>(new { View = CheckView.Empty with { Problem = problem.Vietnamese } }) { StatusCode = problem.Status };
            }

            var report = kb.Check(draft.Text!, draft.Today);
            return new RazorComponentResult<CheckPage>(new { View = new CheckView(draft.Text, report, null, draft.Name) });
        }).DisableAntiforgery().ExcludeFromDescription();

        app.MapPost("/api/check", async (HttpRequest request, KnowledgeBase kb, WebOptions options,
            [Description("The day to judge an undated draft at (yyyy-MM-dd); default today in Vietnam.")] string? date) =>
        {
            var draft = await DraftUpload.Read(request, options.MaxUploadBytes);
            return draft.Problem is { } problem
                ? Answers.Problem(problem.Status, problem.English)
                : (IResult)TypedResults.Ok(CheckAnswer.Of(kb.Check(draft.Text!, draft.Today), draft.Text!));
        })
            .DisableAntiforgery()
            .Accepts<string>("text/plain", "multipart/form-data", "application/x-www-form-urlencoded") // form fields: text, file, date (see ApiDescription)
            .WithSummary("Check the references of a draft: the text as the body (text/plain), or a form with `text` or one uploaded `file` (.txt, .md).")
            .Produces<CheckAnswer>().ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
    }
}

/// <summary>
/// The draft checker's answer: the report of `danvan check --json`, and the text it was made on (line
/// endings as "\n", a byte order mark dropped), which <see cref="CheckedReference.Start"/> and End index.
/// </summary>
public sealed record CheckAnswer(string? DraftDate, bool DraftDated, IReadOnlyList<CheckedReference> References, int NeedAttention, bool PlansConsulted,
    string Text)
{
    /// <summary>The answer for a report on <paramref name="text"/>.</summary>
    public static CheckAnswer Of(CheckReport report, string text) =>
        new(report.DraftDate, report.DraftDated, report.References, report.NeedAttention, report.PlansConsulted, text);
}
