using System.ComponentModel;
using DanVan.Queries;
using DanVan.Web.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Features;

/// <summary>A plan: its metadata, its text with every citation linked and marked with its status, and what it cites (/plan and /api/plan).</summary>
public static class PlanFeature
{
    /// <summary>Maps the routes.</summary>
    public static void MapPlans(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/plan", (string? path, KnowledgeBase kb) => Answers.Page(path, () =>
        {
            var plan = kb.Queries.Refs(Parameters.Required("path", path, "devset/01_….txt"));
            return new RazorComponentResult<PlanPage>(new { View = new PlanView(plan, kb.Search.Body(plan.Plan.Path)) });
        })).ExcludeFromDescription();

        app.MapGetAndHead("/api/plan", ([Description("The plan's path relative to the corpus (as search results give it), or its own number.")] string? path,
            KnowledgeBase kb) => Answers.Api(() =>
        {
            var plan = kb.Queries.Refs(Parameters.Required("path", path, "devset/01_….txt"));
            return TypedResults.Ok(new PlanAnswer(plan.Plan, plan.Details, plan.Citations, kb.Search.Body(plan.Plan.Path)));
        }))
            .WithSummary("A plan: metadata, full text, and every citation with the document it resolves to and that document's registry status.")
            .Produces<PlanAnswer>().ProducesProblem(400).ProducesProblem(404);
    }
}

/// <summary>The plan page's JSON twin: what `danvan refs` gives, and the text the citation offsets point into (UTF-16 offsets).</summary>
public sealed record PlanAnswer(PlanRef Plan, PlanDetails Details, IReadOnlyList<PlanCitation> Citations, string? Text);
