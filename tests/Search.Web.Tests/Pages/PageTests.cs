using System.Net;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task A_parameter_given_twice_is_refused_not_joined()
    {
        var page = await web.GetHtml("/?province=Gia+Lai&province=Qu%E1%BA%A3ng+Ng%C3%A3i", HttpStatusCode.BadRequest);
        Assert.Contains("Tham số province được cho 2 lần", page, StringComparison.Ordinal);
        var problem = await web.Problem("/api/search?q=a&q=b", HttpStatusCode.BadRequest);
        Assert.Contains("q is given 2 times", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        foreach (var url in new[] { "/", "/plan?path=003_d8bb7ebbcfc1d3bc.txt", "/stale", "/api/search?q=dan", "/api/stale" })
        {
            using var head = await web.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Browsing_without_a_query_shows_the_newest_plans_and_relevance_stays_a_choice()
    {
        var start = await web.GetHtml("/");
        Assert.Contains("Kho có", start, StringComparison.Ordinal);
        Assert.Contains("<strong>mới nhất</strong>", start, StringComparison.Ordinal);
        Assert.Contains("href=\"/?sort=relevance\"", start, StringComparison.Ordinal);
        Assert.Contains("<strong>phù hợp nhất</strong>", await web.GetHtml("/?sort=relevance"), StringComparison.Ordinal);
        // with a query, best match first, and the link to date order says so
        Assert.Contains("<strong>phù hợp nhất</strong>", await web.GetHtml("/?q=dan+van"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_last_says_so()
    {
        var html = await web.GetHtml("/?q=dan+van&page=400");
        Assert.Contains("Trang 400 không có kết quả: chỉ có", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_writes_nothing_outside_its_data_folder()
    {
        // Pages, the API and an upload as large as the limit allows (ASP.NET spools large forms to /tmp unless told not to).
        await web.GetHtml("/?q=dan+van");
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(new string('a', (int)WebFixture.MaxUploadBytes - 100))), "file", "lon.txt" },
        };
        Assert.Equal(HttpStatusCode.OK, (await web.Client.PostAsync("/check", upload)).StatusCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(web.Home, "*", SearchOption.AllDirectories));
        var form = web.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Features.FormOptions>>().Value;
        Assert.True(form.MemoryBufferThreshold >= WebFixture.MaxUploadBytes, "uploads up to the limit are buffered in memory");
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
