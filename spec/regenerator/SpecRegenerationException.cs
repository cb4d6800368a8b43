using System;

namespace AtlasGen.SpecRegenerator;

/// <summary>An input the regeneration can't use: the message names the file or the place and what to change.</summary>
public sealed class SpecRegenerationException(string message) : Exception(message);
