namespace DanVan.Citations;

/// <summary>A reference while it is being read, in normalized-text offsets (the extractor's working record).</summary>
internal sealed record Reference(
    int Start,
    int End,
    int ContextEnd,
    string Type,
    string? TypeWord,
    DocumentSymbol? Symbol,
    DateOnly? Date,
    string? Issuer,
    string? Subject,
    CitationForm Form,
    string? ShortFormOf = null,
    string? Resolved = null,
    bool DateWritten = false,
    bool IssuerWritten = false,
    int SymbolStart = -1);

/// <summary>"Pháp lệnh số 34" before it is known which full mention it shortens.</summary>
internal sealed record ShortFormCandidate(int Start, int End, string Type, string Number, bool HasSo, TrailingContext Context);
