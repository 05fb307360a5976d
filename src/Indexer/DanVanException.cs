namespace DanVan;

/// <summary>
/// The one exception DanVan raises on purpose: a file, corpus or registry it cannot use. The message
/// names the problem in words a user can act on ("corpus/a.txt: not UTF-8 text (byte 0xC3 at offset 12)");
/// the CLI prints it without a stack trace.
/// </summary>
public sealed class DanVanException : Exception
{
    /// <summary>Creates the exception with a message naming the file and the problem.</summary>
    public DanVanException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the lower-level cause.</summary>
    public DanVanException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
