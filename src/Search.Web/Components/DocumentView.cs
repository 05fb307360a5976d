using System.Text.RegularExpressions;
using DanVan.Queries;

namespace DanVan.Web.Components;

/// <summary>The document page: the answer of `danvan doc`, with citing plans counted per year for the chart.</summary>
public sealed partial class DocumentView(DocResult doc)
{
    public DocResult Doc { get; } = doc;

    /// <summary>Citing plans per year of the plan (undated plans apart), oldest first.</summary>
    public IReadOnlyList<(int? Year, int Plans)> PerYear { get; } =
        [.. doc.CitedBy.GroupBy(g => g.Year).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => (g.Key, g.Sum(x => x.Plans)))];

    /// <summary>Citing groups by province (by its name after the 2025 merger), then year.</summary>
    public IEnumerable<IGrouping<string, CitingGroup>> ByProvince() =>
        Doc.CitedBy.GroupBy(g => Labels.Province(g.Province, g.ProvinceNow));

    /// <summary>How many distinct plans cite it.</summary>
    public int CitingPlans => Doc.CitedBy.Sum(g => g.Plans);

    /// <summary>Citing plans whose mentions are not listed (past <see cref="GraphQueries.DefaultMaxMentions"/>).</summary>
    public int Unlisted => CitingPlans - Doc.CitedBy.SelectMany(g => g.Mentions).Select(m => m.Plan.Path).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// A source cut into text and web addresses, so each address is its own link ("http://a (text); https://b")
    /// and nothing else is: only http and https, never a javascript: URL.
    /// </summary>
    public static IEnumerable<(string Text, bool Link)> SourceParts(string source)
    {
        var at = 0;
        foreach (Match m in WebAddress().Matches(source))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ')');
            if (m.Index > at)
            {
                yield return (source[at..m.Index], false);
            }

            yield return (url, Uri.TryCreate(url, UriKind.Absolute, out _));
            at = m.Index + url.Length;
        }

        if (at < source.Length)
        {
            yield return (source[at..], false);
        }
    }

    /// <summary>Citing mentions grouped by plan, so a plan citing a document four times is listed once.</summary>
    public static IEnumerable<IGrouping<PlanRef, Mention>> ByPlan(CitingGroup group) => group.Mentions.GroupBy(m => m.Plan);

    [GeneratedRegex(@"https?://[^\s""'<>]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WebAddress();

    /// <summary>The sentence around a mention, cut where the mention starts and ends so the page can mark it.</summary>
    public static (string Before, string Mention, string After) Split(Mention m)
    {
        var at = m.Sentence.IndexOf(m.Text, StringComparison.Ordinal);
        return at < 0 ? (m.Sentence, "", "") : (m.Sentence[..at], m.Text, m.Sentence[(at + m.Text.Length)..]);
    }
}
