using System.Reflection;
using System.Runtime.ExceptionServices;
using DanVan.Graph;

namespace DanVan.Tests;

/// <summary>A citation graph that notes each call made of it (the method and its first argument), passing every call on.</summary>
public class RecordingGraph : DispatchProxy
{
    private readonly List<(string Method, object? Argument)> calls = [];
    private ICitationGraph inner = null!;

    /// <summary>The graph to query, and the calls made of it so far.</summary>
    public static (ICitationGraph Graph, IReadOnlyList<(string Method, object? Argument)> Calls) Over(ICitationGraph graph)
    {
        var proxy = Create<ICitationGraph, RecordingGraph>();
        var recording = (RecordingGraph)(object)proxy;
        recording.inner = graph;
        return (proxy, recording.calls);
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        calls.Add((method!.Name, args is { Length: > 0 } ? args[0] : null));
        try
        {
            return method.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } thrown)
        {
            ExceptionDispatchInfo.Throw(thrown);
            throw;
        }
    }
}
