using System;

namespace AtlasGen.Runtime;

/// <summary>How the JSON metadata of a generated model property reads and writes it.</summary>
[Flags]
public enum AtlasJsonPropertyFlags
{
    /// <summary>Read when present, always written.</summary>
    None = 0,

    /// <summary>Omitted from the JSON written when null.</summary>
    OmittedWhenNull = 1,

    /// <summary>Never written (a readOnly property, which the client must not send).</summary>
    NeverWritten = 2,

    /// <summary>Written only when it holds a value (a writeOnly property, which a server leaves unset).</summary>
    WrittenWhenSet = 4,

    /// <summary>Must be present in the JSON read.</summary>
    Required = 8,
}
