namespace AtlasGen.Generator.Emitting;

/// <summary>The System.Text.Json namespaces the JSON context and its converters name, spelled in one place.</summary>
internal static class JsonNamespaces
{
    public const string Json = "global::System.Text.Json";
    public const string Metadata = Json + ".Serialization.Metadata";
}
