namespace AtlasGen.Simulator.Spec;

/// <summary>One path or query parameter and the spec's rules for it.</summary>
/// <param name="Name">The name on the wire.</param>
/// <param name="In">path or query.</param>
/// <param name="Type">string, boolean, integer or number.</param>
/// <param name="Required">Whether it must be present.</param>
/// <param name="Pattern">The pattern, or null.</param>
/// <param name="MinLength">The minimum length, or null.</param>
/// <param name="MaxLength">The maximum length, or null.</param>
/// <param name="Minimum">The minimum, or null.</param>
/// <param name="Maximum">The maximum, or null.</param>
/// <param name="KnownValues">The values an enum allows; empty when any value is allowed.</param>
public sealed record RouteParameter(string Name, string In, string Type, bool Required, string? Pattern, int? MinLength, int? MaxLength, double? Minimum, double? Maximum, IReadOnlyList<string> KnownValues);
