namespace AtlasGen.Client.Tests.Infrastructure;

/// <summary>Well-formed 24-hex-digit IDs, distinct so a swapped path parameter shows.</summary>
internal static class Ids
{
    public const string Group = "5f1e2d3c4b5a69788796a5b4";
    public const string Org = "6a0b1c2d3e4f5a6b7c8d9e0f";
    public const string ApiUser = "7b1c2d3e4f5a6b7c8d9e0f1a";
    public const string Team = "8c2d3e4f5a6b7c8d9e0f1a2b";
    public const string Invitation = "9d3e4f5a6b7c8d9e0f1a2b3c";
    public const string User = "ae4f5a6b7c8d9e0f1a2b3c4d";
}
