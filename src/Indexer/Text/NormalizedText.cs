namespace DanVan.Text;

/// <summary>
/// A text prepared for matching, with a map back to the text as it was read. Spans found in
/// <see cref="Text"/> are reported in <see cref="Original"/> offsets: "13/CT-\n\nUBND" in a plan is
/// "13/CT-UBND" here, and its span still covers the line break in the original.
/// </summary>
public sealed class NormalizedText
{
    private readonly OffsetMap map;

    internal NormalizedText(string original, string text, OffsetMap map)
    {
        Original = original;
        Text = text;
        this.map = map;
    }

    /// <summary>The text as read (display, snippets, offsets users see).</summary>
    public string Original { get; }

    /// <summary>The text for matching: NFC, one tone placement, Đ, plain dashes and spaces, symbols joined.</summary>
    public string Text { get; }

    /// <summary>Offset in <see cref="Original"/> of the character at <paramref name="index"/> in <see cref="Text"/>; Text.Length maps to Original.Length.</summary>
    public int ToOriginal(int index) => map.ToOriginal(index);

    /// <summary>Maps a span [start, end) of <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        var originalStart = map.ToOriginal(start);
        if (end <= start)
        {
            return new TextSpan(originalStart, originalStart);
        }

        // The last character ends where the next kept one starts, less any characters the
        // normalizer dropped in between (a joined line break, a zero-width space).
        var originalEnd = map.ToOriginal(end);
        var floor = map.ToOriginal(end - 1) + 1;
        while (originalEnd > floor && IsDroppable(Original[originalEnd - 1]))
        {
            originalEnd--;
        }

        return new TextSpan(originalStart, originalEnd);
    }

    private static bool IsDroppable(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}

/// <summary>
/// A piecewise-linear map from normalized offsets to original ones: after each anchor (n, o) the
/// normalized offset n + k maps to o + k. Clean text has no anchors and costs nothing.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] normalized;
    private readonly int[] original;

    public static readonly OffsetMap Identity = new([], []);

    public OffsetMap(int[] normalized, int[] original)
    {
        this.normalized = normalized;
        this.original = original;
    }

    public int ToOriginal(int index)
    {
        if (normalized.Length == 0 || index < normalized[0])
        {
            return index;
        }

        var k = Array.BinarySearch(normalized, index);
        k = k < 0 ? ~k - 1 : k;
        return original[k] + (index - normalized[k]);
    }

    /// <summary>Collects anchors while a pass writes its output; only changes of offset are kept.</summary>
    public sealed class Builder
    {
        private readonly List<int> normalized = [];
        private readonly List<int> original = [];
        private int delta;

        /// <summary>States that output position <paramref name="output"/> comes from input position <paramref name="input"/>.</summary>
        public void Mark(int output, int input)
        {
            if (input - output == delta)
            {
                return;
            }

            if (normalized.Count > 0 && normalized[^1] == output)
            {
                original[^1] = input;
            }
            else
            {
                normalized.Add(output);
                original.Add(input);
            }

            delta = input - output;
        }

        public OffsetMap Build() => normalized.Count == 0 ? Identity : new OffsetMap([.. normalized], [.. original]);
    }
}

/// <summary>A half-open range [Start, End) of character offsets.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
