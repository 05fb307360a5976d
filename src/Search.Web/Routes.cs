using Microsoft.OpenApi;

namespace DanVan.Web;

/// <summary>Route plumbing the features share: GET routes also answer HEAD, and the OpenAPI description of the draft form.</summary>
public static class Routes
{
    /// <summary>A GET route that also answers HEAD (link checkers, monitors), the HEAD twin left out of the OpenAPI description.</summary>
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler)
    {
        app.MapMethods(pattern, [HttpMethods.Head], handler).ExcludeFromDescription();
        return app.MapGet(pattern, handler);
    }

    /// <summary>Describes the body of POST /api/check: the draft as text/plain, or the page's form (text or file, and date).</summary>
    public static Task DescribeDraftBody(OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        if (context.Description.RelativePath != "api/check")
        {
            return Task.CompletedTask;
        }

        static OpenApiSchema Text(string description, string? format = null) => new() { Type = JsonSchemaType.String, Description = description, Format = format };
        var fields = new Dictionary<string, IOpenApiSchema>
        {
            ["text"] = Text("The draft, pasted."),
            ["file"] = Text("Or the draft as one file (.txt, .md).", "binary"),
            ["date"] = Text("The day to judge an undated draft at (yyyy-MM-dd).", "date"),
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The draft: the body itself, or a form with `text` or one `file`.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/plain"] = new() { Schema = Text("The draft (UTF-8).") },
                ["multipart/form-data"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = fields } },
                ["application/x-www-form-urlencoded"] = new()
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = fields.Where(f => f.Key != "file").ToDictionary() },
                },
            },
        };
        return Task.CompletedTask;
    }
}
