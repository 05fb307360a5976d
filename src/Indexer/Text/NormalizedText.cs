namespace DanVan.Text;

/// <summary>
/// A text prepared for matching, with a map back to the text as it was read. Spans found in
/// <see cref="Text"/> are reported in <see cref="Original"/> offsets: "13/CT-\n\nUBND" in a plan is
/// "13/CT-UBND" here, and its span still covers the line break in the original.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? toOriginal;

    internal NormalizedText(string original, string text, int[]? toOriginal)
    {
        Original = original;
        Text = text;
        this.toOriginal = toOriginal;
    }

    /// <summary>The text as read (display, snippets, offsets users see).</summary>
    public string Original { get; }

    /// <summary>The text for matching: NFC, one tone placement, Đ, plain dashes and spaces, symbols joined.</summary>
    public string Text { get; }

    /// <summary>Offset in <see cref="Original"/> of the character at <paramref name="index"/> in <see cref="Text"/>; Text.Length maps to Original.Length.</summary>
    public int ToOriginal(int index) => toOriginal is null ? index : toOriginal[index];

    /// <summary>Maps a span [start, end) of <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (toOriginal is null)
        {
            return new TextSpan(start, Math.Max(start, end));
        }

        var originalStart = toOriginal[start];
        if (end <= start)
        {
            return new TextSpan(originalStart, originalStart);
        }

        // The last character ends where the next kept one starts, less any characters the
        // normalizer dropped in between (a joined line break, a zero-width space).
        var originalEnd = toOriginal[end];
        var floor = toOriginal[end - 1] + 1;
        while (originalEnd > floor && IsDroppable(Original[originalEnd - 1]))
        {
            originalEnd--;
        }

        return new TextSpan(originalStart, originalEnd);
    }

    private static bool IsDroppable(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}

/// <summary>A half-open range [Start, End) of character offsets.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
