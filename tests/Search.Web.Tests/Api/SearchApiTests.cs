using System.Net;
using System.Text.Json;

namespace DanVan.Web.Tests.Api;

[Collection(WebCollection.Name)]
public class SearchApiTests(WebFixture web)
{
    [Fact]
    public async Task Unaccented_words_find_accented_plans_with_facets_and_marked_snippets()
    {
        var json = await web.GetJson("/api/search?q=dan%20van&size=3");
        Assert.True(json.GetProperty("total").GetInt32() > 3);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.Contains(hits[0].GetProperty("snippet").EnumerateArray(), p => p.GetProperty("match").GetBoolean());
        foreach (var facet in new[] { "province", "year", "type", "agency", "cites", "superseded" })
        {
            Assert.True(json.GetProperty("facets").TryGetProperty(facet, out _), facet);
        }

        Assert.NotNull(json.GetProperty("nextCursor").GetString());
    }

    [Fact]
    public async Task Symbols_and_filters_take_the_pages_parameters()
    {
        var cites = await web.GetJson("/api/search?q=16%2Fct-ttg&from=2019&to=2023&sort=date");
        Assert.True(cites.GetProperty("total").GetInt32() > 0);
        Assert.Equal("16/CT-TTg", cites.GetProperty("understood").GetProperty("symbols")[0].GetString());
        // undated plans come with the latest date they cite, as a lower bound, never as their date
        var dates = cites.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("date").GetString() ?? h.GetProperty("dateLowerBound").GetString()).ToList();
        Assert.Contains(cites.GetProperty("hits").EnumerateArray(), h => h.GetProperty("date").ValueKind == JsonValueKind.Null
            && h.GetProperty("dateLowerBound").GetString() is not null);
        Assert.All(dates, d => Assert.InRange(int.Parse(d![..4], System.Globalization.CultureInfo.InvariantCulture), 2019, 2023));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        // Trà Vinh's seed is found by the province it merged into
        var merged = await web.GetJson("/api/search?province=V%C4%A9nh%20Long");
        Assert.Contains(merged.GetProperty("hits").EnumerateArray(), h => h.GetProperty("province").GetString() == "Trà Vinh");

        var superseded = await web.GetJson("/api/search?superseded=1");
        Assert.Equal(superseded.GetProperty("total").GetInt32(),
            superseded.GetProperty("facets").GetProperty("superseded").EnumerateArray().Single().GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=x&page=abc", "page=abc")]
    [InlineData("/api/search?q=x&page=0", "page=0")]
    [InlineData("/api/search?q=x&size=1000", "size=1000")]
    [InlineData("/api/search?q=x&sort=best", "sort=best")]
    [InlineData("/api/search?q=x&from=20", "from=20")]
    [InlineData("/api/search?q=x&superseded=maybe", "superseded=maybe")]
    [InlineData("/api/search?q=x&format=xml", "format=xml")]
    [InlineData("/api/suggest?q=1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890x", "longer than 100")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string named)
    {
        var problem = await web.Problem(url, HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Odd_queries_answer_rather_than_fail()
    {
        // Lucene syntax, unbalanced quotes, a lone surrogate and a pasted paragraph are searched as text.
        foreach (var q in new[] { "%22d%C3%A2n%20v%E1%BA%ADn", "AND%20OR%20NOT%20*%3F~%5E", "(((%5B", "%ED%A0%80", new string('a', 3000) })
        {
            var response = await web.Client.GetAsync($"/api/search?q={q}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var shortened = await web.GetJson("/api/search?q=" + string.Concat(Enumerable.Repeat("d%C3%A2n%20v%E1%BA%ADn%20", 300)));
        Assert.Equal("queryShortened", shortened.GetProperty("notice").GetString());
        var reset = await web.GetJson("/api/search?q=dan&cursor=r.1.2.3");
        Assert.Equal("cursorReset", reset.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task Csv_lists_the_page_with_a_header_and_a_byte_order_mark()
    {
        var response = await web.Client.GetAsync("/api/search?q=dan%20van&format=csv&size=5");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("path,symbol,title,date,dateLowerBound,province,provinceNow,score", lines[0]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public async Task Suggest_completes_symbols_typed_any_way()
    {
        var qd = await web.GetJson("/api/suggest?q=qd%20290");
        Assert.Equal("290-QĐ/TW@2010", qd[0].GetProperty("key").GetString());
        var ct = await web.GetJson("/api/suggest?q=16%2Fct");
        Assert.Contains(ct.EnumerateArray(), s => s.GetProperty("key").GetString() == "16/CT-TTg@2016");
        Assert.Equal(0, (await web.GetJson("/api/suggest?q=")).GetArrayLength());
        Assert.Equal(JsonValueKind.Array, (await web.GetJson("/api/suggest")).ValueKind);
    }
}
