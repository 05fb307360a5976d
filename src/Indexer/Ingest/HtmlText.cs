using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DanVan.Text.Legacy;

namespace DanVan.Ingest;

/// <summary>
/// HTML with AngleSharp: the main text of a government page — without navigation, menus, scripts,
/// sidebars and footers — as lines and paragraphs. Block elements become line breaks (AngleSharp's
/// TextContent would run "114-KL/TW" into the next word), paragraphs are separated by a blank line,
/// and a table row becomes one line with its cells kept apart: "| ỦY BAN NHÂN DÂN | CỘNG HÒA … |".
/// Text in a legacy font (style="font-family:.VnTime", &lt;font face="VNI-Times"&gt;) is converted to Unicode.
/// Walks the tree without recursion, so 10,000 nested elements cost nothing special.
/// </summary>
internal static partial class HtmlText
{
    /// <summary>Pages larger than this are refused: a plan's page is a few hundred kilobytes.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio", "map",
        "nav", "aside", "footer", "form", "button", "select", "input", "textarea", "menu", "dialog", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "ul", "caption", "body", "html",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "section", "article", "header",
    };

    /// <summary>Reads a page; throws <see cref="DanVanException"/> naming the file for one that cannot be a page.</summary>
    public static RawDocument Read(string path, byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new DanVanException($"{path}: HTML page too large ({bytes.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
        }

        var source = Decode(path, bytes);
        IDocument document;
        try
        {
            document = new HtmlParser().ParseDocument(source);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DanVanException($"{path}: not readable as HTML ({e.Message})", e);
        }

        var body = document.Body ?? document.DocumentElement;
        foreach (var element in Elements(body).Where(Boilerplate).ToList())
        {
            element.Remove();
        }

        var text = Render(MainPart(body));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DanVanException($"{path}: no text in this HTML page");
        }

        return new RawDocument(path, text, "html", bytes.LongLength);
    }

    /// <summary>
    /// The page's characters: a byte order mark, else the charset its &lt;meta&gt; names, else UTF-8, else
    /// Windows-1258 (Vietnamese pages from before UTF-8).
    /// </summary>
    private static string Decode(string path, byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DocumentReader.Decode(path, bytes);
        }

        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        if (Charset().Match(head) is { Success: true } declared && !declared.Groups[1].Value.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Encoding.GetEncoding(declared.Groups[1].Value).GetString(bytes).Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: fall through to UTF-8 and its checks.
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>Navigation, menus, scripts, sidebars, footers and widgets, by element or by a telling id or class.</summary>
    private static bool Boilerplate(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "menu")
        {
            return true;
        }

        var names = $"{element.Id} {element.ClassName}";
        return names.Length > 1 && Furniture().IsMatch(names) && !MainWords().IsMatch(names);
    }

    /// <summary>The element holding the document: &lt;main&gt;, &lt;article&gt; or role=main, or a content-named block, when it holds most of the text; else the body.</summary>
    private static IElement MainPart(IElement body)
    {
        var total = TextLength(body);
        var candidates = Elements(body).Where(e => e.LocalName is "main" or "article" || e.GetAttribute("role") == "main"
            || MainWords().IsMatch($"{e.Id} {e.ClassName}"));
        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in candidates)
        {
            var length = TextLength(candidate);
            if (length > bestLength)
            {
                (best, bestLength) = (candidate, length);
            }
        }

        // A "content" block holding under half the page's text is a teaser box, not the document.
        return best is not null && bestLength * 2 >= total ? best : body;
    }

    private static int TextLength(IElement element)
    {
        var length = 0;
        foreach (var node in Nodes(element))
        {
            if (node is IText text)
            {
                length += text.Data.Length;
            }
        }

        return length;
    }

    /// <summary>The text of <paramref name="root"/>: blocks on their own lines, paragraphs apart, table rows as "| a | b |".</summary>
    private static string Render(IElement root)
    {
        var output = new Output();
        var stack = new Stack<(INode Node, bool Leaving, string? LegacyFont, bool InCell, bool Pre)>();
        stack.Push((root, false, null, false, false));
        while (stack.Count > 0)
        {
            var (node, leaving, legacy, inCell, pre) = stack.Pop();
            if (node is IText text)
            {
                output.Text(legacy is { } font ? LegacyVietnamese.ToUnicodeForFont(text.Data, font) : text.Data, pre);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (leaving)
            {
                Leave(output, name, inCell);
                continue;
            }

            Enter(output, name, inCell);
            var own = FontOf(element) is { } named && LegacyVietnamese.EncodingOfFont(named) is not null ? named : legacy;
            var cell = inCell || name is "td" or "th";
            var keep = pre || name == "pre";
            stack.Push((element, true, own, inCell, pre));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false, own, cell, keep));
            }
        }

        return output.ToString();
    }

    private static void Enter(Output output, string name, bool inCell)
    {
        if (name == "br")
        {
            output.Break(inCell ? 0 : 1);
        }
        else if (name == "tr" && !inCell)
        {
            output.Break(1);
            output.Raw("|");
        }
        else if (name is "td" or "th" && !inCell)
        {
            output.Raw(" ");
        }
        else if (inCell && (Blocks.Contains(name) || name == "table"))
        {
            output.Space();
        }
        else if (Paragraphs.Contains(name))
        {
            output.Break(2);
        }
        else if (Blocks.Contains(name))
        {
            output.Break(1);
        }
    }

    private static void Leave(Output output, string name, bool inCell)
    {
        if (name is "td" or "th" && !inCell)
        {
            output.Raw(" |");
        }
        else if (name == "tr" && !inCell)
        {
            output.Break(1);
        }
        else if (!inCell && Paragraphs.Contains(name))
        {
            output.Break(2);
        }
        else if (!inCell && Blocks.Contains(name))
        {
            output.Break(1);
        }
    }

    /// <summary>The font an element names: style="font-family: '.VnTime', serif" or &lt;font face=".VnTimeH"&gt;.</summary>
    private static string? FontOf(IElement element)
    {
        if (element.LocalName == "font" && element.GetAttribute("face") is { } face)
        {
            return face.Split(',')[0].Trim().Trim('\'', '"');
        }

        return element.GetAttribute("style") is { } style && FontFamily().Match(style) is { Success: true } m
            ? m.Groups[1].Value.Split(',')[0].Trim().Trim('\'', '"')
            : null;
    }

    /// <summary>Every element under <paramref name="root"/>, itself included, in document order, without recursion.</summary>
    private static IEnumerable<IElement> Elements(IElement root) => Nodes(root).OfType<IElement>();

    private static IEnumerable<INode> Nodes(INode root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }
    }

    // charset=windows-1258 in <meta charset> or <meta http-equiv content="text/html; charset=…">
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Charset();

    // ids and classes of page furniture: menus, breadcrumbs, sidebars, share bars, related links, footers
    [GeneratedRegex(@"(^|[\s_\-])(nav|navbar|menu|breadcrumbs?|sidebar|side-bar|footer|header|banner|share|social|comments?|related|relate|tin-lien-quan|lienquan|advert|ads|cookie|login|search|topbar|top-bar|toolbar|pagination|tags?)($|[\s_\-\d])", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Furniture();

    // ids and classes of the document itself
    [GeneratedRegex(@"(^|[\s_\-])(content|article|detail|details|main|post|entry|news-?content|noidung|noi-dung|chitiet|chi-tiet|vanban|van-ban|body-?text|fulltext|toan-?van)($|[\s_\-\d])", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MainWords();

    [GeneratedRegex(@"font-family\s*:\s*([^;""]+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FontFamily();

    /// <summary>
    /// The text being written, with HTML's white-space rules: runs of spaces collapse to one, breaks
    /// are asked for and written only before the next text, so empty blocks leave no blank lines.
    /// </summary>
    private sealed class Output
    {
        private readonly StringBuilder text = new();
        private int pendingBreaks;
        private bool pendingSpace;

        public void Break(int lines) => pendingBreaks = Math.Max(pendingBreaks, lines);

        public void Space() => pendingSpace = true;

        public void Raw(string s)
        {
            if (pendingBreaks > 0)
            {
                Flush();
            }

            pendingSpace = false; // "| a |", not "| a  |"
            text.Append(s);
        }

        public void Text(string s, bool pre)
        {
            foreach (var c in s)
            {
                if (pre && c == '\n')
                {
                    Break(1);
                }
                else if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    pendingSpace = text.Length > 0;
                }
                else
                {
                    Flush();
                    text.Append(c == '\u00A0' ? ' ' : c);
                }
            }
        }

        public override string ToString() => text.ToString().Trim();

        private void Flush()
        {
            if (pendingBreaks > 0 && text.Length > 0)
            {
                while (text.Length > 0 && text[^1] == ' ')
                {
                    text.Length--;
                }

                text.Append('\n', pendingBreaks);
            }
            else if (pendingSpace && text.Length > 0 && text[^1] is not (' ' or '\n' or '|'))
            {
                text.Append(' ');
            }

            (pendingBreaks, pendingSpace) = (0, false);
        }
    }
}
