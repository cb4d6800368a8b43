namespace AtlasGen.Simulator.Spec;

/// <summary>One property of a request body and the spec's rules for its value.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="ReadOnly">readOnly: the server sets it, so a request must not.</param>
/// <param name="Pattern">The pattern of a string value, or null.</param>
/// <param name="MinLength">The minimum length of a string value, or null.</param>
/// <param name="MaxLength">The maximum length of a string value, or null.</param>
/// <param name="KnownValues">The values an enum (or a list of one) allows; empty when any value is allowed.</param>
public sealed record BodyProperty(string Name, bool ReadOnly, string? Pattern, int? MinLength, int? MaxLength, IReadOnlyList<string> KnownValues);
