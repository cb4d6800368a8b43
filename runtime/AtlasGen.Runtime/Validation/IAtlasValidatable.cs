namespace AtlasGen.Runtime;

/// <summary>
/// A generated model that can check its own constrained properties (pattern, length, range) before it is sent.
/// Read-only properties are skipped: a client never sends them.
/// </summary>
public interface IAtlasValidatable
{
    /// <summary>Throws an <see cref="System.ArgumentException"/> naming <paramref name="path"/> and the property when a constraint is broken.</summary>
    /// <param name="path">Where the model sits in the call, e.g. <c>body</c> or <c>body.roles[2]</c>.</param>
    void Validate(string path);
}
