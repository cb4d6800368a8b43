using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Text.Json;

namespace AtlasGen.Runtime;

/// <summary>
/// The JSON properties of a generated model that its schema does not declare. Everything read is kept, and the
/// server-direction metadata writes it back; client requests send only what the user set with <see cref="Set"/>,
/// because Atlas rejects fields it does not accept and a read-modify-write must not echo what it only reports.
/// </summary>
/// <remarks>Generated models hold one of these and expose it read-only; the static members are the JSON metadata's accessors.</remarks>
public sealed class AtlasAdditionalProperties
{
    /// <summary>The view of a model that has no additional properties.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Empty { get; } = new ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());

    private Dictionary<string, JsonElement>? _all;
    private Dictionary<string, JsonElement>? _toSend;

    /// <summary>Sets a property that client requests send, replacing one of the same name that was read.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void Set(string name, JsonElement value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        // Cloned, so that disposing the caller's JsonDocument can't invalidate what the model holds.
        var kept = value.Clone();
        (_all ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = kept;
        (_toSend ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = kept;
    }

    /// <summary>Removes a property, whether it was read or set; true when there was one.</summary>
    public bool Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _toSend?.Remove(name);
        if (_toSend is { Count: 0 })
        {
            _toSend = null;
        }

        return _all?.Remove(name) ?? false;
    }

    /// <summary>Every additional property of <paramref name="bag"/>, read or set.</summary>
    public static IReadOnlyDictionary<string, JsonElement> View(AtlasAdditionalProperties? bag) => bag?._all ?? Empty;

    /// <summary>The JSON extension data of the server direction: everything, so that nothing read is lost on the way back.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Dictionary<string, JsonElement>? ForServer(AtlasAdditionalProperties? bag) => bag?._all;

    /// <summary>
    /// The JSON extension data of the client direction: while reading, the dictionary that receives the extras; once the
    /// user has set some, those alone (<see cref="ClientSends"/> keeps everything else off the wire).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Dictionary<string, JsonElement>? ForClient(AtlasAdditionalProperties? bag) => bag is null ? null : bag._toSend ?? bag._all;

    /// <summary>True when a client request carries extension data: only what the user set.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool ClientSends(AtlasAdditionalProperties? bag) => bag?._toSend is not null;

    /// <summary>Stores the dictionary the JSON reader created for the extras it met.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Receive(ref AtlasAdditionalProperties? bag, Dictionary<string, JsonElement>? read)
        => (bag ??= new AtlasAdditionalProperties())._all = read;
}
