namespace DanVan.Resolution;

/// <summary>What is known about a document's legal standing.</summary>
public enum DocumentStatus
{
    /// <summary>No source says it was replaced, repealed or expired.</summary>
    Unknown,

    /// <summary>In force.</summary>
    InForce,

    /// <summary>Replaced by another document (see the entry's SupersededBy).</summary>
    Superseded,

    /// <summary>Repealed without a replacement.</summary>
    Repealed,

    /// <summary>Time-boxed and over.</summary>
    Expired,
}

/// <summary>
/// One verified fact sheet from corpus/registry/documents.json, e.g. Quyết định 290-QĐ/TW of 25/02/2010,
/// superseded by 23-QĐ/TW (2021), confirmed, with its source.
/// </summary>
/// <param name="Key">Document key: "290-QĐ/TW@2010" (symbol@year, +@province for local issuers).</param>
/// <param name="Type">Type name ("Quyết định").</param>
/// <param name="Symbol">Official symbol.</param>
/// <param name="Date">Date of issue, when known.</param>
/// <param name="Issuer">Issuer as recorded.</param>
/// <param name="Title">Title as recorded.</param>
/// <param name="Status">Legal standing.</param>
/// <param name="SupersededBy">Keys of the documents that replace it.</param>
/// <param name="EffectiveFrom">The day it took effect, when it differs from its date.</param>
/// <param name="Source">Where the facts were read.</param>
/// <param name="Confidence">confirmed, likely or unverified: shown wherever a status is shown.</param>
/// <param name="Notes">Evidence and caveats.</param>
public sealed record RegistryEntry(
    string Key,
    string Type,
    string Symbol,
    DateOnly? Date,
    string? Issuer,
    string? Title,
    DocumentStatus Status,
    IReadOnlyList<string> SupersededBy,
    DateOnly? EffectiveFrom,
    string? Source,
    string Confidence,
    string? Notes)
{
    /// <summary>The day this document took effect: its effective date, else its date.</summary>
    public DateOnly? InForceFrom => EffectiveFrom ?? Date;

    /// <summary>Status as written in the registry file ("in_force").</summary>
    public string StatusName => StatusNames.Name(Status);
}

/// <summary>Status words as the registry files write them.</summary>
public static class StatusNames
{
    /// <summary>"in_force", "superseded", "repealed", "expired", "unknown".</summary>
    public static string Name(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "in_force",
        DocumentStatus.Superseded => "superseded",
        DocumentStatus.Repealed => "repealed",
        DocumentStatus.Expired => "expired",
        _ => "unknown",
    };

    /// <summary>Parses a status word; null when it is not one.</summary>
    public static DocumentStatus? Parse(string? value) => value switch
    {
        "in_force" => DocumentStatus.InForce,
        "superseded" => DocumentStatus.Superseded,
        "repealed" => DocumentStatus.Repealed,
        "expired" => DocumentStatus.Expired,
        "unknown" => DocumentStatus.Unknown,
        _ => null,
    };
}
