using System.Globalization;

namespace DanVan.Web;

/// <summary>
/// A query-string parameter that does not parse: the page says it in Vietnamese, the API (for
/// programs, like the CLI) in English; both answer 400.
/// </summary>
public sealed class BadParameterException(string name, string value, string vietnamese, string english)
    : Exception($"{name}={Shorten(value)}: {english}")
{
    /// <summary>The message for the page.</summary>
    public string Vietnamese { get; } = value.Length == 0 ? $"Thiếu tham số {name}: {vietnamese}." : $"Tham số {name}=“{Shorten(value)}” không hợp lệ: {vietnamese}.";

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}

/// <summary>Reads the query-string values pages and API share; a bad value is a <see cref="BadParameterException"/>, never a guess.</summary>
public static class Parameters
{
    /// <summary>The text, trimmed; null when absent or blank.</summary>
    public static string? Text(string name, string? value, int maxLength = 500)
    {
        value = value?.Trim();
        if (value?.Length > maxLength)
        {
            throw new BadParameterException(name, value, $"dài quá {maxLength} ký tự", $"longer than {maxLength} characters");
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A whole number in [min, max], or null when absent.</summary>
    public static int? Number(string name, string? value, int min, int max)
    {
        var text = Text(name, value, 20);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new BadParameterException(name, text, $"cần một số nguyên từ {min} đến {max}", $"expected a whole number from {min} to {max}");
        }

        return number;
    }

    /// <summary>A year (1945–2100), or null when absent.</summary>
    public static int? Year(string name, string? value) => Number(name, value, 1945, 2100);

    /// <summary>A flag: 1/true/on, 0/false/off; false when absent.</summary>
    public static bool Flag(string name, string? value) => Text(name, value, 10)?.ToLowerInvariant() switch
    {
        null or "0" or "false" or "off" => false,
        "1" or "true" or "on" => true,
        var other => throw new BadParameterException(name, other, "cần 1 hoặc 0", "expected 1 or 0"),
    };

    /// <summary>One of <paramref name="allowed"/> (the first when absent).</summary>
    public static string Choice(string name, string? value, params string[] allowed)
    {
        var text = Text(name, value, 40);
        if (text is null)
        {
            return allowed[0];
        }

        return allowed.FirstOrDefault(a => a.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? throw new BadParameterException(name, text, $"cần một trong: {string.Join(", ", allowed)}", $"expected one of: {string.Join(", ", allowed)}");
    }

    /// <summary>A required value.</summary>
    public static string Required(string name, string? value, string example, int maxLength = 500) =>
        Text(name, value, maxLength) ?? throw new BadParameterException(name, "", $"cần có, ví dụ {example}", $"required, e.g. {example}");

    /// <summary>True for format=csv, false for format=json or none.</summary>
    public static bool Csv(string? format) => Choice("format", format, "json", "csv") == "csv";
}
