using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Cli;

/// <summary>How every `--json` output is written: camelCase, enums as words, Vietnamese letters as they are.</summary>
internal static class CliJson
{
    /// <summary>For answers a person may read: indented.</summary>
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>For one-line summaries (index, bench-search) that scripts collect.</summary>
    public static readonly JsonSerializerOptions OneLine = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
