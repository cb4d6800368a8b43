namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>The construct names the behaviour drivers report; the drivers spell them as literals, this list keeps them honest.</summary>
internal static class BehaviourConstructs
{
    public const string OneOfWithDiscriminator = "oneOf+discriminator";
    public const string OneOfWithoutDiscriminator = "oneOf without discriminator";
    public const string DiscriminatorWithoutOneOf = "discriminator without oneOf";
    public const string AllOf = "allOf";
    public const string ReferenceCycle = "reference cycle";
    public const string Nullable = "nullable";
    public const string AdditionalPropertiesTrue = "additionalProperties: true";
    public const string AdditionalPropertiesRef = "additionalProperties: $ref";
    public const string AdditionalPropertiesTyped = "additionalProperties: typed";
    public const string ReadOnlyRequiredNotSent = "readOnly required not sent";
    public const string EnumNonIdentifier = "enum value not an identifier";
    public const string EnumUnknownRoundTrip = "unknown enum value round-trips";
    public const string IntegerFormats = "integer formats";
    public const string PathEnum = "path parameter: enum";
    public const string PathName = "path parameter: name";
    public const string PathCidr = "path parameter: percent-encoded CIDR";
    public const string TwoVersionedMediaTypes = "two versioned media types";
    public const string NoContentWithMediaType = "204 with media type, no schema";
    public const string HyphenatedOperationId = "hyphenated operationId";
    public const string VersionedRequestContentType = "versioned request Content-Type";

    public static readonly string[] All =
    [
        OneOfWithDiscriminator, OneOfWithoutDiscriminator, DiscriminatorWithoutOneOf, AllOf, ReferenceCycle, Nullable,
        AdditionalPropertiesTrue, AdditionalPropertiesRef, AdditionalPropertiesTyped, ReadOnlyRequiredNotSent,
        EnumNonIdentifier, EnumUnknownRoundTrip, IntegerFormats, PathEnum, PathName, PathCidr, TwoVersionedMediaTypes,
        NoContentWithMediaType, HyphenatedOperationId, VersionedRequestContentType,
    ];
}
