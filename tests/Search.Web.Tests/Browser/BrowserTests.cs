using OpenQA.Selenium;

namespace DanVan.Web.Tests.Browser;

/// <summary>The walks through the product, in Debian's Chromium, with screenshots of every page.</summary>
[Collection(WebCollection.Name)]
public sealed class BrowserTests(WebFixture web) : IDisposable
{
    private readonly Lazy<BrowserSession> browser = new(() => new BrowserSession(web));

    private BrowserSession B => browser.Value;

    [BrowserFact]
    public void Search_unaccented_then_plan_then_citation_then_the_plans_citing_it()
    {
        B.Open("/");
        B.Screenshot("search-empty");
        var box = B.Find("input#q");
        box.SendKeys("nam dan van kheo gia lai"); // no accents: "Năm dân vận khéo", Gia Lai
        box.Submit();

        B.Wait().Until(d => d.Url.Contains("q=nam", StringComparison.Ordinal));
        Assert.Contains("Tìm thấy", B.Find(".summary").Text, StringComparison.Ordinal);
        Assert.NotEmpty(B.All(".hit mark")); // accented words marked for an unaccented query
        B.Screenshot("search-results");

        // Seed 003: Gia Lai's 614/KH-UBND of 24/3/2020
        B.All(".hit h2 a").First(a => a.GetAttribute("href")!.Contains("003_d8bb7ebbcfc1d3bc.txt", StringComparison.Ordinal)).Click();
        B.Wait().Until(d => d.Url.Contains("/plan?", StringComparison.Ordinal));
        Assert.Contains("614/KH-UBND", B.Find(".kicker").Text, StringComparison.Ordinal);
        // 290-QĐ/TW was replaced from 30/7/2021, after this plan: in force when cited, as the stale list judges it
        var citation = B.All("a.cite").First(a => a.Text.Contains("290-QĐ/TW", StringComparison.Ordinal));
        Assert.Contains("in-force", citation.GetAttribute("class"), StringComparison.Ordinal);
        Assert.Equal("Còn hiệu lực khi ban hành kế hoạch; bị thay thế bởi 23-QĐ/TW (2021) từ 30/07/2021", citation.GetAttribute("title"));
        // 16/CT-TTg's replacement by 33/CT-TTg is only likely: said so, not stated as certain
        var ct16 = B.All("a.cite").First(a => a.Text.Contains("16/CT-TTg", StringComparison.Ordinal));
        Assert.Contains("có khả năng, chưa xác minh đầy đủ", ct16.GetAttribute("title"), StringComparison.Ordinal);
        B.Screenshot("plan");

        B.Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'})", citation);
        citation.Click();
        B.Wait().Until(d => d.Url.Contains("/document?", StringComparison.Ordinal));
        Assert.Equal("290-QĐ/TW (2010)", B.Find("h1").Text);
        Assert.Contains("23-QĐ/TW", B.Find(".registry").Text, StringComparison.Ordinal); // replaced by
        var citing = B.Find(".citing").Text;
        Assert.Contains("614/KH-UBND", citing, StringComparison.Ordinal);
        Assert.Contains("Gia Lai", citing, StringComparison.Ordinal);
        Assert.NotEmpty(B.All(".chart rect.bar"));
        B.Screenshot("document");

        // Back goes back to the plan: every state is a URL.
        B.Driver.Navigate().Back();
        B.Wait().Until(d => d.Url.Contains("/plan?", StringComparison.Ordinal));
        Assert.Contains("614/KH-UBND", B.Find(".kicker").Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void Facets_and_pages_are_links_and_the_back_button_undoes_them()
    {
        B.Open("/?q=dan+van");
        var total = B.Find(".summary strong").Text;
        var province = B.All(".facet").First(f => f.FindElement(By.CssSelector("h3")).GetDomProperty("textContent") == "Tỉnh, thành phố").FindElement(By.CssSelector("li a"));
        var name = province.Text;
        province.Click();
        B.Wait().Until(d => d.Url.Contains("province=", StringComparison.Ordinal));
        Assert.Contains($"Tỉnh: {name}", B.Find(".filters").Text, StringComparison.Ordinal);
        Assert.All(B.All(".hit .meta"), m => Assert.Contains(name, m.Text, StringComparison.Ordinal));
        B.Driver.Navigate().Back();
        B.Wait().Until(d => !d.Url.Contains("province=", StringComparison.Ordinal));
        Assert.Equal(total, B.Find(".summary strong").Text);

        if (B.All(".pager a[rel=next]").FirstOrDefault() is { } next)
        {
            next.Click();
            B.Wait().Until(d => d.Url.Contains("page=2", StringComparison.Ordinal));
            Assert.Equal("2", B.Find(".pager strong").Text);
        }
    }

    [BrowserFact]
    public void Typing_a_symbol_offers_completions()
    {
        B.Open("/");
        B.Find("input#q").SendKeys("qd 290");
        var first = B.Find("#suggestions li");
        Assert.Contains("290-QĐ/TW", first.Text, StringComparison.Ordinal);
        B.Screenshot("search-autocomplete");
        B.Find("input#q").SendKeys(Keys.ArrowDown + Keys.Enter);
        B.Wait().Until(d => d.Url.Contains("q=290-Q", StringComparison.Ordinal));
        Assert.Contains("290-QĐ/TW", B.Find(".hits").Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void The_draft_checker_flags_a_superseded_decision_and_a_wrong_date()
    {
        B.Open("/check");
        B.Screenshot("check-empty");
        // Pasted, as a user would: Quyết định 290-QĐ/TW (replaced by 23-QĐ/TW) and Pháp lệnh 34/2007 with seed 001's wrong date.
        B.Find("textarea#text").SendKeys("KẾ HOẠCH\nThực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị về Quy chế công tác dân vận "
            + "và Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 06/4/2007 của Ủy ban Thường vụ Quốc hội; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư.");
        B.Find(".check-form button[type=submit]").Click();

        B.Find(".check-summary"); // the answer page has loaded
        var findings = B.All(".findings > li");
        Assert.Equal(3, findings.Count);
        var qd290 = findings.Single(f => f.Text.Contains("290-QĐ/TW", StringComparison.Ordinal));
        Assert.Contains("Đã bị thay thế bởi 23-QĐ/TW (2021)", qd290.Text, StringComparison.Ordinal);
        var pl34 = findings.Single(f => f.Text.Contains("34/2007", StringComparison.Ordinal));
        Assert.Contains("Ngày ban hành khác sổ đăng ký: đúng là 20/04/2007", pl34.Text, StringComparison.Ordinal);
        Assert.Contains("Đã bị thay thế bởi 10/2022/QH15", pl34.Text, StringComparison.Ordinal);
        Assert.Contains("2 cần xem lại", B.Find(".check-summary").Text, StringComparison.Ordinal);
        // the spans are marked in the draft, and the draft stays in the box to be edited
        Assert.Equal(3, B.All(".check-result .plan-text a.cite").Count);
        Assert.Contains("290-QĐ/TW", B.Find("textarea#text").GetDomProperty("value"), StringComparison.Ordinal);
        B.Screenshot("check-result");
    }

    [BrowserFact]
    public void The_stale_page_lists_verdicts_and_filters()
    {
        B.Open("/stale");
        Assert.NotEmpty(B.All("table.stale tbody tr"));
        B.Screenshot("stale");
        B.All(".verdict-tabs a").First(a => a.Text.StartsWith("Trước khi bị thay thế", StringComparison.Ordinal)).Click();
        B.Wait().Until(d => d.Url.Contains("verdict=beforeReplacement", StringComparison.Ordinal));
        Assert.All(B.All("table.stale tbody .status"), s => Assert.Equal("Trước khi bị thay thế", s.Text));
        Assert.Contains("/api/stale?", B.Find(".filters-form a.button").GetAttribute("href"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public void An_error_page_is_a_page()
    {
        B.Open("/plan?path=nothing.txt");
        Assert.Equal("Không tìm thấy", B.Find("h1").Text);
        B.Screenshot("error");
    }

    public void Dispose()
    {
        if (browser.IsValueCreated)
        {
            browser.Value.Dispose();
        }
    }
}
