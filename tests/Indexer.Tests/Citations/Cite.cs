using DanVan.Citations;

namespace DanVan.Tests.Citations;

/// <summary>The projection tests compare: a failure names the field that differs.</summary>
public sealed record Cite(string Type, string? Symbol, DateOnly? Date)
{
    public static Cite Of(string type, string symbol) => new(type, symbol, null);

    public static Cite Of(string type, string symbol, int year, int month, int day) => new(type, symbol, new DateOnly(year, month, day));

    public static Cite[] Full(string text) =>
        [.. CitationExtractor.Extract(text).Citations.Where(c => c.Form == CitationForm.Full).Select(c => new Cite(c.Type, c.Symbol, c.Date))];
}
