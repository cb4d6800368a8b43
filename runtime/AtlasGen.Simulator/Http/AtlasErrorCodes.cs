namespace AtlasGen.Simulator.Http;

/// <summary>The Atlas error codes the simulator answers with (the <c>errorCode</c> of an ApiError body).</summary>
internal static class AtlasErrorCodes
{
    public const string InvalidAttribute = "INVALID_ATTRIBUTE";
    public const string InvalidEnumValue = "INVALID_ENUM_VALUE";
    public const string MissingAttribute = "MISSING_ATTRIBUTE";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidGroupId = "INVALID_GROUP_ID";
    public const string InvalidOrgId = "INVALID_ORG_ID";
    public const string ResourceNotFound = "RESOURCE_NOT_FOUND";
    public const string GroupNotFound = "GROUP_NOT_FOUND";
    public const string GroupNameNotFound = "GROUP_NAME_NOT_FOUND";
    public const string OrgNotFound = "ORG_NOT_FOUND";
    public const string ApiKeyNotFound = "API_KEY_NOT_FOUND";
    public const string ApiKeyNotInGroup = "API_KEY_NOT_IN_GROUP";
    public const string UserNotFound = "USER_NOT_FOUND";
    public const string UserNotInGroup = "USER_NOT_IN_GROUP";
    public const string TeamNotFound = "TEAM_NOT_FOUND";
    public const string InvitationNotFound = "INVITATION_NOT_FOUND";
    public const string Forbidden = "USER_UNAUTHORIZED";
    public const string AccessListRequired = "IP_ADDRESS_NOT_ON_ACCESS_LIST";
    public const string RateLimited = "RATE_LIMITED";
    public const string VersionGone = "VERSION_GONE";
    public const string GroupAlreadyExists = "GROUP_ALREADY_EXISTS";
    public const string UserAlreadyInvited = "USER_ALREADY_INVITED";
    public const string TeamAlreadyInGroup = "TEAM_ALREADY_IN_GROUP";
    public const string IntegrationAlreadyExists = "INTEGRATION_ALREADY_EXISTS";
    public const string DuplicateAccessListEntry = "DUPLICATE_ACCESS_LIST_ENTRY";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnexpectedError = "UNEXPECTED_ERROR";
}
