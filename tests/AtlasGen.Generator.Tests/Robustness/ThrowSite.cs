using System.Runtime.ExceptionServices;

namespace AtlasGen.Generator.Tests.Robustness;

/// <summary>
/// ATLASGEN006 and CS8785 carry only the exception's type and message; the stack is lost in the generator's catch.
/// This records where generator code threw on one thread, so a failure can say where the bug is.
/// </summary>
internal sealed class ThrowSite
{
    [ThreadStatic]
    private static ThrowSite? t_current;

    private readonly List<(string Type, string Stack)> _thrown = new();

    static ThrowSite() => AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;

    /// <summary>Records what generator code throws on this thread from now on.</summary>
    public static ThrowSite StartOnThisThread() => t_current = new ThrowSite();

    /// <summary>The last generator exception whose type the diagnostic names, else the last one: its type, top frame and stack.</summary>
    public (string Type, string Frame, string Stack) Find(string diagnosticMessage)
    {
        var match = _thrown.LastOrDefault(t => diagnosticMessage.Contains(t.Type + ":", StringComparison.Ordinal));
        match = match.Stack is null && _thrown.Count > 0 ? _thrown[^1] : match;
        if (match.Stack is null)
        {
            return ("?", "?", "(no exception was seen thrown in generator code)");
        }

        // The top frame without its arguments and file: the part that names the bug.
        var frame = match.Stack.Split('\n')[0].Trim();
        frame = frame.Substring(3, Math.Max(3, frame.IndexOf('(', StringComparison.Ordinal)) - 3);
        return (match.Type, frame, "thrown " + match.Type + " at:" + Environment.NewLine + match.Stack);
    }

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (t_current is not { } current)
        {
            return;
        }

        // The handler runs on the throwing thread before unwinding, so this stack ends at the throw.
        var frames = Environment.StackTrace.Split('\n')
            .Select(f => f.TrimEnd('\r'))
            .Where(f => f.TrimStart().StartsWith("at AtlasGen.Generator.", StringComparison.Ordinal) && !f.Contains("AtlasGen.Generator.Tests", StringComparison.Ordinal))
            .ToList();
        if (frames.Count > 0)
        {
            // The reader throws and catches its own exceptions on a bad document; only the last ones matter.
            if (current._thrown.Count >= 50)
            {
                current._thrown.RemoveAt(0);
            }

            current._thrown.Add((e.Exception.GetType().Name, string.Join(Environment.NewLine, frames.Take(12))));
        }
    }
}
