using DanVan.Pipeline;
using DanVan.Search;

namespace DanVan.Tests.Search;

/// <summary>One index of the seeds, the devset and the test plans, shared by the search tests.</summary>
public sealed class SearchFixture : IDisposable
{
    public SearchFixture()
    {
        Corpus = new TestCorpus().WithSeeds().With(Path.Combine("Search", "Plans"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "devset"), "*.txt"))
        {
            File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(Corpus.Corpus, "devset")).FullName, Path.GetFileName(file)));
        }

        Corpus.Index();
        Stores = DataStores.OpenForSearch(Corpus.Data);
    }

    public TestCorpus Corpus { get; }

    public DataStores Stores { get; }

    public SearchResult Search(SearchRequest request) => Stores.Search.Search(request);

    public SearchResult Search(string query) => Search(new SearchRequest(query, PageSize: 100));

    public void Dispose()
    {
        Stores.Dispose();
        Corpus.Dispose();
    }
}

public class SearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private IEnumerable<string> Paths(string query) => fixture.Search(query).Hits.Select(h => h.Path);

    [Fact]
    public void AnUnaccentedQueryFindsAccentedText()
    {
        var paths = Paths("quan ly ho so").ToList();
        Assert.Contains("exact.txt", paths);
        Assert.Contains("unaccented.txt", paths);
    }

    [Fact]
    public void TheExactSpellingOutranksAFoldedOnlyMatch()
    {
        var ranked = Paths("quản lý hồ sơ").ToList();
        Assert.Contains("exact.txt", ranked);
        Assert.Contains("unaccented.txt", ranked);
        Assert.True(ranked.IndexOf("exact.txt") < ranked.IndexOf("unaccented.txt"), string.Join(", ", ranked));
        Assert.True(ranked.IndexOf("unaccented.txt") < ranked.IndexOf("scattered.txt") || !ranked.Contains("scattered.txt"), string.Join(", ", ranked));
    }

    [Fact]
    public void AQuotedPhraseIsExact()
    {
        Assert.Equal(["exact.txt"], Paths("\"quản lý hồ sơ\"").Where(p => !p.StartsWith("devset", StringComparison.Ordinal)));
        // a phrase typed without accents matches the folded text
        Assert.Contains("unaccented.txt", Paths("\"quan ly ho so\""));
    }

    [Fact]
    public void ANewProvinceNameFindsPlansOfTheOldOne()
    {
        // Trà Vinh is part of Vĩnh Long since 01/7/2025: seed 002 is a Trà Vinh plan of 2021
        var hits = fixture.Search("Vĩnh Long").Hits;
        var travinh = Assert.Single(hits, h => h.Path == "002_7af13d52a2337a5a.txt");
        Assert.Equal(("Trà Vinh", "Vĩnh Long"), (travinh.Province, travinh.ProvinceNow));
        Assert.Contains("002_7af13d52a2337a5a.txt", fixture.Search(new SearchRequest("dân vận", Province: "vinh long")).Hits.Select(h => h.Path));
    }

    [Fact]
    public void SymbolsAreSearchedAsCitedDocumentsHoweverWritten()
    {
        var plain = Paths("16/CT-TTg").Order().ToList();
        Assert.Equal(plain, Paths("chi thi 16/ct-ttg").Order());
        Assert.Equal(plain, Paths("Chỉ thị 16/CT-TTg").Order());
        Assert.Contains("003_d8bb7ebbcfc1d3bc.txt", plain);
        Assert.Equal(5, Paths("114-KL/TW").Count(p => p.StartsWith('0')));
        // a type and a number: "QĐ 290", "qd 290", "quyết định số 290"
        var qd290 = Paths("QĐ 290").Order().ToList();
        Assert.Contains("003_d8bb7ebbcfc1d3bc.txt", qd290);
        Assert.Equal(qd290, Paths("qd 290").Order());
        Assert.Equal(qd290, Paths("quyết định số 290").Order());
        Assert.Equal(["16/CT-TTg"], fixture.Search("chi thi 16/ct-ttg").Understood.Symbols);
    }

    [Fact]
    public void ASymbolSearchedForIsMarkedInEverySnippet()
    {
        // seeds 000-003 mention 16/CT-TTg deep in the text; the snippet goes there and marks it
        var hits = fixture.Search("16/ct-ttg").Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.Snippet, p => p.Match && p.Text.Replace(" ", "", StringComparison.Ordinal) == "16/CT-TTg"));
        // not inside a longer number
        Assert.DoesNotContain(fixture.Search("6/CT-TTg").Hits.SelectMany(h => h.Snippet), p => p.Match && p.Text.StartsWith("16", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title:(a OR")]
    [InlineData("*")]
    [InlineData("\\")]
    [InlineData("\"unclosed phrase")]
    [InlineData("AND OR NOT ~ ^ [ ] { } ? : + - !")]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("😀 \u0301 \0")]
    public void AnyInputReturnsNormally(string query)
    {
        var result = fixture.Search(query);
        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void AVeryLongQueryIsShortenedAndSaysSo()
    {
        // 3,000 repetitions would be 6,000 Lucene clauses; Lucene refuses more than 1,024.
        var result = fixture.Search(string.Concat(Enumerable.Repeat("quản lý 16/CT-TTg ", 3000)) + "\uD800");
        Assert.True(result.Total > 0);
        Assert.Contains("only its first 500 characters", result.Message);
        Assert.Equal(SearchNotice.QueryShortened, result.Notice);
        Assert.Equal(fixture.Search("quản lý 16/CT-TTg").Total, result.Total);

        var nothing = fixture.Search(new string('*', 100_000));
        Assert.Equal(fixture.Search("").Total, nothing.Total);
        Assert.True(nothing.Message!.Length < 200, nothing.Message);
        Assert.Equal(SearchNotice.QueryShortened, nothing.Notice); // both shortened and empty: the first thing to say
        Assert.Empty(fixture.Search("QĐ 0").Understood.Numbers);

        var phrases = fixture.Search(string.Concat(Enumerable.Repeat("\"dân vận\" ", 3000)));
        Assert.Equal(fixture.Search("\"dân vận\"").Total, phrases.Total);
    }

    [Fact]
    public void FiltersNarrowAndFacetsCountTheResultSet()
    {
        var all = fixture.Search(new SearchRequest("dân vận", PageSize: 100));
        var provinces = all.Facets["province"].ToDictionary(v => v.Value, v => v.Count);
        Assert.True(provinces["Gia Lai"] >= 2);
        var gialai = fixture.Search(new SearchRequest("dân vận", Province: "Gia Lai", PageSize: 100));
        Assert.Equal(provinces["Gia Lai"], gialai.Total);
        Assert.All(gialai.Hits, h => Assert.Equal("Gia Lai", h.ProvinceNow));

        var years = fixture.Search(new SearchRequest("dân vận", YearFrom: 2021, YearTo: 2021, PageSize: 100));
        Assert.All(years.Hits, h => Assert.StartsWith("2021", h.Date ?? h.DateLowerBound)); // an undated plan is filed under its lower bound, shown as such
        Assert.Equal(years.Total, all.Facets["year"].Single(v => v.Value == "2021").Count);

        var superseded = fixture.Search(new SearchRequest("", SupersededOnly: true, PageSize: 100));
        Assert.Contains("003_d8bb7ebbcfc1d3bc.txt", superseded.Hits.Select(h => h.Path));
        Assert.Equal(superseded.Total, fixture.Search(new SearchRequest("", PageSize: 1)).Facets["superseded"].Single(v => v.Value == "1").Count);

        var cites = fixture.Search(new SearchRequest("", Cites: "290-QĐ/TW@2010", PageSize: 100));
        Assert.Contains("003_d8bb7ebbcfc1d3bc.txt", cites.Hits.Select(h => h.Path));
        Assert.Contains(all.Facets["cites"], v => v.Value == "114-KL/TW@2015");

        var plans = fixture.Search(new SearchRequest("", Type: "Kế hoạch", PageSize: 100));
        Assert.Equal(plans.Total, fixture.Search(new SearchRequest("", PageSize: 1)).Facets["type"].Single(v => v.Value == "Kế hoạch").Count);
    }

    [Fact]
    public void SnippetsMarkFoldedMatchesAndCutAtSpaces()
    {
        var hit = fixture.Search("quan ly ho so").Hits.Single(h => h.Path == "exact.txt");
        Assert.Contains(hit.Snippet, p => p.Match && p.Text == "quản");
        Assert.Contains(hit.Snippet, p => p.Match && p.Text == "lý");
        Assert.Contains(hit.Snippet, p => p.Match && p.Text == "hồ");

        // an accented query marks folded matches only where accents cannot tell: in a plan written without them
        var accented = fixture.Search("quản lý hồ sơ").Hits;
        Assert.Contains(accented.Single(h => h.Path == "unaccented.txt").Snippet, p => p.Match && p.Text == "quan");
        var scattered = accented.Single(h => h.Path == "scattered.txt").Snippet;
        Assert.Contains(scattered, p => p.Match && p.Text == "quản");
        Assert.DoesNotContain(scattered, p => p.Match && p.Text.Equals("quan", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fixture.Search("quan ly").Hits.Single(h => h.Path == "scattered.txt").Snippet, p => p.Match && p.Text == "quan");

        // on long plans the window starts and ends at white space: never half a word
        foreach (var h in fixture.Search(new SearchRequest("công tác dân vận", PageSize: 100)).Hits)
        {
            var text = string.Concat(h.Snippet.Select(p => p.Text));
            var body = text.Trim('…', ' ');
            Assert.False(char.IsSurrogate(body[0]) && char.IsLowSurrogate(body[0]));
            Assert.DoesNotContain(h.Snippet, p => p.Match && p.Text.Any(char.IsWhiteSpace));
        }
    }

    [Fact]
    public void SortsByDateAndPagesByNumberOrCursor()
    {
        var byDate = fixture.Search(new SearchRequest("dân vận", Sort: SearchSort.Date, PageSize: 100)).Hits.Select(h => h.Date ?? h.DateLowerBound ?? "").ToList();
        Assert.Equal(byDate.OrderByDescending(d => d, StringComparer.Ordinal), byDate);

        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
        {
            var all = fixture.Search(new SearchRequest("dân vận", Sort: sort, PageSize: 100)).Hits.Select(h => h.Path).ToList();
            var page1 = fixture.Search(new SearchRequest("dân vận", Sort: sort, PageSize: 5));
            var page2 = fixture.Search(new SearchRequest("dân vận", Sort: sort, PageSize: 5, Page: 2));
            var next = fixture.Search(new SearchRequest("dân vận", Sort: sort, PageSize: 5, Cursor: page1.NextCursor));
            Assert.Equal(all.Take(5), page1.Hits.Select(h => h.Path));
            Assert.Equal(all.Skip(5).Take(5), page2.Hits.Select(h => h.Path));
            Assert.Equal(all.Skip(5).Take(5), next.Hits.Select(h => h.Path));
        }

        Assert.NotNull(fixture.Search(new SearchRequest("dân vận", Cursor: "nonsense")).Message);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public void FollowingCursorsVisitEveryResultOnceAndStopAtTheLastPage(SearchSort sort)
    {
        var all = fixture.Search(new SearchRequest("dân vận", Sort: sort, PageSize: 100));
        var size = 4;
        var seen = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages <= all.Total; pages++)
        {
            var page = fixture.Search(new SearchRequest("dân vận", Sort: sort, PageSize: size, Cursor: cursor));
            Assert.NotEmpty(page.Hits); // a cursor never leads to an empty page
            seen.AddRange(page.Hits.Select(h => h.Path));
            cursor = page.NextCursor;
            if (cursor is null)
            {
                break;
            }
        }

        Assert.Equal(all.Hits.Select(h => h.Path), seen);
        var exact = fixture.Search(new SearchRequest("dân vận", Sort: sort, PageSize: all.Total));
        Assert.Null(exact.NextCursor); // a page that ends exactly at the last result has no next page
    }

    [Fact]
    public void ForgedOrOutdatedCursorsFallBackToTheFirstPageWithAMessage()
    {
        var first = fixture.Search(new SearchRequest("dân vận", PageSize: 5));
        var real = first.NextCursor!.Split('.'); // w.VERSION.DOC: a hit among the first, re-ranked ones
        Assert.Equal("w", real[0]);
        var version = long.Parse(real[1], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var forged in new[]
        {
            $"r.{real[1]}.999999.1.5", $"r.{real[1]}.-1.1.5", $"r.{real[1]}.{real[2]}.NaN", $"r.{version - 1}.{real[2]}.1.5", "r.x", "d.1.2.3.4",
            $"w.{real[1]}.999999", $"w.{real[1]}.-1", $"w.{version - 1}.{real[2]}", "w.x", $"w.{real[1]}.{real[2]}.7",
        })
        {
            var result = fixture.Search(new SearchRequest("dân vận", PageSize: 5, Cursor: forged));
            Assert.Contains("does not fit this search", result.Message);
            Assert.Equal(SearchNotice.CursorReset, result.Notice);
            Assert.Equal(first.Hits.Select(h => h.Path), result.Hits.Select(h => h.Path));
        }

        Assert.Null(fixture.Search(new SearchRequest("dân vận", PageSize: 5, Cursor: first.NextCursor)).Message);
    }

    [Fact]
    public void PagesFarBeyondTheResultsAndReversedYearsAnswerNormally()
    {
        var far = fixture.Search(new SearchRequest("dân vận", Page: int.MaxValue, PageSize: 100));
        Assert.Empty(far.Hits);
        Assert.Contains("only the first 10,000 results", far.Message);
        Assert.Equal(SearchNotice.PageBeyondLimit, far.Notice);
        Assert.Empty(fixture.Search(new SearchRequest("dân vận", Page: 500)).Hits);

        var forwards = fixture.Search(new SearchRequest("dân vận", YearFrom: 2016, YearTo: 2021, PageSize: 100));
        var backwards = fixture.Search(new SearchRequest("dân vận", YearFrom: 2021, YearTo: 2016, PageSize: 100));
        Assert.True(forwards.Total > 0);
        Assert.Equal(forwards.Hits.Select(h => h.Path), backwards.Hits.Select(h => h.Path));
    }
}
