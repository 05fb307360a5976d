using System.Text;
using Microsoft.AspNetCore.Http;

namespace DanVan.Web.Tests.Api;

/// <summary>A CSV download is written as its rows are read: a client that leaves, or a HEAD request, stops the reading.</summary>
public class CsvDownloadTests
{
    [Fact]
    public async Task Rows_are_written_with_a_byte_order_mark_and_a_file_name()
    {
        var (http, body) = Request("GET");
        await Csv.File("x.csv", ["a", "b"], Rows(3, null)).ExecuteAsync(http);

        Assert.Equal("text/csv; charset=utf-8", http.Response.ContentType);
        Assert.Equal("attachment; filename=x.csv", http.Response.Headers.ContentDisposition.ToString());
        Assert.Equal("\uFEFFa,b\r\n0,=x\r\n1,=x\r\n2,=x\r\n".Replace("=x", "'=x", StringComparison.Ordinal), Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_reading()
    {
        using var leaving = new CancellationTokenSource();
        var (http, _) = Request("GET", leaving.Token);
        var read = new List<int>();
        await Csv.File("x.csv", ["a", "b"], Rows(1_000_000, i => { read.Add(i); if (i == 10) { leaving.Cancel(); } })).ExecuteAsync(http);
        Assert.Equal(11, read.Count);
    }

    [Fact]
    public async Task A_head_request_reads_no_row()
    {
        var (http, body) = Request("HEAD");
        var read = 0;
        await Csv.File("x.csv", ["a"], Rows(100, _ => read++)).ExecuteAsync(http);
        Assert.Equal((0, 0L, "text/csv; charset=utf-8"), (read, body.Length, http.Response.ContentType));
    }

    private static (DefaultHttpContext Http, MemoryStream Body) Request(string method, CancellationToken aborted = default)
    {
        var body = new MemoryStream();
        var http = new DefaultHttpContext { RequestAborted = aborted };
        http.Request.Method = method;
        http.Response.Body = body;
        return (http, body);
    }

    private static IEnumerable<IReadOnlyList<string?>> Rows(int count, Action<int>? reading)
    {
        for (var i = 0; i < count; i++)
        {
            reading?.Invoke(i);
            yield return [i.ToString(System.Globalization.CultureInfo.InvariantCulture), "=x"];
        }
    }
}
