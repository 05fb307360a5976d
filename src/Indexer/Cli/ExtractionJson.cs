using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DanVan.Citations;

namespace DanVan.Cli;

/// <summary>
/// The JSON of `danvan extract --json`, a contract other tools read (score.py among them). Offsets
/// count Unicode code points of the text as read, as Python's str does.
/// </summary>
public static class ExtractionJson
{
    /// <summary>Writer options: indented, Vietnamese letters kept as they are.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one file's object: {"file", "format", "document", "citations"}; a citation has a "page" when the format has pages (PDF).</summary>
    public static void Write(Utf8JsonWriter writer, string file, string text, ExtractionResult result, string format = "text", Func<int, int?>? pageAt = null)
    {
        var offsets = CodePointOffsets.For(text);
        var document = result.Document;
        writer.WriteStartObject();
        writer.WriteString("file", file);
        writer.WriteString("format", format);
        writer.WriteStartObject("document");
        writer.WriteString("symbol", document.Symbol);
        writer.WriteString("type", document.Type);
        writer.WriteString("title", document.Title);
        WriteDate(writer, "date", document.Date);
        WriteDate(writer, "dateLowerBound", document.DateLowerBound);
        writer.WriteString("province", document.Province);
        writer.WriteString("agency", document.Agency);
        writer.WriteString("signer", document.Signer);
        writer.WriteString("signerTitle", document.SignerTitle);
        writer.WriteString("place", document.Place);
        writer.WriteString("symbolPattern", document.SymbolPattern);
        writer.WriteEndObject();
        writer.WriteStartArray("citations");
        foreach (var citation in result.Citations)
        {
            writer.WriteStartObject();
            writer.WriteString("type", citation.Type);
            writer.WriteString("symbol", citation.Symbol);
            WriteDate(writer, "date", citation.Date);
            writer.WriteString("issuer", citation.Issuer);
            writer.WriteString("subject", citation.Subject);
            writer.WriteString("text", citation.Text);
            writer.WriteNumber("start", offsets(citation.Span.Start));
            writer.WriteNumber("end", offsets(citation.Span.End));
            writer.WriteString("shortFormOf", citation.ShortFormOf);
            writer.WriteString("resolvedSymbol", citation.ResolvedSymbol);
            writer.WriteString("form", CitationForms.Name(citation.Form));
            writer.WriteString("typeWord", citation.TypeWord);
            if (pageAt?.Invoke(citation.Span.Start) is { } page)
            {
                writer.WriteNumber("page", page);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

/// <summary>Converts UTF-16 offsets (C# strings) to code-point offsets (Python strings); the identity when no surrogate pairs occur.</summary>
public static class CodePointOffsets
{
    /// <summary>A function from UTF-16 offset to code-point offset in <paramref name="text"/>.</summary>
    public static Func<int, int> For(string text)
    {
        var firstSurrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF');
        if (firstSurrogate < 0)
        {
            return static offset => offset;
        }

        var prefix = new int[text.Length + 1];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            prefix[i] = count;
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        prefix[text.Length] = count;
        return offset => prefix[offset];
    }
}
