using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DanVan.Web.Tests.Api;

/// <summary>/api/check: the draft checker's twin, with the text as the body or the page's form (text or file).</summary>
[Collection(WebCollection.Name)]
public class CheckApiTests(WebFixture web)
{
    // The draft: Quyết định 290-QĐ/TW (replaced by 23-QĐ/TW from 30/7/2021) and Pháp lệnh 34/2007 with seed 001's wrong date.
    private const string Draft = "Thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị và Pháp lệnh số 34/2007/PL-UBTVQH11 "
        + "ngày 06/4/2007 của Ủy ban Thường vụ Quốc hội; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư.";

    [Fact]
    public async Task A_draft_as_the_body_gets_a_verdict_per_reference()
    {
        var report = await Check(new StringContent(Draft, Encoding.UTF8, "text/plain"));
        var refs = report.GetProperty("references").EnumerateArray().ToList();
        var qd290 = refs.Single(r => r.GetProperty("officialSymbol").GetString() == "290-QĐ/TW");
        Assert.Equal("superseded", qd290.GetProperty("verdict").GetString());
        Assert.Equal("23-QĐ/TW@2021", qd290.GetProperty("findings")[0].GetProperty("expected").GetString());
        var pl34 = refs.Single(r => r.GetProperty("officialSymbol").GetString() == "34/2007/PL-UBTVQH11");
        Assert.Contains(pl34.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "dateDiffersFromRegistry" && f.GetProperty("expected").GetString() == "2007-04-20");
        Assert.Equal("ok", refs.Single(r => r.GetProperty("officialSymbol").GetString() == "114-KL/TW").GetProperty("verdict").GetString());
        Assert.Equal(2, report.GetProperty("needAttention").GetInt32());
        foreach (var r in refs)
        {
            Assert.Equal(r.GetProperty("text").GetString(), Draft[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public async Task The_pages_form_with_text_or_a_file_gives_the_same_report()
    {
        var pasted = await Check(new FormUrlEncodedContent([new("text", Draft)]));
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Draft)), "file", "du-thao.txt" } };
        var uploaded = await Check(upload);
        Assert.Equal(pasted.GetProperty("references").GetRawText(), uploaded.GetProperty("references").GetRawText());
    }

    [Fact]
    public async Task The_date_to_judge_an_undated_draft_at_can_be_given()
    {
        // In 2020 Quyết định 290-QĐ/TW was still in force.
        var report = await Check(new StringContent(Draft, Encoding.UTF8, "text/plain"), "?date=2020-01-01");
        Assert.Equal("2020-01-01", report.GetProperty("draftDate").GetString());
        Assert.DoesNotContain(report.GetProperty("references").EnumerateArray(), r => r.GetProperty("verdict").GetString() == "superseded"
            && r.GetProperty("officialSymbol").GetString() == "290-QĐ/TW");
    }

    [Fact]
    public async Task Bad_drafts_are_problems_naming_what_is_wrong()
    {
        await Refused(new StringContent("", Encoding.UTF8, "text/plain"), HttpStatusCode.BadRequest, "empty");
        await Refused(new FormUrlEncodedContent([new("text", "   ")]), HttpStatusCode.BadRequest, "no draft");
        await Refused(new ByteArrayContent([0x4D, 0x5A, 0x00, 0x00, 0x01, 0x02]) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } },
            HttpStatusCode.BadRequest, "binary");
        await Refused(new ByteArrayContent([0x54, 0xE0, 0x20, 0x6C]) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } },
            HttpStatusCode.BadRequest, "not UTF-8");
        using var exe = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "virus.exe" } };
        await Refused(exe, HttpStatusCode.UnsupportedMediaType, "only .txt");
        await Refused(new StringContent("{}", Encoding.UTF8, "application/json"), HttpStatusCode.UnsupportedMediaType, "content type");
        await Refused(new StringContent(new string('a', (int)WebFixture.MaxUploadBytes + 1), Encoding.UTF8, "text/plain"), HttpStatusCode.RequestEntityTooLarge, "limit");
        await Refused(new StringContent(Draft, Encoding.UTF8, "text/plain"), HttpStatusCode.BadRequest, "date=tomorrow", "?date=tomorrow");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await web.Client.GetAsync("/api/check")).StatusCode);
    }

    [Fact]
    public async Task Offsets_point_into_the_text_the_answer_gives_back()
    {
        // Windows line endings become "\n", as in every other reader; the answer says which text its offsets index.
        var report = await Check(new StringContent("Dòng một.\r\nDòng hai.\r\n" + Draft, Encoding.UTF8, "text/plain"));
        var text = report.GetProperty("text").GetString()!;
        Assert.DoesNotContain('\r', text);
        foreach (var r in report.GetProperty("references").EnumerateArray())
        {
            Assert.Equal(r.GetProperty("text").GetString(), text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]);
        }
    }

    [Theory]
    // The ingestion step's formats: seed 003 as a PDF, a Word file and a web page, and in TCVN3.
    [InlineData("003_d8bb7ebbcfc1d3bc.pdf")]
    [InlineData("003_d8bb7ebbcfc1d3bc.docx")]
    [InlineData("003_d8bb7ebbcfc1d3bc.html")]
    [InlineData("003_d8bb7ebbcfc1d3bc.tcvn3.txt")]
    public async Task A_draft_in_any_format_is_checked(string fixture)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(WebFixture.RepoRoot, "tests", "Indexer.Tests", "Ingest", "Fixtures", fixture));
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fixture } };
        var report = await Check(upload);
        // its own date, 24/3/2020, is the day it is judged at; 290-QĐ/TW was still in force then
        Assert.Equal(("2020-03-24", true), (report.GetProperty("draftDate").GetString(), report.GetProperty("draftDated").GetBoolean()));
        var refs = report.GetProperty("references").EnumerateArray().ToList();
        Assert.Equal(24, refs.Count);
        Assert.Contains(refs, r => r.GetProperty("officialSymbol").GetString() == "290-QĐ/TW" && r.GetProperty("verdict").GetString() != "superseded");
    }

    [Fact]
    public async Task A_password_protected_pdf_is_refused_by_name()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(WebFixture.RepoRoot, "tests", "Indexer.Tests", "Ingest", "Fixtures", "password.pdf"));
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "khoa.pdf" } };
        await Refused(upload, HttpStatusCode.BadRequest, "khoa.pdf: password-protected PDF");
    }

    [Fact]
    public async Task One_draft_at_a_time()
    {
        using var two = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Draft)), "file", "a.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Draft)), "file", "b.txt" },
        };
        await Refused(two, HttpStatusCode.BadRequest, "2 files");
        using var both = new MultipartFormDataContent { { new StringContent(Draft), "text" }, { new ByteArrayContent(Encoding.UTF8.GetBytes(Draft)), "file", "a.txt" } };
        await Refused(both, HttpStatusCode.BadRequest, "both text and a file");
    }

    [Fact]
    public async Task Odd_text_is_checked_not_refused()
    {
        foreach (var text in new[] { "Không có trích dẫn nào.", "Quyết định số", "số 290-QĐ/", string.Concat(Enumerable.Repeat("Chỉ thị số 16/CT-TTg ", 2000)) })
        {
            var report = await Check(new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.Equal(JsonValueKind.Array, report.GetProperty("references").ValueKind);
        }
    }

    private async Task<JsonElement> Check(HttpContent content, string query = "")
    {
        var response = await web.Client.PostAsync("/api/check" + query, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task Refused(HttpContent content, HttpStatusCode status, string says, string query = "")
    {
        var problem = await Http.ProblemOf(await web.Client.PostAsync("/api/check" + query, content), status);
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
