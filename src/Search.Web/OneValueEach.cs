namespace DanVan.Web;

/// <summary>
/// Refuses a query string that gives a parameter twice ("province=Gia Lai&amp;province=Quảng Ngãi"):
/// every parameter of the pages and the API takes one value, and binding would otherwise join them
/// with a comma and search for "Gia Lai,Quảng Ngãi", finding nothing without saying why.
/// </summary>
public sealed class OneValueEach(RequestDelegate next)
{
    /// <summary>Answers 400 naming the repeated parameter, or runs the rest of the pipeline.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (values.Count > 1)
            {
                return Answers.Write(context, StatusCodes.Status400BadRequest, $"{name} is given {values.Count} times; give it once",
                    $"Tham số {name} được cho {values.Count} lần; chỉ cho một lần.");
            }
        }

        return next(context);
    }
}
