using DanVan.Text.Legacy;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Ingest;

/// <summary>
/// The font a run is shown in, as Word decides it: the run's own w:rFonts (ascii, else hAnsi), else
/// its character style's, else its paragraph's style's (each style through its basedOn chain), else
/// the document defaults; and whether that font is a legacy Vietnamese one (".VnTime" is TCVN3,
/// "VNI-Times" is VNI). Styles are resolved once per document.
/// </summary>
internal sealed class DocxFonts
{
    private readonly Dictionary<string, Style> styles;
    private readonly Dictionary<string, string?> styleFonts = new(StringComparer.Ordinal);
    private readonly string? defaultFont;

    public DocxFonts(Styles? stylesPart)
    {
        styles = stylesPart?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        defaultFont = FontName(stylesPart?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);
        var defaultParagraph = styles.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true);
        DefaultParagraphStyle = defaultParagraph?.StyleId?.Value;
    }

    private string? DefaultParagraphStyle { get; }

    /// <summary>The legacy font <paramref name="run"/> is shown in (".VnTime", ".VnTimeH", "VNI-Times"), or null for a Unicode font.</summary>
    public string? LegacyFontOf(Run run)
    {
        var font = FontName(run.RunProperties?.RunFonts)
            ?? StyleFont(run.RunProperties?.RunStyle?.Val?.Value)
            ?? StyleFont((run.Parent as Paragraph ?? run.Ancestors<Paragraph>().FirstOrDefault())?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? DefaultParagraphStyle)
            ?? defaultFont;
        return LegacyVietnamese.EncodingOfFont(font) is null ? null : font;
    }

    private string? StyleFont(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (!styleFonts.TryGetValue(styleId, out var font))
        {
            // basedOn chains are short; the visited set stops a cycle a broken file may hold.
            var visited = new HashSet<string>(StringComparer.Ordinal);
            for (var id = styleId; font is null && id is not null && visited.Add(id) && styles.TryGetValue(id, out var style);)
            {
                font = FontName(style.StyleRunProperties?.RunFonts);
                id = style.BasedOn?.Val?.Value;
            }

            styleFonts[styleId] = font;
        }

        return font;
    }

    private static string? FontName(RunFonts? fonts) => fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value;
}
