using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// The public types the generator put in AtlasGen.Atlas, found by reflection over this (never trimmed) test assembly.
/// Only the enumeration uses reflection; every serialization goes through the generated contexts.
/// </summary>
internal static class GeneratedTypes
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Test-only type enumeration; the test assembly is not trimmed.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Test-only type enumeration; the test assembly is not trimmed.")]
    private static IEnumerable<Type> Public()
        => typeof(AtlasClient).Assembly.GetTypes().Where(t => t.Namespace == "AtlasGen.Atlas" && t.IsPublic);

    /// <summary>Model classes: public, with a parameterless constructor, and neither a client, a JSON context nor a converter.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Test-only constructor lookup.")]
    public static IReadOnlyList<Type> Models()
        => Public()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => !t.Name.EndsWith("Client", StringComparison.Ordinal))
            .Where(t => !typeof(JsonSerializerContext).IsAssignableFrom(t) && !typeof(JsonConverter).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The extensible enums: public readonly structs implementing IAtlasEnum.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Test-only interface lookup.")]
    public static IReadOnlyList<Type> Enums()
        => Public()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(AtlasGen.Runtime.IAtlasEnum<>)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    public static Type ByName(string name) => Models().Concat(Enums()).Single(t => t.Name == name);
}
