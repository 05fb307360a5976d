namespace DanVan.Web;

/// <summary>
/// The "DanVan" settings section (appsettings.json, DanVan__Data=… in the environment, or
/// --DanVan:Data=… on the command line). Paths are relative to the working directory.
/// </summary>
public sealed class WebOptions
{
    /// <summary>The plans to index at start ("corpus", with its registry/).</summary>
    public string Corpus { get; set; } = "corpus";

    /// <summary>The data folder: the citation graph and the search index. The app writes nowhere else.</summary>
    public string Data { get; set; } = "data";

    /// <summary>Index the corpus at start when the data folder is missing or behind it (incremental: unchanged files are skipped).</summary>
    public bool IndexOnStart { get; set; } = true;

    /// <summary>The largest draft the checker accepts, pasted or uploaded.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}
