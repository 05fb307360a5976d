using System.ComponentModel;
using DanVan.Queries;
using DanVan.Web.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Features;

/// <summary>
/// A cited document (a directive or any other): registry facts with source and confidence, replaced
/// by / replaces, the plans citing it by province and year, the dates and issuers seen (/document and
/// /api/document). A symbol that names several documents ("16/CT-TTg") lists them to choose from.
/// </summary>
public static class DocumentFeature
{
    /// <summary>Maps the routes.</summary>
    public static void MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/document", (string? key, KnowledgeBase kb) => Answers.Page(key, () =>
        {
            var asked = Parameters.Required("key", key, "114-KL/TW@2015");
            if (!asked.Contains('@') && kb.Queries.KeysOf(asked) is { Count: > 1 } keys)
            {
                return Answers.ErrorPage(StatusCodes.Status300MultipleChoices, "Nhiều văn bản cùng số",
                    $"Số “{asked}” là số của {keys.Count} văn bản khác nhau; chọn một:", keys);
            }

            return new RazorComponentResult<DocumentPage>(new { View = new DocumentView(kb.Queries.Doc(asked)) });
        })).ExcludeFromDescription();

        app.MapGetAndHead("/api/document", ([Description("A document key (290-QĐ/TW@2010, 13/CT-UBND@2017@Gia Lai) or a symbol naming one document.")] string? key,
            [Description("json (default), or csv for the citing plans.")] string? format, KnowledgeBase kb) => Answers.Api(() =>
        {
            var csv = Parameters.Csv(format);
            var doc = kb.Queries.Doc(Parameters.Required("key", key, "114-KL/TW@2015"));
            return csv
                ? Csv.File("ke-hoach-trich-dan.csv", ["plan", "planSymbol", "planDate", "planDateLowerBound", "province", "provinceNow", "text", "sentence"],
                    kb.Queries.Mentions(doc.Key).Select(m => (IReadOnlyList<string?>)[m.Plan.Path, m.Plan.Symbol,
                        m.Plan.Date, m.Plan.DateLowerBound, m.Plan.Province, m.Plan.ProvinceNow, m.Text, m.Sentence]))
                : TypedResults.Ok(doc);
        }))
            .WithSummary("All DanVan knows of a document; 400 with the candidate keys when a symbol names several documents, 404 when none.")
            .Produces<DocResult>(200, "application/json", "text/csv").ProducesProblem(400).ProducesProblem(404);
    }
}
