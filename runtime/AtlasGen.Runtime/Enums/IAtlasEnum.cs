namespace AtlasGen.Runtime;

/// <summary>
/// An extensible string enum: a readonly struct over the wire value. Values the spec does not list
/// still round-trip, so a newer server never breaks an older client.
/// </summary>
/// <typeparam name="TSelf">The enum struct.</typeparam>
public interface IAtlasEnum<TSelf> where TSelf : struct, IAtlasEnum<TSelf>
{
    /// <summary>The wire value, exactly as sent and received.</summary>
    string Value { get; }

    /// <summary>Wraps a wire value without checking it against the known values.</summary>
    static abstract TSelf FromValue(string value);
}
