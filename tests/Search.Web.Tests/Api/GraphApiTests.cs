using System.Net;

namespace DanVan.Web.Tests.Api;

/// <summary>/api/plan, /api/document, /api/stale: the JSON twins of the plan, document and stale pages.</summary>
[Collection(WebCollection.Name)]
public class GraphApiTests(WebFixture web)
{
    private const string Seed003 = "003_d8bb7ebbcfc1d3bc.txt"; // Gia Lai 614/KH-UBND, 24/3/2020

    [Fact]
    public async Task A_plan_gives_its_text_and_every_citation_with_its_status()
    {
        var plan = await web.GetJson($"/api/plan?path={Seed003}");
        Assert.Equal("614/KH-UBND", plan.GetProperty("plan").GetProperty("symbol").GetString());
        var text = plan.GetProperty("text").GetString()!;
        var citations = plan.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        foreach (var c in citations)
        {
            // offsets point into the text given (UTF-16, as JavaScript strings index it)
            Assert.Equal(c.GetProperty("text").GetString(), text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()]);
        }

        var qd290 = citations.First(c => c.GetProperty("key").GetString() == "290-QĐ/TW@2010");
        Assert.Equal("superseded", qd290.GetProperty("registry").GetProperty("status").GetString());

        // the same plan by its own number
        Assert.Equal(Seed003, (await web.GetJson("/api/plan?path=614%2FKH-UBND")).GetProperty("plan").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("/api/plan?path=nothing.txt", HttpStatusCode.NotFound, "no plan nothing.txt")]
    [InlineData("/api/plan", HttpStatusCode.BadRequest, "path=: required")]
    [InlineData("/api/plan?path=%20%20", HttpStatusCode.BadRequest, "required")]
    [InlineData("/api/document?key=999%2FCT-TTg%402016", HttpStatusCode.NotFound, "no document 999/CT-TTg@2016")]
    [InlineData("/api/document?key=ch%E1%BB%89%20th%E1%BB%8B", HttpStatusCode.BadRequest, "is not a document symbol")]
    [InlineData("/api/document", HttpStatusCode.BadRequest, "key=: required")]
    [InlineData("/api/document?key=114-KL%2FTW%402015&format=pdf", HttpStatusCode.BadRequest, "format=pdf")]
    [InlineData("/api/stale?verdict=old", HttpStatusCode.BadRequest, "verdict=old")]
    [InlineData("/api/stale?year=twenty", HttpStatusCode.BadRequest, "year=twenty")]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound, "no such route")]
    public async Task Bad_input_and_unknown_keys_are_problems(string url, HttpStatusCode status, string says)
    {
        var problem = await web.Problem(url, status);
        Assert.Contains(says, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_symbol_naming_two_documents_lists_both()
    {
        var problem = await web.Problem("/api/document?key=16%2FCT-TTg", HttpStatusCode.BadRequest);
        Assert.Equal(["16/CT-TTg@2016", "16/CT-TTg@2020"], problem.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_document_gives_registry_facts_citing_plans_and_the_dates_seen()
    {
        // Pháp lệnh 34/2007: superseded by Luật 10/2022/QH15; seed 001 dates it 06/4/2007, the registry 20/4/2007.
        var doc = await web.GetJson("/api/document?key=34%2F2007%2FPL-UBTVQH11%402007");
        var registry = doc.GetProperty("registry");
        Assert.Equal(("superseded", "confirmed", "2007-04-20"),
            (registry.GetProperty("status").GetString(), registry.GetProperty("confidence").GetString(), registry.GetProperty("date").GetString()));
        Assert.Equal("10/2022/QH15@2022", registry.GetProperty("replacedBy")[0].GetProperty("key").GetString());
        Assert.Contains(doc.GetProperty("dates").EnumerateArray(), d => d.GetProperty("value").GetString() == "2007-04-06");
        Assert.NotEmpty(doc.GetProperty("citedBy").EnumerateArray());

        var csv = await web.Client.GetStringAsync("/api/document?key=34%2F2007%2FPL-UBTVQH11%402007&format=csv");
        Assert.StartsWith("plan,planSymbol,planDate,planDateLowerBound,province,provinceNow,text,sentence\r\n", csv, StringComparison.Ordinal);

        // Every mention is exported (the answer lists at most 500; here all of them), one row each.
        var mentions = doc.GetProperty("citedBy").EnumerateArray().Sum(g => g.GetProperty("mentions").GetArrayLength());
        Assert.Equal(mentions, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public async Task Stale_findings_filter_by_province_year_and_verdict_and_export_as_csv()
    {
        var answer = await web.GetJson("/api/stale");
        var all = answer.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(all);
        // every finding counted per verdict, the counts adding up to the total
        Assert.Equal(all.Count, answer.GetProperty("total").GetInt32());
        Assert.Equal(all.Count, answer.GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("findings").GetInt32()));
        Assert.All(all, f => Assert.Equal("superseded", f.GetProperty("document").GetProperty("status").GetString()));
        var before = (await web.GetJson("/api/stale?verdict=beforeReplacement")).GetProperty("findings").EnumerateArray().ToList();
        Assert.All(before, f => Assert.Equal("beforeReplacement", f.GetProperty("verdict").GetString()));
        Assert.Contains(before, f => f.GetProperty("plan").GetProperty("path").GetString() == Seed003);
        var gialai2020 = (await web.GetJson("/api/stale?province=Gia%20Lai&year=2020")).GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(gialai2020);
        Assert.All(gialai2020, f => Assert.Equal(("Gia Lai", "2020"),
            (f.GetProperty("plan").GetProperty("province").GetString(), f.GetProperty("plan").GetProperty("date").GetString()![..4])));

        var csv = await web.Client.GetStringAsync("/api/stale?format=csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("verdict,plan,", lines[0], StringComparison.Ordinal);
        Assert.Equal(all.Count, lines.Count(l => l.StartsWith("stale,", StringComparison.Ordinal) || l.StartsWith("beforeReplacement,", StringComparison.Ordinal)
            || l.StartsWith("undetermined,", StringComparison.Ordinal))); // one record per finding (a quoted sentence may span lines)
    }

    [Fact]
    public async Task The_OpenAPI_description_lists_every_api_route()
    {
        var openApi = await web.GetJson("/api/openapi.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var route in new[] { "/api/search", "/api/suggest", "/api/plan", "/api/document", "/api/stale", "/api/check" })
        {
            Assert.Contains(route, paths);
        }

        var parameters = openApi.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", parameters);
        Assert.Contains("province", parameters);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal)); // pages are not API

        // every list answers JSON with its schema, and CSV
        var ops = openApi.GetProperty("paths");
        foreach (var route in new[] { "/api/search", "/api/document", "/api/stale", "/api/plan", "/api/suggest" })
        {
            var ok = ops.GetProperty(route).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.True(ok.GetProperty("application/json").TryGetProperty("schema", out _), route);
        }

        Assert.True(ops.GetProperty("/api/stale").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.Equal(["province", "year", "verdict", "format"],
            ops.GetProperty("/api/stale").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var form = ops.GetProperty("/api/check").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal("binary", form.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.True(form.TryGetProperty("text/plain", out _));
        Assert.False(ops.GetProperty("/api/search").TryGetProperty("head", out _)); // HEAD twins are not described
    }
}
