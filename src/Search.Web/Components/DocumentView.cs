using DanVan.Queries;

namespace DanVan.Web.Components;

/// <summary>The document page: the answer of `danvan doc`, with citing plans counted per year for the chart.</summary>
public sealed class DocumentView(DocResult doc)
{
    public DocResult Doc { get; } = doc;

    /// <summary>Citing plans per year of the plan (undated plans apart), oldest first.</summary>
    public IReadOnlyList<(int? Year, int Plans)> PerYear { get; } =
        [.. doc.CitedBy.GroupBy(g => g.Year).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => (g.Key, g.SelectMany(x => x.Mentions).Select(m => m.Plan.Path).Distinct(StringComparer.Ordinal).Count()))];

    /// <summary>Citing groups by province (by its name after the 2025 merger), then year.</summary>
    public IEnumerable<IGrouping<string, CitingGroup>> ByProvince() =>
        Doc.CitedBy.GroupBy(g => Labels.Province(g.Province, g.ProvinceNow));

    /// <summary>How many distinct plans cite it.</summary>
    public int CitingPlans => Doc.CitedBy.SelectMany(g => g.Mentions).Select(m => m.Plan.Path).Distinct(StringComparer.Ordinal).Count();

    /// <summary>A source as a link only when it is a web address (never a javascript: URL).</summary>
    public static bool IsWebAddress(string? source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The sentence around a mention, cut where the mention starts and ends so the page can mark it.</summary>
    public static (string Before, string Mention, string After) Split(Mention m)
    {
        var at = m.Sentence.IndexOf(m.Text, StringComparison.Ordinal);
        return at < 0 ? (m.Sentence, "", "") : (m.Sentence[..at], m.Text, m.Sentence[(at + m.Text.Length)..]);
    }
}
