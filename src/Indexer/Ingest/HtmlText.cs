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
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Deeper nesting is refused before parsing: the HTML parser checks scope through its stack of open
    /// elements, so depth costs quadratic time (10,000 levels: 0.4 s; 100,000: over a minute).
    /// </summary>
    public const int MaxDepth = 20_000;

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
        if (NestingDepth(source) > MaxDepth)
        {
            throw new DanVanException($"{path}: HTML nested deeper than {MaxDepth:N0} elements (a broken or hostile page)");
        }

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
    /// The page's characters: the charset its &lt;meta&gt; declares; else, for a page typed in a legacy font,
    /// its bytes one character each (the font converter reads them so); else as a text file is read —
    /// a byte order mark, UTF-8, or a convincingly Vietnamese Windows-1258, TCVN3 or VNI reading, or a
    /// clear refusal naming the first bad byte.
    /// </summary>
    private static string Decode(string path, byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 65536));
        // As the HTML standard says: a page that declares UTF-16 or UTF-7 in its own ASCII bytes is read as UTF-8.
        if (Charset().Match(head) is { Success: true } declared && !declared.Groups[1].Value.StartsWith("utf-", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Encoding.GetEncoding(declared.Groups[1].Value).GetString(bytes).Normalize(NormalizationForm.FormC);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                // An unknown or refused charset name: read as a text file is.
            }
        }

        if (LegacyFontNamed().IsMatch(head) && !IsUtf8(bytes))
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }

        return DocumentReader.Decode(path, bytes);
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
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

        var names = Names(element);
        return names.Length > 1 && Furniture().IsMatch(names) && !MainWords().IsMatch(names);
    }

    /// <summary>The element holding the document: &lt;main&gt;, &lt;article&gt; or role=main, or a content-named block, when it holds most of the text; else the body.</summary>
    private static IElement MainPart(IElement body)
    {
        // Text lengths of every element in one pass from the leaves up: nested candidates cost nothing more.
        var nodes = Nodes(body).ToList();
        var lengths = new Dictionary<INode, int>(ReferenceEqualityComparer.Instance);
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            var length = node is IText text ? text.Data.Length : 0;
            var children = node.ChildNodes;
            for (var c = 0; c < children.Length; c++)
            {
                length += lengths.GetValueOrDefault(children[c]);
            }

            lengths[node] = length;
        }

        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in nodes.OfType<IElement>().Where(e => e.LocalName is "main" or "article" || e.GetAttribute("role") == "main" || MainWords().IsMatch(Names(e))))
        {
            if (lengths[candidate] > bestLength)
            {
                (best, bestLength) = (candidate, lengths[candidate]);
            }
        }

        // A "content" block holding under half the page's text is a teaser box, not the document.
        return best is not null && bestLength * 2 >= lengths[body] ? best : body;
    }

    /// <summary>An element's id and classes, at most 500 characters (a hostile class attribute is not worth a regex's time).</summary>
    private static string Names(IElement element)
    {
        var names = $"{element.Id} {element.ClassName}";
        return names.Length > 500 ? names[..500] : names;
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
            var children = element.ChildNodes; // by index: AngleSharp's PreviousSibling searches the parent's list, quadratic over 100,000 siblings
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false, own, cell, keep));
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

    /// <summary>
    /// An upper bound of the page's element nesting, in one pass over the source: start tags open,
    /// end tags close; void elements and those whose end tag may be left out (p, li, td…) are not counted.
    /// </summary>
    private static int NestingDepth(string html)
    {
        int depth = 0, deepest = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            var closing = html[at + 1] == '/';
            var start = at + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && end - start < 12 && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || SelfClosing.Contains(html[start..end]))
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rt", "rp",
        "html", "head", "body",
    };

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
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
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

    // a legacy Vietnamese font named anywhere in the page's start: ".VnTime", "VNI-Times"
    [GeneratedRegex(@"(face|font-family)\s*[=:]\s*[""']?\s*(\.Vn|VNI-)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LegacyFontNamed();

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
