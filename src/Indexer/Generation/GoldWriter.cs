using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DanVan.Generation;

/// <summary>
/// Writes gold.jsonl one plan per line, in the shape of ../shared/eval/seeds.gold.jsonl:
/// {"doc": "000042.txt", "citations": [{"symbol", "type", "date", "issuer", "offset", "text", "alt_symbols"?, "note"?}],
/// "named": [{"text", "type", "resolves_to", "offset", "note"}]}. Offsets count code points of the file's text,
/// as score.py and `danvan extract --json` do.
/// </summary>
internal sealed class GoldWriter(Stream stream) : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly Utf8JsonWriter writer = new(stream, Options);

    public void Write(GeneratedPlan plan)
    {
        writer.WriteStartObject();
        writer.WriteString("doc", plan.Name);
        writer.WriteStartArray("citations");
        foreach (var reference in plan.References.Where(r => !r.Entry.IsNamed))
        {
            var e = reference.Entry;
            writer.WriteStartObject();
            writer.WriteString("symbol", e.Symbol);
            writer.WriteString("type", e.Type);
            writer.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("issuer", e.Issuer);
            writer.WriteNumber("offset", reference.Offset);
            writer.WriteString("text", reference.Text);
            if (e.AltSymbol is { } alt)
            {
                writer.WriteStartArray("alt_symbols");
                writer.WriteStringValue(alt);
                writer.WriteEndArray();
            }

            if (e.Note is { } note)
            {
                writer.WriteString("note", note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("named");
        foreach (var reference in plan.References.Where(r => r.Entry.IsNamed))
        {
            writer.WriteStartObject();
            writer.WriteString("text", reference.Text);
            writer.WriteString("type", reference.Entry.Type);
            writer.WriteString("resolves_to", reference.Entry.ResolvesTo);
            writer.WriteNumber("offset", reference.Offset);
            writer.WriteString("note", reference.Entry.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        writer.Reset(stream);
    }

    public void Dispose() => writer.Dispose();
}
