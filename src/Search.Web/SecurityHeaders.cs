namespace DanVan.Web;

/// <summary>
/// The usual security headers on every response. The content-security-policy allows only this site's
/// own scripts, styles and requests: no inline script or style anywhere in the pages.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers as the response starts (so an error page, whose handler clears the response, has them too).</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Add(context.Response.Headers);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Add(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
