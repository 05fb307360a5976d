using System.Net;

namespace DanVan.Web.Tests.Pages;

/// <summary>The server-rendered pages: Vietnamese, encoded, with the security headers, and errors as pages.</summary>
[Collection(WebCollection.Name)]
public class PageTests(WebFixture web)
{
    [Theory]
    [InlineData("/", "Tìm kiếm kế hoạch")]
    [InlineData("/?q=quan+ly&sort=date", "Tìm thấy")]
    [InlineData("/plan?path=003_d8bb7ebbcfc1d3bc.txt", "Văn bản được trích dẫn")]
    [InlineData("/document?key=290-Q%C4%90%2FTW%402010", "Bị thay thế bởi")]
    [InlineData("/stale", "Trích dẫn văn bản đã bị thay thế")]
    [InlineData("/stale?province=Gia+Lai&verdict=beforeReplacement", "Trước khi bị thay thế")]
    public async Task Every_page_is_Vietnamese_html(string url, string shows) =>
        Assert.Contains(shows, await web.GetHtml(url), StringComparison.Ordinal);

    [Theory]
    [InlineData("/plan?path=nothing.txt", HttpStatusCode.NotFound, "Không có “nothing.txt”")]
    [InlineData("/document?key=ch%E1%BB%89+th%E1%BB%8B", HttpStatusCode.BadRequest, "không phải là số ký hiệu")]
    [InlineData("/?page=abc", HttpStatusCode.BadRequest, "Tham số page=“abc” không hợp lệ")]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, "Không có trang này")]
    public async Task Problems_are_pages_that_say_what_went_wrong(string url, HttpStatusCode status, string says) =>
        Assert.Contains(says, await web.GetHtml(url, status), StringComparison.Ordinal);

    [Fact]
    public async Task A_symbol_naming_two_documents_offers_both()
    {
        var html = await web.GetHtml("/document?key=16%2FCT-TTg", HttpStatusCode.MultipleChoices);
        Assert.Contains("16/CT-TTg (2016)", html, StringComparison.Ordinal);
        Assert.Contains("16/CT-TTg (2020)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everything_typed_is_encoded()
    {
        const string Hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        foreach (var url in new[] { "/?q=", "/?province=", "/plan?path=", "/document?key=", "/stale?province=" })
        {
            var response = await web.Client.GetAsync(url + Uri.EscapeDataString(Hostile));
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_and_api_carry_the_security_headers()
    {
        foreach (var url in new[] { "/", "/api/search?q=x", "/site.css", "/no-such-page" })
        {
            var response = await web.Client.GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_the_policy_would_block()
    {
        foreach (var url in new[] { "/?q=dan+van", "/plan?path=003_d8bb7ebbcfc1d3bc.txt", "/document?key=290-Q%C4%90%2FTW%402010", "/stale" })
        {
            var html = await web.GetHtml(url);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
            Assert.DoesNotContain(" onclick=", html, StringComparison.Ordinal);
        }
    }
}
